"""Names for assistive technology, as Chromium's accessibility tree gives
them (WCAG 1.1.1, 1.3.1, 2.4.4, 4.1.2): every figure named by its caption,
each drawing named once and not described by the same words again; the
activity tables' cells tied to their column, their activity and their row
(headers/id: a table with headers on two levels cannot rely on scope);
footnote links named "Footnote 3" and "Back to text", in the page's
language; the search form with a submit button."""
from __future__ import annotations

import json

import pytest

from macros.language.labels import label
from tests.browser.browser import CHROMEDRIVER, CHROMIUM, chromium, require
from tests.browser.test_gates import PAGES

WITH_FIGURES = [f"{lang}/{page}" for lang in ("fr", "en")
                for page in ("", "section-01/", "section-04/", "section-05/", "section-07/", "section-08/",
                             "section-10/", "progress/", "plan/")]
THEMED = [p for p in PAGES if p.startswith(("fr/", "en/"))]


@pytest.fixture(scope="module")
def browser():
    require(CHROMIUM, CHROMEDRIVER)
    driver = chromium(width=1280)
    yield driver
    driver.quit()


def accessible(driver, selector: str) -> list[dict]:
    """Role, name and description that the accessibility tree gives each
    element matching `selector`."""
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    found = []
    for node in driver.execute_cdp_cmd("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]:
        ax = driver.execute_cdp_cmd("Accessibility.getPartialAXTree", {"nodeId": node, "fetchRelatives": False})["nodes"][0]
        found.append({key: " ".join(str(ax.get(key, {}).get("value", "")).split()) for key in ("role", "name", "description")})
    return found


@pytest.mark.parametrize("path", WITH_FIGURES)
def test_figures_are_named_by_their_caption_and_drawings_described_once(browser, site_url, path):
    browser.get(site_url + path)
    captions = browser.execute_script("""
        return [...document.querySelectorAll('article figure')].map((figure) => {
          const caption = figure.querySelector('figcaption').cloneNode(true);
          caption.querySelectorAll('.figure-description-link').forEach((link) => link.remove());
          return caption.textContent.replace(/\\s+/g, ' ').trim();
        });""")
    assert captions, "no figure on the page"
    figures = accessible(browser, "article figure")
    assert [(f["role"], f["name"]) for f in figures] == [("figure", caption) for caption in captions], figures
    for drawing in accessible(browser, "article figure svg[role=img]"):
        assert drawing["role"] == "image" and drawing["name"], drawing
        assert drawing["description"] == "", f"the drawing's name is read again as its description: {drawing}"


TABLE_HEADERS = """
// Each table whose body holds a header spanning every column (an
// activity's): every header has an id, and every cell names, in `headers`,
// its column's header, its group's header and its row's header.
const problems = [];
for (const table of document.querySelectorAll('article table')) {
  const width = Math.max(...[...table.rows].map((row) => [...row.cells].reduce((n, cell) => n + cell.colSpan, 0)));
  const groups = [...table.tBodies].filter((body) => [...body.querySelectorAll('th')].some((th) => th.colSpan === width));
  if (!groups.length) continue;
  table.querySelectorAll('th:not([id])').forEach((th) => problems.push(`${table.id}: a header without id: ${th.textContent.trim().slice(0, 40)}`));
  const columns = [...table.tHead.rows[0].cells];
  for (const body of groups) {
    const group = [...body.querySelectorAll('th')].find((th) => th.colSpan === width);
    for (const row of body.rows) {
      const rowHeader = row.querySelector('th[scope=row]');
      if (!rowHeader) continue;
      [...row.cells].forEach((cell, index) => {
        const named = (cell.getAttribute('headers') || '').split(/\\s+/).filter(Boolean);
        const wanted = cell === rowHeader ? [columns[index].id, group.id] : [columns[index].id, group.id, rowHeader.id];
        const missing = wanted.filter((id) => !named.includes(id));
        const foreign = named.filter((id) => { const th = document.getElementById(id); return !th || th.tagName !== 'TH' || !table.contains(th); });
        if (missing.length || foreign.length) problems.push(`${table.id} ${rowHeader.textContent.trim().slice(0, 12)} column ${index}: missing ${missing}, not a header of the table ${foreign}`);
      });
    }
  }
}
return problems;
"""


@pytest.mark.parametrize("path", ["fr/section-10/", "en/section-10/", "fr/plan/", "en/plan/"])
def test_activity_rows_are_tied_to_their_activity_header(browser, site_url, path):
    browser.get(site_url + path)
    problems = browser.execute_script(TABLE_HEADERS)
    assert problems == [], json.dumps(problems[:20], indent=1, ensure_ascii=False)
    assert browser.execute_script("return document.querySelectorAll('article table.activities').length") == 8


@pytest.mark.parametrize("path", ["fr/plan/", "en/plan/", "fr/section-02/", "en/section-04/"])
def test_footnote_links_are_named_in_the_pages_language(browser, site_url, path):
    lang = path[:2]
    browser.get(site_url + path)
    references = accessible(browser, "a.footnote-ref")
    numbers = browser.execute_script("return [...document.querySelectorAll('a.footnote-ref')].map((a) => a.textContent.trim())")
    assert references and [r["name"] for r in references] == [label(lang, "footnote_link", number=n) for n in numbers]
    back = accessible(browser, "a.footnote-backref")
    assert back and {b["name"] for b in back} == {label(lang, "footnote_back")}, back


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_search_form_has_a_submit_button_on_every_page(built, lang):
    from bs4 import BeautifulSoup
    site, _ = built
    for page in sorted((site / lang).rglob("index.html")):
        form = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("form", attrs={"name": "search"})
        submit = form.find("button", attrs={"type": "submit"}) or form.find("input", attrs={"type": "submit"})
        assert submit is not None and submit.get("aria-label") == label(lang, "search_submit"), page


def _hidden(element) -> bool:
    return any(e.get("aria-hidden") == "true" for e in [element, *element.parents] if hasattr(e, "get"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_drawing_outside_the_figures_is_named_or_hidden(built, lang):
    """A drawing that is not a figure (the logo in its link, the footer's
    arrows beside their words, the buttons' icons) is decoration: hidden
    from assistive technology, or inside a button, whose children are not
    read; otherwise a screen reader meets an unnamed image (IBM Equal
    Access: svg_graphics_labelled)."""
    from bs4 import BeautifulSoup
    site, _ = built
    unnamed = set()
    for page in sorted((site / lang).rglob("index.html")):
        for svg in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find_all("svg"):
            named = svg.find("title") is not None or svg.get("aria-label") or svg.get("aria-labelledby")
            if not (named or _hidden(svg) or svg.find_parent(["button", "figure"])):
                unnamed.add(" > ".join([p.name + ("." + ".".join(p.get("class", [])) if p.get("class") else "") for p in list(svg.parents)[:2]][::-1] + ["svg"]))
    assert not unnamed, sorted(unnamed)
