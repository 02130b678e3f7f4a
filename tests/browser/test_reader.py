"""Gates that look at each page as a reader meets it, in Debian's Chromium,
on the site built for and served under a project sub-path: on a phone (320
and 375 px) and a desktop (1280 px), to a screen reader (the accessibility
tree) and by keyboard. The checks themselves are in tests/browser/reader.js; each
page is loaded once per width and checked for every gate at once."""
from __future__ import annotations

import json
import re

import pytest

from tests.browser.browser import CHROMEDRIVER, CHROMIUM, chromium, require
from tests.browser.test_gates import PAGES

READER_JS = (__import__("pathlib").Path(__file__).parent / "reader.js").read_text(encoding="utf-8")
WIDTHS = [320, 375, 1280]
# Roles the accessibility tree gives an element that has no role of its own.
NO_ROLE = {"generic", "LabelText", "StaticText", "none", "paragraph", "Section"}
# "Name (ACR (Name))": an expansion spelled out right after its own name.
DOUBLED = re.compile(r"([\w’'][\w’' -]{3,}) \((\w+) \(\1\)\)")


@pytest.fixture(scope="module", params=WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def reader(request):
    require(CHROMIUM, CHROMEDRIVER)
    driver = chromium(width=request.param)
    driver.execute_cdp_cmd("Accessibility.enable", {})
    yield driver, request.param
    driver.quit()


def accessibility_findings(driver) -> list[str]:
    """What a screen reader is told: every dialog and region named, once, with
    no link's text in its name; nothing focusable without a role."""
    nodes = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"]
    by_id = {node["nodeId"]: node for node in nodes}

    def links_inside(node) -> set:
        """The links of a region, or of the figure that holds it."""
        parent = by_id.get(node.get("parentId"), {})
        names, stack = set(), list((parent if parent.get("role", {}).get("value") == "figure" else node).get("childIds", []))
        while stack:
            child = by_id.get(stack.pop(), {})
            if child.get("role", {}).get("value") == "link" and child.get("name", {}).get("value"):
                names.add(child["name"]["value"])
            stack += child.get("childIds", [])
        return names
    found = []
    for node in nodes:
        if node.get("ignored"):
            continue
        role, name = node.get("role", {}).get("value"), " ".join(str(node.get("name", {}).get("value", "")).split())
        focusable = any(p["name"] == "focusable" and p["value"]["value"] for p in node.get("properties", []))
        if role in ("dialog", "region") and not name:
            found.append(f"{role} without a name")
        if role in ("dialog", "region") and any(link in name for link in links_inside(node)):
            found.append(f"{role} named with the text of a link: {name!r}")
        if DOUBLED.search(name):
            found.append(f"{role} named with an expansion twice: {name!r}")
        if focusable and role in NO_ROLE:
            found.append(f"focusable {role} without a role: {name[:60]!r}")
    return found


@pytest.mark.parametrize("path", PAGES)
def test_page_as_a_reader_meets_it(reader, site_url, path):
    """No markup shown as text; at 320 and 375 px nothing wider than the
    screen, captions and headings readable in their scroll region, no word
    broken; at 1280 px figures and tables fit their column, labels clear of lines;
    nothing read twice; every Tab stop on screen and clear of the sticky
    header; only regions that scroll take the focus; dialogs, regions and
    toggles named once."""
    driver, width = reader
    driver.get(site_url + path)
    driver.execute_script(READER_JS)
    findings = driver.execute_script("return readerFindings(arguments[0])", width)
    findings["names"] = accessibility_findings(driver)
    findings = {gate: found for gate, found in findings.items() if found}
    assert findings == {}, json.dumps(findings, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_search_results_show_no_markup_and_no_spelled_out_acronym(built, lang):
    """What a search result shows: its title without an expansion after an
    acronym, its snippet without HTML tags printed as text."""
    from macros.language.acronyms import glossary
    from macros.data.files import DataFiles
    from tests.conftest import ROOT
    site, _ = built
    entries = glossary(DataFiles(ROOT).plan(), lang)
    docs = json.loads((site / lang / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    spelled = [f"{doc['location']}: {doc['title']}" for doc in docs
               if any(f"{acronym} ({name})" in doc["title"] for acronym, name in entries.items())]
    markup = [doc["location"] for doc in docs if "&lt;" in doc["text"] or re.search(r"&lt;/?[a-z]", doc["text"])]
    assert spelled == [] and markup == [], (spelled[:10], markup[:10])


NAMES = {"fr": "Gouvernement ouvert – Commission de la fonction publique du Canada",
         "en": "Open Government – Public Service Commission of Canada"}


def _standalone_findings(driver) -> dict:
    """The page styled by the site's stylesheet, every link reaching a page,
    and the name of each language's part in that language."""
    return driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const styled = [...document.styleSheets].some((sheet) => { try { return sheet.cssRules.length > 0; } catch (e) { return false; } })
            && getComputedStyle(document.querySelector('.standalone__main')).maxWidth !== 'none';
        const links = [...document.querySelectorAll('a[href]')].map((a) => a.href);
        Promise.all(links.map((href) => fetch(href).then((r) => [href, r.status])))
            .then((statuses) => done({styled, broken: statuses.filter(([, status]) => status !== 200),
                                      parts: [...document.querySelectorAll('[lang]')].filter((e) => e !== document.documentElement)
                                                 .map((e) => [e.lang, e.textContent])}));
    """)


@pytest.mark.parametrize("path", ["", "nowhere", "fr/section-99/", "en/a/b/c/d.html", "data/missing.csv"])
def test_root_and_404_pages_under_the_project_path(reader, site_url, path):
    """The language selection page and the 404 page, at any depth of the
    project path: styled, every link resolves, and both languages named,
    each in its own language."""
    driver, _ = reader
    driver.get(site_url + path)
    found = _standalone_findings(driver)
    assert found["styled"], "the page has no stylesheet"
    assert found["broken"] == []
    for lang, name in NAMES.items():
        assert any(part_lang == lang and name in text for part_lang, text in found["parts"]), (lang, found["parts"])
    if not path:
        assert all(name in driver.title for name in NAMES.values()), driver.title
        assert {e.get_attribute("lang") for e in driver.find_elements("css selector", "h1 [lang]")} == set(NAMES)


def test_a_build_without_site_url_says_its_404_page_needs_it(tmp_path):
    """Built without SITE_URL, the 404 page can only work at the domain's
    root: the build says so, naming SITE_URL."""
    import os
    import subprocess
    import sys
    from tests.conftest import ROOT
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                            cwd=ROOT, env=dict(env, NO_MKDOCS_2_WARNING="1"), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert re.search(r"404\.html: .*Set SITE_URL to the address the site is published at", result.stderr)


FOOTER_LINKS = {"fr": {"https://www.canada.ca/fr/transparence/avis.html", "https://www.canada.ca/fr/transparence/confidentialite.html"},
                "en": {"https://www.canada.ca/en/transparency/terms.html", "https://www.canada.ca/en/transparency/privacy.html"}}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_canada_ca_furniture(built, lang):
    """Every page's footer links to the Government of Canada's terms and
    conditions and privacy notice in its language; its hreflang alternates
    reach the page in each language (absolute with SITE_URL, as here:
    tests/browser/test_requests.py); a guide page's breadcrumb passes
    through the guide's first page."""
    from tests.conftest import SITE_URL
    from bs4 import BeautifulSoup
    site, _ = built
    for page in sorted((site / lang).rglob("index.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        where = page.relative_to(site).as_posix()
        assert FOOTER_LINKS[lang] <= {a["href"] for a in soup.select(".site-footer a")}, where
        for alternate in soup.select("link[rel=alternate][hreflang]"):
            href = alternate["href"]
            assert href.startswith(SITE_URL) and (site / href[len(SITE_URL):] / "index.html").exists(), (where, href)
        crumbs = [a["href"] for a in soup.select(".breadcrumb a")]
        if page.parent.name.startswith("guide-"):
            assert crumbs[-1] == "../guide/", (where, crumbs)


# What readers type, and the word each must find (accents aside).
SEARCHES = [("fr", "l'accessibilité", "accessibilité"), ("fr", "l’accessibilité", "accessibilité"),
            ("fr", "d'accessibilité", "accessibilité"), ("fr", "accessibilite", "accessibilité"),
            ("fr", "evaluation", "évaluation"), ("fr", "l’evaluation", "évaluation"),
            ("en", "PSC's", "PSC"), ("en", "PSC’s", "PSC"), ("en", "employee’s", "employee"), ("en", "Canada's", "Canada")]


def _folded(text: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


@pytest.mark.parametrize("lang, query, word", SEARCHES)
def test_search_finds_the_pages_that_hold_the_word(reader, site_url, built, lang, query, word):
    """Typed in the search box: with an elided article or a possessive, with
    either apostrophe, with or without accents, the results are pages that
    hold the word, in the reader's language."""
    from bs4 import BeautifulSoup
    from selenium.webdriver.support.ui import WebDriverWait
    driver, _ = reader
    site, _ = built
    driver.get(f"{site_url}{lang}/section-03/")
    driver.execute_script("document.querySelector('label[for=__search]').click()")
    field = driver.find_element("css selector", "input.md-search__input")
    WebDriverWait(driver, 10).until(lambda d: field.is_displayed())
    field.send_keys(query)
    WebDriverWait(driver, 20).until(lambda d: d.find_elements("css selector", ".md-search-result__item")
                                    or "0" in d.find_element("css selector", ".md-search-result__meta").text)
    pages = [a.get_attribute("href").split("#")[0] for a in driver.find_elements("css selector", ".md-search-result__link")]
    assert pages, f"{query!r} found nothing"
    without_word = []
    for page in dict.fromkeys(pages):
        assert f"/{lang}/" in page, page
        html = (site / page.split(site_url, 1)[1] / "index.html").read_text(encoding="utf-8")
        if _folded(word) not in _folded(BeautifulSoup(html, "html.parser").find("article").get_text(" ")):
            without_word.append(page)
    assert without_word == [], (query, without_word)


# The printed page's content box at 96 px to the inch (Letter, 15 mm margins).
PAPER = {"width": 703, "height": 942}


@pytest.fixture(scope="module")
def printer():
    require(CHROMIUM, CHROMEDRIVER, "pdftotext")
    driver = chromium(width=1280)
    yield driver
    driver.quit()


def _printed_pages(driver, pdf_path) -> list[str]:
    import base64
    import subprocess
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
    pdf_path.write_bytes(base64.b64decode(pdf["data"]))
    text = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@pytest.mark.parametrize("path", [p for p in PAGES if p.startswith(("fr/", "en/"))])
def test_printed_page(printer, site_url, path, tmp_path):
    """Printed: no page left blank but for the footer or a few lines; the
    footer within the article's column and its addresses whole; every
    drawing and table row short enough for a page, kept whole; figure text
    at least 70 % of the body's size."""
    driver = printer
    driver.get(site_url + path)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    footer = [" ".join(t.split()) for t in driver.execute_script(
        "return [...document.querySelectorAll('.md-footer-meta, .page-details')].map(e => e.innerText)")]
    addresses = driver.execute_script(
        "return [...document.querySelectorAll('.md-typeset a[href^=\"http\"]')].filter(a => a.offsetParent).map(a => a.href)")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pages = _printed_pages(driver, tmp_path / "page.pdf")
    # A printed address shorter than a line is printed whole, on one line.
    lines = [line for page in pages for line in page.splitlines()]
    findings = [f"printed address cut across lines: {address}" for address in dict.fromkeys(addresses)
                 if len(address) <= 70 and not any(address in line for line in lines)]
    for number, page in enumerate(pages, 1):
        content = " ".join(page.split())
        for part in footer:
            content = content.replace(part, "")
        if len(content) < 300 and not (number == len(pages) and len(pages) == 1):
            findings.append(f"page {number} of {len(pages)} holds {len(content)} characters besides the footer")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": PAPER["width"], "height": PAPER["height"],
                                                                  "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        findings += driver.execute_script("""
            const [paper, found] = [arguments[0], []];
            const column = document.querySelector('.md-content__inner').getBoundingClientRect();
            const footer = document.querySelector('.md-footer-meta .site-footer').getBoundingClientRect();
            if (footer.left < column.left - 1 || footer.right > column.right + 1)
              found.push(`the footer (${Math.round(footer.left)}-${Math.round(footer.right)} px) is wider than the article's column (${Math.round(column.left)}-${Math.round(column.right)} px)`);
            const body = parseFloat(getComputedStyle(document.querySelector('article p') || document.body).fontSize);
            for (const el of document.querySelectorAll('article tr, article .plan-svg')) {
              const style = getComputedStyle(el), height = el.getBoundingClientRect().height;
              if (style.breakInside !== 'avoid') found.push(`may be split: ${el.tagName} ${el.id}`);
              if (height > paper.height) found.push(`taller than a page (${Math.round(height)} px): ${el.tagName} ${el.closest('[id]').id}`);
            }
            for (const svg of document.querySelectorAll('article .plan-svg')) {
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              const smallest = Math.min(...[...svg.querySelectorAll('text')].map(t => parseFloat(t.getAttribute('font-size'))));
              if (smallest * scale < 0.7 * body) found.push(`${svg.closest('figure').id}: text prints at ${Math.round(100 * smallest * scale / body)} % of the body's size`);
            }
            return found;""", PAPER)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert findings == [], "\n".join(findings)
