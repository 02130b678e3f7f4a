"""Text spacing (WCAG 1.4.12), in Chromium, with the criterion's values set
as a reader's style sheet would set them (line height 1.5, letter spacing
0.12em, word spacing 0.16em, paragraphs 2em apart, !important): no label
of a figure cut at its drawing's edge, out of its box or over another
label; no title cut short with "…" (the header's, the previous and next
pages'), at 320, 375 and 1280 px, in both languages."""
from __future__ import annotations

import json

import pytest

from tests.browser.browser import CHROMEDRIVER, CHROMIUM, chromium, require

SPACING = ("* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
           " p { margin-bottom: 2em !important; }")
WIDTHS = [320, 375, 1280]
FIGURE_PAGES = [f"{lang}/{page}" for lang in ("fr", "en")
                for page in ("section-01/", "section-04/", "section-05/", "section-07/", "section-08/", "section-10/", "progress/")]
TITLE_PAGES = [f"{lang}/{page}" for lang in ("fr", "en") for page in ("", "section-09/", "section-10/", "guide-organizations/")]

LABELS = """
const problems = [];
const words = (el) => el.textContent.replace(/\\s+/g, " ").trim().slice(0, 50);
for (const svg of document.querySelectorAll("article figure svg")) {
  const figure = svg.closest("figure").id;
  const view = svg.viewBox.baseVal;
  const rects = [...svg.querySelectorAll("rect")].filter((r) => !r.closest("defs, pattern, marker"))
    .map((r) => r.getBBox()).filter((b) => b.width > 20 && b.height > 10);
  const lines = [...svg.querySelectorAll("text")].flatMap((text) => {
    const spans = text.querySelectorAll("tspan");
    return (spans.length ? [...spans] : [text]).map((line) => ({line, box: line.getBBox ? line.getBBox() : text.getBBox(), text}));
  });
  for (const {line, box} of lines) {
    if (box.width === 0) continue;
    if (box.x < view.x - 0.5 || box.x + box.width > view.x + view.width + 0.5) {
      problems.push(`${figure}: "${words(line)}" runs past the drawing's edge (${Math.round(box.x)}–${Math.round(box.x + box.width)} of ${Math.round(view.width)})`);
    }
    // The box a label starts in holds it whole.
    const start = {x: box.x + 1, y: box.y + box.height / 2};
    const holders = rects.filter((r) => start.x >= r.x && start.x <= r.x + r.width && start.y >= r.y && start.y <= r.y + r.height);
    const holder = holders.sort((a, b) => a.width * a.height - b.width * b.height)[0];
    if (holder && box.x + box.width > holder.x + holder.width + 0.5) {
      problems.push(`${figure}: "${words(line)}" runs out of its box (${Math.round(box.x + box.width)} > ${Math.round(holder.x + holder.width)})`);
    }
  }
  // No label over a mark: a legend's swatch or symbol, a point of a scale
  // (not a patch laid under a count: no outline).
  const marks = [...svg.querySelectorAll("circle, path, polygon, rect, line")]
    .filter((m) => !m.closest("defs, pattern, marker") && m.getAttribute("stroke-width") !== "0")
    .map((m) => ({m, box: m.getBBox()})).filter(({box}) => box.width <= 40 && box.height <= 40);
  for (const {line, box: a} of lines) {
    for (const {m, box: b} of marks) {
      const holds = a.x >= b.x - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y >= b.y - 0.5 && a.y + a.height <= b.y + b.height + 0.5;
      if (holds) continue;  // a box that holds its label (Figure 3's levels)
      const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const high = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (overlap > 1 && high > 2) problems.push(`${figure}: "${words(line)}" over a ${m.tagName}`);
    }
  }
  // No two labels over each other.
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [a, b] = [lines[i].box, lines[j].box];
      if (lines[i].text === lines[j].text && lines[i].line === lines[j].line) continue;
      const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const high = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (overlap > 1 && high > 2) problems.push(`${figure}: "${words(lines[i].line)}" over "${words(lines[j].line)}"`);
    }
  }
}
return problems;
"""

TITLES = """
// Text cut short with an ellipsis: an element that clips its own text; the
// drawer of a narrow screen open, as its reader sees it.
document.getElementById("__drawer").checked = true;
return [...document.querySelectorAll("body *")].filter((el) => {
  const style = getComputedStyle(el);
  return style.textOverflow === "ellipsis" && style.overflowX !== "visible"
    && el.checkVisibility({visibilityProperty: true}) && el.scrollWidth > el.clientWidth + 1;
}).map((el) => `${el.className}: "${el.textContent.replace(/\\s+/g, " ").trim().slice(0, 60)}" (${el.scrollWidth} px in ${el.clientWidth})`);
"""


@pytest.fixture(scope="module", params=WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def spaced(request):
    require(CHROMIUM, CHROMEDRIVER)
    driver = chromium(width=request.param)
    yield driver
    driver.quit()


def with_spacing(driver, url: str) -> None:
    driver.get(url)
    driver.execute_script("const style = document.createElement('style'); style.textContent = arguments[0];"
                          "document.head.append(style);", SPACING)


@pytest.mark.parametrize("path", FIGURE_PAGES)
def test_no_figure_label_is_cut_or_overlaps_with_the_text_spaced_out(spaced, site_url, path):
    with_spacing(spaced, site_url + path)
    problems = spaced.execute_script(LABELS)
    assert problems == [], json.dumps(problems[:30], indent=1, ensure_ascii=False)


@pytest.mark.parametrize("path", TITLE_PAGES)
def test_no_title_is_cut_short_with_the_text_spaced_out(spaced, site_url, path):
    with_spacing(spaced, site_url + path)
    problems = spaced.execute_script(TITLES)
    assert problems == [], json.dumps(problems, indent=1, ensure_ascii=False)



# Each word of the header's name on one line from 375 px; below, unless the
# word is wider than the room the buttons leave it: at 320 px, with the text
# spaced out, "Gouvernement" is, and breaking it (with a hyphen where the
# browser can) is better than pushing the search button off the screen.
SPLIT_WORDS = """
const title = document.querySelector(".md-header__title.site-title");
const room = title.clientWidth;
const range = document.createRange();
const split = [];
const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
for (let node; (node = walker.nextNode());) {
  if (!node.parentElement.checkVisibility()) continue;
  for (const word of node.data.matchAll(/\\S+/g)) {
    range.setStart(node, word.index);
    range.setEnd(node, word.index + word[0].length);
    if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size < 2) continue;
    const whole = document.createElement("span");
    whole.style.whiteSpace = "nowrap";
    whole.textContent = word[0];
    node.parentElement.append(whole);
    const width = whole.getBoundingClientRect().width;
    whole.remove();
    if (innerWidth >= 375 || width <= room) split.push(`${word[0]}: ${Math.round(width)} px, in ${room}`);
  }
}
return split;
"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_header_breaks_no_word_that_fits_with_the_text_spaced_out(spaced, site_url, lang):
    with_spacing(spaced, f"{site_url}{lang}/section-08/")
    assert spaced.execute_script(SPLIT_WORDS) == []
