"""What a page asks the server for, in Chromium, on the site built for and
served under its project path with SITE_URL set, as the deploy builds it:
no request that answers 404 (Material looked for sitemap.xml beside every
<link rel=alternate>), no request to another host (the hreflang links are
absolute, on SITE_URL's host), the search index only once search is
opened; every page within a byte budget, as GitHub Pages serves it
(gzip); the hreflang links absolute with SITE_URL, relative without; and
every page with the Government of Canada's Dublin Core metadata and a
description of its own."""
from __future__ import annotations

import gzip
import json
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from macros.language.labels import label
from macros.language.languages import language
from tests.browser.browser import CHROMEDRIVER, CHROMIUM, chromium, require
from tests.browser.test_gates import PAGES
from tests.conftest import SITE_URL, SUB_PATH

THEMED = [p for p in PAGES if p.startswith(("fr/", "en/"))]


@pytest.fixture(scope="module", params=[1280, 375], ids=["desktop", "375px"])
def browser(request):
    require(CHROMIUM, CHROMEDRIVER)
    driver = chromium(width=request.param)
    yield driver
    driver.quit()


def responses(driver) -> list[tuple[str, int]]:
    """(address, status) of every response since the last call, and of
    every request that failed without one."""
    found, requested = [], {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent":
            requested[params["requestId"]] = params["request"]["url"]
        elif message["method"] == "Network.responseReceived":
            found.append((params["response"]["url"], params["response"]["status"]))
            requested.pop(params["requestId"], None)
        elif message["method"] == "Network.loadingFailed" and not params.get("canceled"):
            found.append((requested.pop(params["requestId"], "?"), 0))
    return found


def settled(driver) -> None:
    """The page loaded and what its scripts ask for at load asked."""
    driver.execute_async_script("const done = arguments[arguments.length - 1];"
                                "requestIdleCallback(() => setTimeout(done, 300), {timeout: 3000});")


@pytest.mark.parametrize("path", PAGES)
def test_no_request_answers_an_error_or_goes_to_another_host(browser, site_url, path):
    browser.get_log("performance")
    browser.get(site_url + path)
    settled(browser)
    seen = responses(browser)
    page = site_url + path
    errors = [(url, status) for url, status in seen
              if (status >= 400 or status == 0) and not (url == page and path.endswith("404.html"))
              and not url.startswith("data:")]
    assert errors == [], errors
    hosts = {urlsplit(url).hostname for url, _ in seen if url.startswith(("http:", "https:"))}
    assert hosts <= {"127.0.0.1"}, hosts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_search_index_is_asked_for_once_search_is_opened(browser, site_url, lang):
    """A page that is only read never downloads the search index nor
    Material's search worker; opening search fetches them, and search works."""
    from selenium.webdriver.support.ui import WebDriverWait
    browser.get_log("performance")
    browser.get(f"{site_url}{lang}/section-03/")
    settled(browser)
    loaded = [url for url, _ in responses(browser)]
    assert not [url for url in loaded if "search_index" in url or "/workers/search." in url], loaded
    browser.execute_script("document.querySelector('[data-site-toggle=search]').click()"
                           if browser.execute_script("return innerWidth") < 960 else
                           "document.querySelector('.md-search__input').focus()")
    field = browser.find_element("css selector", "input.md-search__input")
    field.send_keys("information")
    WebDriverWait(browser, 20).until(lambda d: d.find_elements("css selector", ".md-search-result__item"))
    assert any(url.endswith(f"/{lang}/search/search_index.json") for url, _ in responses(browser))


# Bytes sent (gzip, as GitHub Pages sends them) for a page and what it loads
# before a reader does anything: its HTML, stylesheets, scripts and the
# fonts it preloads. The one-page plan holds the thirteen sections.
BUDGET_KB = {"plan": 250, "other": 190}
HTML_BUDGET_KB = {"plan": 60, "other": 30}


def _gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 6))


def test_every_page_keeps_within_its_byte_budget(built):
    from bs4 import BeautifulSoup
    site, _ = built
    over = []
    for page in sorted(site.glob("*/**/index.html")) + sorted(site.glob("*/index.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        if not soup.select("article"):
            continue
        loads = {(page.parent / (e.get("href") or e.get("src"))).resolve()
                 for e in soup.select("link[rel=stylesheet], link[rel=preload], script[src]")}
        kind = "plan" if page.parent.name == "plan" else "other"
        html, total = _gzipped(page) / 1024, (_gzipped(page) + sum(_gzipped(p) for p in loads if p.is_file())) / 1024
        if html > HTML_BUDGET_KB[kind] or total > BUDGET_KB[kind]:
            over.append(f"{page.relative_to(site)}: HTML {html:.0f} KB (budget {HTML_BUDGET_KB[kind]}), "
                        f"with what it loads {total:.0f} KB (budget {BUDGET_KB[kind]})")
    assert over == [], "\n".join(over)


def test_hreflang_links_are_absolute_with_site_url(built):
    """Built with SITE_URL (as the deploy builds it): every page's hreflang
    alternates are absolute addresses on SITE_URL, of pages that exist."""
    from bs4 import BeautifulSoup
    site, _ = built
    for page in sorted(site.rglob("index.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select("link[rel=alternate][hreflang]"):
            href = link["href"]
            assert href.startswith(SITE_URL), (page.relative_to(site), href)
            assert (site / href[len(SITE_URL):] / "index.html").exists(), href


def test_hreflang_links_are_relative_without_site_url(tmp_path):
    """A preview, built without SITE_URL, keeps them relative: served
    anywhere, they point within it."""
    import os
    import subprocess
    import sys
    from bs4 import BeautifulSoup
    from tests.conftest import ROOT
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                            cwd=ROOT, env=dict(env, NO_MKDOCS_2_WARNING="1"), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    page = tmp_path / "site" / "en" / "section-10" / "index.html"
    hrefs = [link["href"] for link in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
             .select("link[rel=alternate][hreflang]")]
    assert sorted(hrefs) == ["../../fr/section-10/", "./"], hrefs


DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_has_dublin_core_metadata_and_a_description_of_its_own(built, lang):
    """The Government of Canada's mandatory metadata (dcterms.title,
    creator, issued, modified, language, subject) and a description of the
    page itself, each page's its own, from its text."""
    from bs4 import BeautifulSoup
    site, _ = built
    descriptions = {}
    for page in sorted((site / lang).rglob("index.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        meta = {m["name"]: m["content"] for m in soup.select("meta[name]")}
        where = page.relative_to(site).as_posix()
        assert meta.get("dcterms.title") == soup.title.get_text(), where
        assert meta.get("dcterms.creator") == label(lang, "psc"), where
        assert DATE.fullmatch(meta.get("dcterms.issued", "")) and DATE.fullmatch(meta.get("dcterms.modified", "")), where
        assert meta["dcterms.issued"] <= meta["dcterms.modified"], where
        assert meta.get("dcterms.language") == language(lang).iso639_2, where
        assert meta.get("dcterms.subject") == label(lang, "dc_subjects"), where
        description = meta.get("description", "")
        assert 40 <= len(description) <= 200, (where, description)
        assert description not in descriptions, f"{where} and {descriptions.get(description)} share a description"
        descriptions[description] = where
        # Its own words: the description begins the page's text.
        article = " ".join(soup.find("article").get_text(" ").split())
        assert description.rstrip("…")[:60] in article.replace(" ,", ",").replace(" .", "."), (where, description)


def test_the_root_page_has_dublin_core_metadata_in_both_languages(built):
    from bs4 import BeautifulSoup
    site, _ = built
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    meta = {m["name"]: m["content"] for m in soup.select("meta[name]")}
    assert meta["dcterms.language"] == "fra;eng" and meta["dcterms.title"] == soup.title.get_text()
    assert all(label(lang, "psc") in meta["dcterms.creator"] for lang in ("fr", "en"))
    assert DATE.fullmatch(meta["dcterms.issued"]) and DATE.fullmatch(meta["dcterms.modified"]) and meta["description"]
