"""Gates that look at each page as a reader meets it, in Debian's Chromium,
on the site built for and served under a project sub-path: on a phone (320
and 375 px) and a desktop (1280 px), to a screen reader (the accessibility
tree) and by keyboard. The checks themselves are in tests/reader.js; each
page is loaded once per width and checked for every gate at once."""
from __future__ import annotations

import json
import re

import pytest

from .browser import CHROMEDRIVER, CHROMIUM, chromium, require, serve
from .test_gates import PAGES

READER_JS = (__import__("pathlib").Path(__file__).parent / "reader.js").read_text(encoding="utf-8")
WIDTHS = [320, 375, 1280]
# Roles the accessibility tree gives an element that has no role of its own.
NO_ROLE = {"generic", "LabelText", "StaticText", "none", "paragraph", "Section"}
# "Name (ACR (Name))": an expansion spelled out right after its own name.
DOUBLED = re.compile(r"([\w’'][\w’' -]{3,}) \((\w+) \(\1\)\)")


@pytest.fixture(scope="module")
def served(built, tmp_path_factory):
    site, _ = built
    server, url = serve(site, tmp_path_factory.mktemp("www-reader"))
    yield url
    server.shutdown()


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
    links = {n["name"]["value"] for n in nodes if n.get("role", {}).get("value") == "link" and n.get("name", {}).get("value")}
    found = []
    for node in nodes:
        if node.get("ignored"):
            continue
        role, name = node.get("role", {}).get("value"), " ".join(str(node.get("name", {}).get("value", "")).split())
        focusable = any(p["name"] == "focusable" and p["value"]["value"] for p in node.get("properties", []))
        if role in ("dialog", "region") and not name:
            found.append(f"{role} without a name")
        if role in ("dialog", "region") and any(link in name for link in links):
            found.append(f"{role} named with the text of a link: {name!r}")
        if DOUBLED.search(name):
            found.append(f"{role} named with an expansion twice: {name!r}")
        if focusable and role in NO_ROLE:
            found.append(f"focusable {role} without a role: {name[:60]!r}")
    return found


@pytest.mark.parametrize("path", PAGES)
def test_page_as_a_reader_meets_it(reader, served, path):
    """No markup shown as text; at 320 and 375 px nothing wider than the
    screen, captions and headings readable in their scroll region, no word
    broken; at 1280 px figures fit their column, labels clear of lines;
    nothing read twice; every Tab stop on screen and clear of the sticky
    header; only regions that scroll take the focus; dialogs, regions and
    toggles named once."""
    driver, width = reader
    driver.get(served + path)
    driver.execute_script(READER_JS)
    findings = driver.execute_script("return readerFindings(arguments[0])", width)
    findings["names"] = accessibility_findings(driver)
    findings = {gate: found for gate, found in findings.items() if found}
    assert findings == {}, json.dumps(findings, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_search_results_show_no_markup_and_no_spelled_out_acronym(built, lang):
    """What a search result shows: its title without an expansion after an
    acronym, its snippet without HTML tags printed as text."""
    from macros.acronyms import glossary
    from macros.plan import load
    from .conftest import ROOT
    site, _ = built
    entries = glossary(load(ROOT / "data" / "plan.yml", "data/plan.yml"), lang)
    docs = json.loads((site / lang / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    spelled = [f"{doc['location']}: {doc['title']}" for doc in docs
               if any(f"{acronym} ({name})" in doc["title"] for acronym, name in entries.items())]
    markup = [doc["location"] for doc in docs if "&lt;" in doc["text"] or re.search(r"&lt;/?[a-z]", doc["text"])]
    assert spelled == [] and markup == [], (spelled[:10], markup[:10])
