// What a reader meets on the page loaded in the browser, gate by gate.
// Called by tests/browser/test_reader.py as readerFindings(width); returns (a
// promise of) {gate: [finding, ...]}, every list empty on a page without fault.
window.readerFindings = function (width) {
  const findings = {markup: [], reflow: [], figures: [], twice: [], toggles: [], focus: [], targets: []};
  const words = (text) => text.replace(/\s+/g, " ").trim();
  const short = (el) => {
    const id = el.id ? `#${el.id}` : "";
    const cls = el.classList && el.classList.length ? `.${[...el.classList].join(".")}` : "";
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${words(el.textContent).slice(0, 60)}"`;
  };
  const narrow = width < 600;
  // Transitions off, so that an element is measured where it ends up.
  const still = document.createElement("style");
  still.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
  document.head.append(still);

  // 1. No markup as text: HTML tags in what the page shows.
  for (const tag of document.body.innerText.match(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>/gi) || []) {
    findings.markup.push(`tag shown as text: ${tag.slice(0, 80)}`);
  }

  // 2. Reflow: the page no wider than the screen; in each scroll region the
  // caption and the group headings readable without scrolling; no word
  // broken between two lines.
  const regions = [...document.querySelectorAll(".table-scroll, .figure-scroll")];
  if (narrow) {
    const pageWidth = document.documentElement.scrollWidth;
    // A phone widens its layout to fit a page wider than its screen.
    if (pageWidth > width || innerWidth > width) {
      const culprits = [...document.querySelectorAll("article *")]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest(".table-scroll, .figure-scroll"))
        .filter((el, _, all) => !all.some((other) => other !== el && el.contains(other)));
      findings.reflow.push(`page is ${pageWidth} px wide on a ${width} px screen: ${culprits.slice(0, 3).map(short).join("; ")}`);
    }
    const cut = (el, box) => {
      const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        if (node.parentElement.closest(".visually-hidden")) continue;
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some((r) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))) return true;
      }
      return false;
    };
    for (const region of regions) {
      const box = region.getBoundingClientRect();
      for (const title of region.querySelectorAll("caption, th[scope=rowgroup]")) {
        if (cut(title, box)) findings.reflow.push(`cut off by its scroll region: ${short(title)}`);
      }
      // Two columns fit a phone, but for the tables the stylesheet keeps wide.
      const table = region.querySelector("table:not(.activities, .risks)");
      const columns = table ? Math.max(...[...table.rows].map((row) => [...row.cells].reduce((n, cell) => n + cell.colSpan, 0))) : 0;
      if (table && columns <= 2 && region.scrollWidth > region.clientWidth + 1) {
        findings.reflow.push(`a table of ${columns} columns scrolls sideways: ${short(table)}`);
      }
    }
    const content = document.querySelector("article") || document.body;
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.checkVisibility() || node.parentElement.closest(".visually-hidden, svg")) continue;
      for (const match of node.data.matchAll(/[^\s\-–—/]{2,}/g)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) findings.reflow.push(`word broken across lines: "${match[0]}" in ${short(node.parentElement)}`);
      }
    }
  }

  // 3. Figures and tables fit the content column at a desktop width, the
  // figures' labels clear of lines.
  if (!narrow) {
    for (const region of document.querySelectorAll(".table-scroll")) {
      if (region.scrollWidth > region.clientWidth + 1) {
        findings.figures.push(`${region.querySelector("table").id}: a table of ${region.scrollWidth} px in a ${region.clientWidth} px column`);
      }
    }
    for (const svg of document.querySelectorAll("figure svg")) {
      const region = svg.closest(".figure-scroll");
      const column = svg.closest(".md-content__inner") || document.body;
      if (region && region.scrollWidth > region.clientWidth + 1) {
        findings.figures.push(`${svg.closest("figure").id}: ${region.scrollWidth} px in a ${region.clientWidth} px column`);
      } else if (svg.getBoundingClientRect().right > column.getBoundingClientRect().right + 1) {
        findings.figures.push(`${svg.closest("figure").id}: wider than the content column`);
      }
      const labels = [...svg.querySelectorAll("text")].map((t) => [t, t.getBoundingClientRect()]);
      for (const line of svg.querySelectorAll("line")) {
        const a = line.getBoundingClientRect();
        for (const [text, b] of labels) {
          const inset = 1;
          if (a.left < b.right - inset && a.right > b.left + inset && a.top < b.bottom - inset && a.bottom > b.top + inset) {
            findings.figures.push(`${svg.closest("figure").id}: a line crosses the label "${words(text.textContent).slice(0, 50)}"`);
          }
        }
      }
    }
  }

  // 4. Nothing read twice: an acronym spelled out next to its own expansion.
  const block = "p, li, td, th, h1, h2, h3, h4, h5, h6, caption, figcaption, dt, dd, label, a, div";
  for (const abbr of document.querySelectorAll("abbr")) {
    const spelled = abbr.nextElementSibling;
    if (!spelled || !spelled.classList.contains("expansion")) continue;
    const expansion = words(spelled.textContent).replace(/^\(|\)$/g, "").toLowerCase();
    const range = document.createRange();
    range.setStart(abbr.closest(block) || document.body, 0);
    range.setEndBefore(abbr);
    const before = words(range.toString()).toLowerCase();
    if (before.slice(-(expansion.length + 12)).includes(expansion)) {
      findings.twice.push(`"${expansion} (${abbr.textContent} (${expansion}))" in ${short(abbr.closest(block))}`);
    }
  }
  for (const heading of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    if (heading.querySelector(".expansion")) findings.twice.push(`expansion in a heading (and its search title): ${short(heading)}`);
  }

  // 4 (toggles). A control that opens a section is a button that says whether it is open.
  for (const toggle of document.querySelectorAll("label[for][tabindex]")) {
    const box = document.getElementById(toggle.htmlFor);
    if (!box || box.type !== "checkbox") continue;
    if (toggle.getAttribute("role") !== "button" || toggle.getAttribute("aria-expanded") !== String(box.checked)) {
      findings.toggles.push(`toggle without button role or expanded state: ${short(toggle)}`);
    }
  }

  // 5. Focus: every Tab stop on screen, not under the sticky header; a
  // region a Tab stop only when it scrolls.
  const header = document.querySelector(".md-header");
  const focusable = "a[href], button, input, select, textarea, summary, [tabindex]";
  const whereFocused = (el) => {
    const r = el.getClientRects()[0] || el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || !el.checkVisibility({opacityProperty: true, visibilityProperty: true})) {
      return `invisible Tab stop: ${short(el)}`;
    }
    if (r.right <= 0 || r.left >= innerWidth || r.bottom <= 0 || r.top >= innerHeight) {
      return `Tab stop off screen (${Math.round(r.left)},${Math.round(r.top)}): ${short(el)}`;
    }
    // Its top left corner, where a caption or a link's text begins.
    const hit = document.elementFromPoint(Math.max(r.left + 2, 0), Math.max(r.top + 2, 0));
    const related = hit && (el.contains(hit) || hit.contains(el) || [...(el.labels || [])].some((l) => l.contains(hit)));
    if (related) return null;
    const where = hit && header && header.contains(hit) && !header.contains(el) ? "under the sticky header" : `covered by ${hit ? short(hit) : "nothing"}`;
    return `Tab stop ${where}: ${short(el)}`;
  };
  const suspects = [];
  for (const el of document.querySelectorAll(focusable)) {
    if (el.tabIndex < 0 || el.disabled) continue;
    el.focus();
    if (document.activeElement !== el) continue;
    if (whereFocused(el)) suspects.push(el);
    const natural = el.matches("a[href], button, input, select, textarea, summary");
    if (!natural && el.matches(".table-scroll, .figure-scroll, [role=region]")
        && el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1) {
      findings.focus.push(`Tab stop on a region that does not scroll: ${short(el)}`);
    }
    el.blur();
  }
  // 6. The language toggle's text at least the size of the body's.
  const toggle = document.querySelector(".language-toggle__link");
  const body = document.querySelector("article p");
  if (toggle && body && parseFloat(getComputedStyle(toggle).fontSize) < parseFloat(getComputedStyle(body).fontSize)) {
    findings.targets.push(`language toggle's text is ${getComputedStyle(toggle).fontSize}, the body's ${getComputedStyle(body).fontSize}`);
  }
  // A suspect is looked at again once the page has reacted to the scroll
  // (Material fits its sidebars to the screen a frame later), as a reader sees it.
  const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return (async () => {
    for (const el of suspects) {
      el.focus();
      await frames();
      const problem = whereFocused(el);
      if (problem) findings.focus.push(problem);
      el.blur();
    }
    scrollTo(0, 0);
    return findings;
  })();
};
