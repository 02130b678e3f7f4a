"""Quality gates on the built site, in Debian's Chromium: accessibility
(axe-core, WCAG 2.0/2.1/2.2 A and AA, at a desktop width and at 375 px),
keyboard use, no request to another host, no cookie, content without
JavaScript, search in the reader's language, and valid HTML (vnu)."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.browser import AXE, CHROMEDRIVER, CHROMIUM, VNU, chromium, require
from tests.conftest import ROOT

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Rules switched off, each with its reason. None so far: keep it that way.
AXE_EXCLUSIONS: dict = {}


def _source_pages() -> list[str]:
    """The site's pages, known before the build: one per Markdown page and
    language, plus the language selection page and the 404 page."""
    pages = ["", "404.html"]
    for lang in ("fr", "en"):
        for source in sorted((ROOT / "docs" / lang).glob("*.md")):
            pages.append(f"{lang}/" if source.stem == "index" else f"{lang}/{source.stem}/")
    return pages


PAGES = _source_pages()


@pytest.fixture(scope="session", params=[1280, 375], ids=["desktop", "375px"])
def browser(request):
    require(CHROMIUM, CHROMEDRIVER)
    driver = chromium(width=request.param)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def no_js_browser():
    require(CHROMIUM, CHROMEDRIVER)
    driver = chromium(javascript=False)
    yield driver
    driver.quit()


def requested_hosts(driver) -> set:
    """Hosts of every request the browser sent since the last call."""
    hosts = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if url.startswith(("http:", "https:", "ws:", "wss:")):
                hosts.add(urlsplit(url).hostname)
    return hosts


@pytest.mark.parametrize("path", PAGES)
def test_accessibility_and_privacy(browser, site_url, path):
    """axe-core finds no WCAG 2.1 A/AA violation; the page asks no other host
    for anything and sets no cookie."""
    require(AXE)
    browser.get_log("performance")
    browser.get(site_url + path)
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, rules: arguments[1]})"
        ".then(r => done(r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))"
        ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
        WCAG, {rule: {"enabled": False} for rule in AXE_EXCLUSIONS})
    assert result == [], json.dumps(result, indent=1, ensure_ascii=False)
    assert requested_hosts(browser) <= {"127.0.0.1"}
    assert browser.get_cookies() == []
    assert browser.execute_script("return document.cookie") == ""


@pytest.mark.parametrize("path", [p for p in PAGES if p.startswith(("fr/", "en/"))])
def test_content_without_javascript(no_js_browser, built, site_url, path):
    """Text, tables and figures are all there with scripts off."""
    from bs4 import BeautifulSoup
    site, _ = built
    static = BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")
    no_js_browser.get(site_url + path)
    article = no_js_browser.find_element("css selector", "article")
    assert article.is_displayed()
    shown_tables = [t for t in no_js_browser.find_elements("css selector", "article table") if t.is_displayed()]
    assert len(shown_tables) == len(static.select("article table"))
    shown_figures = [f for f in no_js_browser.find_elements("css selector", "article figure svg") if f.is_displayed()]
    assert len(shown_figures) == len(static.select("article figure svg"))
    heading = " ".join(static.find("h1").get_text().split())
    assert heading[:15] in " ".join(article.text.split())


def _tab(driver):
    """Press Tab as a person would, and return the element that has the focus."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    ActionChains(driver).send_keys(Keys.TAB).perform()
    return driver.switch_to.active_element


@pytest.mark.parametrize("path", ["fr/", "en/section-05/", "fr/section-10/", "en/section-08/"])
def test_keyboard(browser, site_url, path):
    """The first Tab reaches a skip link that moves focus to the content; every
    element reached by Tab shows where the focus is."""
    from selenium.webdriver.common.keys import Keys
    browser.get(site_url + path)
    skip = _tab(browser)
    assert "md-skip" in (skip.get_attribute("class") or ""), skip.get_attribute("outerHTML")
    skip.send_keys(Keys.ENTER)
    after = _tab(browser)
    assert browser.execute_script("return !!arguments[0].closest('article')", after), after.get_attribute("outerHTML")
    browser.get(site_url + path)
    seen = 0
    for _ in range(40):
        element = _tab(browser)
        if element.tag_name == "body":
            break
        style = browser.execute_script(
            "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth, s.boxShadow]", element)
        assert style[0] != "none" and style[1] != "0px" or style[2] != "none", (element.get_attribute("outerHTML")[:200], style)
        seen += 1
    assert seen > 5


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_search_returns_the_readers_language(browser, site_url, lang):
    """Searching "information" (written « l’information » in French) finds
    pages, all in the reader's language."""
    from selenium.webdriver.support.ui import WebDriverWait
    browser.get(f"{site_url}{lang}/section-03/")
    browser.execute_script("document.querySelector('label[for=__search]').click()")
    field = browser.find_element("css selector", "input.md-search__input")
    field.send_keys("information")
    WebDriverWait(browser, 20).until(lambda d: d.find_elements("css selector", ".md-search-result__item"))
    links = [a.get_attribute("href") for a in browser.find_elements("css selector", ".md-search-result__link")]
    assert links and all(f"/{lang}/" in link for link in links), links
    assert requested_hosts(browser) <= {"127.0.0.1"}


def test_html_is_valid(built):
    """The Nu Html Checker reports no error on any page."""
    require("java", VNU)
    site, _ = built
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html", str(site)],
                            capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{Path(urlsplit(m.get('url', '')).path).relative_to(site)}:{m.get('lastLine')}: {m['message']}"
              for m in messages if m.get("type") == "error"]
    assert errors == [], "\n".join(errors[:50])


@pytest.mark.parametrize("path", ["fr/section-10/", "en/guide-checklists/"])
def test_printing_gives_the_content_with_title_licence_and_address(browser, site_url, path):
    """With print styles: no navigation chrome; the plan's title, the licence
    and the page's address are printed; table rows are not split."""
    browser.get(site_url + path)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        def shown(selector):
            return [e for e in browser.find_elements("css selector", selector) if e.is_displayed()]
        for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".breadcrumb", ".gc-signature"):
            assert not shown(chrome), chrome
        assert shown(".print-header") and shown(".page-details .print-only")
        assert "/opengov/" in shown(".page-details .print-only")[0].text
        assert shown(".site-footer a")
        if browser.find_elements("css selector", "table tr"):
            assert browser.execute_script("return getComputedStyle(document.querySelector('table tr')).breakInside") == "avoid"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
