"""The built site, as a reader gets it: one strict build of both languages,
served under a sub-path as on GitHub Pages."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.language.languages import LANGUAGES

from tests.conftest import ROOT, SITE_URL, SUB_PATH, broken, deliverables, mkdocs_build, project_copy

YEAR = re.compile(r"\b20[0-9]{2}\b")


def page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def seen(element) -> str:
    """The text of an element without the acronyms' names the site spells out."""
    element = copy.copy(element)
    for hidden in element.select(".expansion"):
        hidden.decompose()
    return element.get_text()


def pages(site: Path, lang: str) -> set[str]:
    return {p.relative_to(site / lang).as_posix() for p in (site / lang).rglob("*.html")}


def test_strict_build_has_no_warning(built):
    _, result = built
    assert "WARNING" not in result.stderr, result.stderr


def test_french_and_english_pages_mirror_each_other(built):
    site, _ = built
    assert pages(site, "fr") == pages(site, "en")
    sources = {lang: {p.relative_to(ROOT / "docs" / lang).as_posix() for p in (ROOT / "docs" / lang).rglob("*.md")}
               for lang in LANGUAGES}
    assert sources["fr"] == sources["en"]
    assert len(pages(site, "fr")) == len(sources["fr"])


def test_every_page_declares_its_language_and_toggles_to_its_twin(built):
    site, _ = built
    for lang in LANGUAGES:
        other = next(code for code in LANGUAGES if code != lang)
        for path in pages(site, lang):
            html = page(site, f"{lang}/{path}")
            assert html.html["lang"] == lang, path
            toggle = html.select_one("a.language-toggle__link")
            assert toggle is not None, path
            assert toggle["lang"] == other
            target = (site / lang / path).parent / toggle["href"]
            assert (target / "index.html").resolve() == (site / other / path).resolve(), (path, toggle["href"])


def test_links_never_assume_the_domain_root(built):
    site, _ = built
    for lang in LANGUAGES:
        for path in pages(site, lang):
            html = page(site, f"{lang}/{path}")
            for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
                for element in html.find_all(tag):
                    value = element.get(attr) or ""
                    assert not value.startswith("/") or value.startswith(SUB_PATH), (path, value)


def test_no_request_to_a_third_party(built):
    site, _ = built
    for html_file in site.rglob("*.html"):
        html = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for element in html.find_all(["link", "script", "img", "iframe"]):
            address = element.get("href") or element.get("src") or ""
            assert not address.startswith(("http:", "https:", "//")) or address.startswith("https://example.github.io"), (html_file, address)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_all_deliverables_with_leads_and_dates_are_on_section_10(built, plan, lang):
    site, _ = built
    html = page(site, f"{lang}/section-10/index.html")
    rows = html.select('table.activities tbody th[scope="row"]')
    assert [row.get_text().split()[0] for row in rows] == [d["id"] for d in deliverables(plan)]
    for row in rows:
        lead, support, start, end, status = (td.get_text(strip=True) for td in row.parent.find_all("td"))
        assert lead and support and YEAR.search(start) and YEAR.search(end)
        assert status == {"fr": "Aucun rapport", "en": "Not reported"}[lang]  # the shipped site has no report
    assert len(html.select("table.activities caption")) == 8


@pytest.mark.parametrize("lang", LANGUAGES)
def test_all_indicators_with_both_levels_are_on_section_5(built, plan, lang):
    site, _ = built
    html = page(site, f"{lang}/section-05/index.html")
    rows = html.select("table.maturity tbody tr")
    indicators = [i for c in plan["maturity"]["categories"] for i in c["indicators"]]
    assert len(rows) == len(indicators) == 24
    for row, indicator in zip(rows, indicators):
        assert indicator["name"][lang] in seen(row.th)
        self_assessed, desired = (td.get_text() for td in row.find_all("td")[:2])
        assert self_assessed.startswith(str(indicator["self_assessed"]))
        assert desired.startswith(str(indicator["desired"]))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_risks_roles_and_acronyms_pages(built, plan, lang):
    site, _ = built
    assert len(page(site, f"{lang}/section-09/index.html").select("table.risks tbody > tr")) == len(plan["risks"])
    assert len(page(site, f"{lang}/section-a/index.html").select("table.roles")) == len(plan["roles"])
    acronyms = page(site, f"{lang}/section-b/index.html").select("table.acronyms tbody tr")
    assert len(acronyms) == sum("acronym" in o for o in plan["organizations"])


def test_root_offers_both_languages(built):
    site, _ = built
    html = page(site, "index.html")
    links = {a["href"]: a.find_parent("section")["lang"] for a in html.select("section a")}
    assert links == {"fr/": "fr", "en/": "en"}
    for lang in LANGUAGES:
        assert (site / lang / "index.html").exists()


def test_404_works_in_both_languages_from_any_address(built):
    site, _ = built
    html = page(site, "404.html")
    sections = {s["lang"]: s for s in html.select("section[lang]")}
    assert set(sections) == set(LANGUAGES)
    for lang, section in sections.items():
        assert section.a["href"] == f"{SUB_PATH}{lang}/"
    assert html.find("link", rel="stylesheet")["href"].startswith(SUB_PATH)


def test_bad_data_stops_the_build_with_the_writers_message(tmp_path):
    project = project_copy(tmp_path / "project")
    text, line = broken("end: 2022-08}", "end: 2022-13}")
    (project / "data" / "plan.yml").write_text(text.replace("supports: [cas, learning]", "supports: [cas, lerning]", 1),
                                               encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "2 problems in the plan's data" in result.stderr
    assert f"data/plan.yml:{line}: objectives[0].commitments[0].activities[0].deliverables[0].schedule[0].end: '2022-13' is not a month (YYYY-MM)" in result.stderr
    assert "unknown organization key 'lerning' (did you mean 'learning'?)" in result.stderr
    assert not (tmp_path / "site").exists() or not any((tmp_path / "site").iterdir())


def all_pages(site: Path):
    for lang in LANGUAGES:
        for path in sorted(pages(site, lang)):
            yield f"{lang}/{path}", page(site, f"{lang}/{path}")


def test_one_h1_and_no_skipped_heading_level(built):
    site, _ = built
    for path, html in all_pages(site):
        article = html.find("article")
        levels = [int(h.name[1]) for h in article.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
        assert levels.count(1) == 1 and levels[0] == 1, (path, levels)
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, (path, levels)


def test_titles_are_unique_short_and_share_the_plans_prefix(built, plan):
    site, _ = built
    for lang in LANGUAGES:
        titles = [html.title.get_text() for path, html in all_pages(site) if path.startswith(f"{lang}/")]
        assert len(set(titles)) == len(titles)
        prefix = plan["plan"]["short_title"][lang]
        for title in titles:
            assert title.startswith(prefix) and len(title) <= 60, title


def test_internal_links_and_anchors_resolve(built, tmp_path):
    """Every link inside the site reaches a file and, if it names one, an
    anchor of that file; links to other sites are listed in a report."""
    site, _ = built
    ids: dict = {}
    external = set()
    for html_file in site.rglob("*.html"):
        html = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        ids[html_file] = {element["id"] for element in html.find_all(id=True)}
    for html_file in site.rglob("*.html"):
        if html_file.name == "404.html":
            continue  # absolute links, checked by test_404_works_in_both_languages_from_any_address
        html = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for element in html.find_all(["a", "link", "script", "img"]):
            address = element.get("href") or element.get("src")
            if not address or address.startswith(("mailto:", "data:")):
                continue
            if address.startswith(SITE_URL):  # the page's own canonical address
                address = SUB_PATH + address[len(SITE_URL):]
            if address.startswith(("http:", "https:")):
                external.add(address)
                continue
            target_path, _, anchor = address.partition("#")
            if target_path.startswith(SUB_PATH):
                target = site / target_path[len(SUB_PATH):]
            else:
                target = (html_file.parent / target_path).resolve() if target_path else html_file
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), (html_file.relative_to(site), address)
            if anchor:
                assert anchor in ids[target], (html_file.relative_to(site), address)
    report = ROOT / "build" / "external-links.txt"
    report.parent.mkdir(exist_ok=True)
    report.write_text("\n".join(sorted(external)) + "\n", encoding="utf-8")
    assert all(address.startswith("https://") for address in external), sorted(external)


def test_language_toggle_is_named_in_its_own_language(built):
    site, _ = built
    for path, html in all_pages(site):
        toggle = html.select_one("a.language-toggle__link")
        assert (toggle["lang"], toggle.get_text(strip=True)) in {("fr", "Français"), ("en", "English")}, path


def test_each_language_has_its_own_search_index(built):
    """One index per language, whose word separator splits French apostrophes
    (« l’information » is found by "information")."""
    import json
    site, _ = built
    for lang in LANGUAGES:
        index = json.loads((site / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["config"]["lang"] == [lang]
        assert index["docs"] and not any(doc["location"].startswith(("fr/", "en/")) for doc in index["docs"])
        separator = re.compile(index["config"]["separator"])
        assert "information" in separator.split("l’information") and "information" in separator.split("l'information")
    french = (site / "fr" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "l’information" in french
