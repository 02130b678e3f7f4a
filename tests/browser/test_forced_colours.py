"""Figures in high contrast (Windows' contrast themes, emulated in Chromium
as forced-colors: active, with a light and a dark scheme; WCAG 1.4.3,
1.4.11, 1.4.1): every text of a drawing contrasts with what lies under it
(4.5:1), every mark and line with the page (3:1); the statuses of the
chart of the counts are told apart by their fills' patterns, not by
colour."""
from __future__ import annotations

import json

import pytest

from tests.browser.browser import CHROMEDRIVER, CHROMIUM, chromium, require

SCHEMES = ["dark", "light"]
# The pages of the figures and charts, both languages.
PAGES = [f"{lang}/{page}" for lang in ("fr", "en")
         for page in ("section-01/", "section-04/", "section-05/", "section-07/", "section-08/", "section-10/", "progress/")]

CONTRASTS = """
const rgb = (value) => { const m = value.match(/rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?/); return m && (m[4] === undefined || +m[4] > 0) ? [+m[1], +m[2], +m[3]] : null; };
const luminance = ([r, g, b]) => { const c = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b); };
const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
const page = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c) return c; } return [255, 255, 255]; };
const shapes = "rect, circle, ellipse, path, line, polyline, polygon";
// The paint of the first shape under the point (x, y) of the screen, below `text`.
const under = (text, x, y) => {
  for (const el of document.elementsFromPoint(x, y)) {
    if (el === text || text.contains(el) || !el.matches(shapes)) continue;
    const point = new DOMPoint(x, y).matrixTransform(el.getScreenCTM().inverse());
    const style = getComputedStyle(el);
    if (el.isPointInStroke && el.isPointInStroke(point) && style.stroke !== "none") return {paint: style.stroke, el};
    if (el.isPointInFill && el.isPointInFill(point) && style.fill !== "none") return {paint: style.fill, el};
  }
  return null;
};
const problems = [];
for (const svg of document.querySelectorAll("article figure svg")) {
  const background = page(svg);
  const figure = svg.closest("figure").id;
  for (const text of svg.querySelectorAll("text")) {
    const color = rgb(getComputedStyle(text).fill);
    const box = text.getBoundingClientRect();
    if (box.width < 1) continue;
    for (const fraction of [0.1, 0.5, 0.9]) {
      const x = box.left + box.width * fraction, y = box.top + box.height / 2;
      if (x < 0 || x > innerWidth || y < 0 || y > innerHeight) continue;
      const beneath = under(text, x, y);
      const behind = beneath ? rgb(beneath.paint) : background;
      const words = text.textContent.slice(0, 40);
      if (!color) problems.push(`${figure}: "${words}" has no plain colour (${getComputedStyle(text).fill})`);
      else if (!behind) problems.push(`${figure}: "${words}" lies on ${beneath.paint}, not a plain colour`);
      else if (ratio(color, behind) < 4.5) problems.push(`${figure}: "${words}" ${ratio(color, behind).toFixed(2)}:1 against what lies under it`);
    }
  }
  for (const shape of svg.querySelectorAll(shapes)) {
    if (shape.closest("defs, pattern, marker, text")) continue;
    const style = getComputedStyle(shape);
    const paints = [style.fill, style.stroke].filter((p) => p !== "none").map((p) => p.startsWith("url(") ? "pattern" : rgb(p)).filter(Boolean);
    if (!paints.length || paints.includes("pattern")) continue;
    const best = Math.max(...paints.map((p) => ratio(p, background)));
    // A shape only as light as the page is a patch under a word (a count): its word is checked above.
    if (best < 3 && !paints.every((p) => ratio(p, background) < 1.1)) {
      problems.push(`${figure}: a ${shape.tagName} of ${best.toFixed(2)}:1 against the page (${paints.join(" ")})`);
    }
  }
}
return problems;
"""


@pytest.fixture(scope="module", params=SCHEMES)
def high_contrast(request):
    require(CHROMIUM, CHROMEDRIVER)
    driver = chromium(width=1280)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [
        {"name": "forced-colors", "value": "active"}, {"name": "prefers-color-scheme", "value": request.param}]})
    yield driver
    driver.quit()


def scrolled_through(driver, script: str) -> list[str]:
    """`script`'s findings for each figure, each scrolled into view (points
    are looked up on the screen)."""
    found = []
    for index in range(driver.execute_script("return document.querySelectorAll('article figure svg').length")):
        driver.execute_script("const svg = document.querySelectorAll('article figure svg')[arguments[0]];"
                              "svg.closest('figure').scrollIntoView({block: 'start'}); window.scrollBy(0, -60);", index)
        found += driver.execute_script(script)
    return sorted(set(found))


@pytest.mark.parametrize("path", PAGES)
def test_every_text_and_mark_of_the_figures_contrasts_in_high_contrast(high_contrast, site_url, path):
    driver = high_contrast
    driver.get(site_url + path)
    assert driver.execute_script("return matchMedia('(forced-colors: active)').matches")
    problems = scrolled_through(driver, CONTRASTS)
    assert problems == [], json.dumps(problems[:30], indent=1, ensure_ascii=False)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_statuses_are_told_apart_by_their_fills_in_high_contrast(high_contrast, site_url, lang):
    """Each status's swatch in the chart's legend: a pattern of its own, or
    a plain fill that contrasts with every other plain one (3:1)."""
    driver = high_contrast
    driver.get(f"{site_url}{lang}/progress/")
    fills = driver.execute_script("""
        const svg = document.querySelector('#figure-status-counts svg');
        return [...svg.querySelectorAll('rect[width="14"][height="14"]')].map((r) => getComputedStyle(r).fill);""")
    assert len(fills) == 6, fills
    patterns = [fill for fill in fills if fill.startswith("url(")]
    plain = [fill for fill in fills if not fill.startswith("url(")]
    assert len(set(patterns)) == len(patterns), fills
    ratios = driver.execute_script(CONTRASTS.split("const problems")[0] + """
        const plain = arguments[0].map(rgb);
        const found = [];
        for (let i = 0; i < plain.length; i++) for (let j = i + 1; j < plain.length; j++) found.push(ratio(plain[i], plain[j]));
        return found;""", plain)
    assert all(r >= 3 for r in ratios), (plain, ratios)
