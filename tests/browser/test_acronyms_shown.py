"""Acronyms as readers meet them in Chromium (WCAG 1.4.13, content on hover
or focus): every reader, a keyboard's too, reads an acronym's name in the
text at its first use on the page; later uses carry it in a title, shown by
the browser's own tooltip; no script draws tooltips of its own (Material's
vanish under the pointer and ignore Esc). On the one-page plan each section
spells out its own first uses, as on its own page."""
from __future__ import annotations

import json

import pytest

from tests.browser.browser import CHROMEDRIVER, CHROMIUM, chromium, require
from tests.browser.test_gates import PAGES

# Every page of the plan, the guide and the progress views: both languages.
PAGES_WITH_TEXT = [p for p in PAGES if p.startswith(("fr/", "en/"))]

FIRST_USES = """
// For each acronym of the page (an <abbr> in its own language), its first
// use in each part (the page; on the one-page plan, each section): the name
// must be written out in visible text, right after it or just before it.
const names = arguments[0];  // acronym -> its names (two bodies may share one), in the page's language
const words = (text) => text.replace(/\\s+/g, " ").trim();
const problems = [];
const lang = document.documentElement.lang;
const parts = document.querySelectorAll(".plan-part").length
  ? [document.querySelector("article"), ...document.querySelectorAll(".plan-part")] : [document.querySelector("article")];
const skipped = "h1, h2, h3, h4, h5, h6, svg, code, pre, [lang]:not(html)";
parts.forEach((part, index) => {
  const seen = new Set();
  for (const abbr of part.querySelectorAll("abbr")) {
    // The one-page plan's sections, and their notes gathered at its end, are checked as parts of their own.
    if (index === 0 && abbr.closest(".plan-part, .footnote") && parts.length > 1) continue;
    if (abbr.closest(skipped) || seen.has(abbr.textContent)) continue;
    seen.add(abbr.textContent);
    if (abbr.hasAttribute("data-defined")) continue;  // Annex B: the next cell gives the name
    const next = abbr.nextElementSibling;
    const spelled = next && next.classList.contains("expansion") && abbr.nextSibling === next
      && next.checkVisibility() && next.getBoundingClientRect().width > 1 ? words(next.textContent) : "";
    const block = abbr.closest("p, li, td, th, dd, dt, caption, figcaption, div");
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEndBefore(abbr);
    const before = words(range.toString()).toLowerCase();
    const candidates = names[abbr.textContent];
    if (!candidates) { problems.push(`${abbr.textContent}: not in the glossary`); continue; }
    // Or the text defines it in parentheses, in its own words: "… gouvernement ouvert (PMOGO)".
    const defined = /\\S\\s*\\($/.test(before) && /^\\)/.test(abbr.nextSibling ? abbr.nextSibling.textContent : "");
    const toldBefore = defined || candidates.some((name) => before.slice(-(name.length + 12)).includes(name.toLowerCase()));
    if (spelled && !candidates.some((name) => spelled === `(${name})`)) problems.push(`${abbr.textContent} spelled out as ${spelled}`);
    if (!spelled && !toldBefore) {
      problems.push(`first ${abbr.textContent} of part ${index} without its name in the text: ${words(block.textContent).slice(0, 80)}`);
    }
    if (abbr.title && (spelled || toldBefore)) {  // its name read twice
      problems.push(`first ${abbr.textContent} of part ${index} has its name twice (title and text)`);
    }
  }
});
return problems;
"""


@pytest.fixture(scope="module")
def browser():
    require(CHROMIUM, CHROMEDRIVER)
    driver = chromium(width=1280)
    yield driver
    driver.quit()


@pytest.mark.parametrize("path", PAGES_WITH_TEXT)
def test_the_first_use_of_each_acronym_is_spelled_out_in_the_text(browser, site_url, path):
    from macros.data.files import DataFiles
    from tests.conftest import ROOT
    lang, names = path[:2], {}
    for org in DataFiles(ROOT).plan()["organizations"]:
        if "acronym" in org:
            names.setdefault(org["acronym"][lang], []).append(org["name"][lang])
    for variant_of in DataFiles(ROOT).plan()["organizations"]:
        for variant in variant_of.get("variants", []) if lang == "fr" else []:
            names.setdefault(variant, []).append(variant_of["name"][lang])
    browser.get(site_url + path)
    problems = browser.execute_script(FIRST_USES, names)
    assert problems == [], json.dumps(problems, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("path", ["fr/section-10/", "en/plan/", "en/section-01/"])
def test_hovering_an_acronym_draws_no_tooltip_of_the_sites_scripts(browser, site_url, path):
    """A later use is an <abbr title>: hovering it (and focusing what holds
    it) adds nothing to the page; the browser's own tooltip shows the title."""
    from selenium.webdriver.common.action_chains import ActionChains
    browser.get(site_url + path)
    later = [a for a in browser.find_elements("css selector", "article abbr[title]") if a.is_displayed()]
    assert later, "no acronym with a title on the page"
    before = browser.execute_script("return document.body.querySelectorAll('*').length")
    for abbr in later[:5]:
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", abbr)
        ActionChains(browser).move_to_element(abbr).pause(0.3).perform()
        drawn = browser.execute_script(
            "return [...document.querySelectorAll('.md-tooltip, .md-tooltip2, [role=tooltip]')]"
            ".filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 100))")
        assert drawn == [], drawn
    assert browser.execute_script("return document.body.querySelectorAll('*').length") == before
    features = browser.execute_script("return JSON.parse(document.getElementById('__config').textContent).features")
    assert "content.tooltips" not in features
