"""What the theme's templates print is escaped: hostile data in the plan's
title reaches the pages as text, and the "Report a problem" address is an
https: or mailto: one, carrying the page's title and address."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from macros.site.report_problem import address_problem, report_link

from tests.conftest import DATA_TEXT, SITE_URL, mkdocs_build, project_copy

HOSTILE_SHORT = "OGIP</title><script>alert(1)</script>"
HOSTILE_TITLE = '<img src=x onerror="alert(2)">Plan'
FORM = "https://github.com/psc/opengov/issues/new?template=report-a-problem.yml"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    project = project_copy(root / "project")
    title = 'en: "Public Service Commission of Canada Open Government Implementation Plan: Objectives and Commitments for 2022 to 2024"'
    text = DATA_TEXT.replace('en: "OGIP 2022-2024"', f"en: '{HOSTILE_SHORT}'", 1).replace(title, f"en: '{HOSTILE_TITLE}'", 1)
    assert HOSTILE_SHORT in text and HOSTILE_TITLE in text
    (project / "data" / "plan.yml").write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("REPORT_PROBLEM_URL", FORM)
        result = mkdocs_build(project, root / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    return root / "site"


def english_pages(site):
    for path in sorted((site / "en").rglob("index.html")):
        yield path, BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_hostile_titles_reach_every_page_as_text(hostile_site):
    pages = list(english_pages(hostile_site))
    assert len(pages) > 20
    for path, html in pages:
        assert html.title.get_text().startswith(HOSTILE_SHORT), path
        assert not [s for s in html.find_all("script") if "alert" in s.get_text()], path
        assert not html.find_all(attrs={"onerror": True}), path
        assert "<script>alert(1)" not in path.read_text(encoding="utf-8"), path


def test_the_print_header_shows_the_hostile_title_as_text(hostile_site):
    html = BeautifulSoup((hostile_site / "en" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert html.select_one(".print-header p").get_text() == HOSTILE_TITLE


def test_report_link_carries_the_pages_title_and_address(hostile_site):
    html = BeautifulSoup((hostile_site / "en" / "section-01" / "index.html").read_text(encoding="utf-8"), "html.parser")
    href = html.select_one("a.report-problem")["href"]
    assert href.startswith(FORM + "&")
    query = parse_qs(urlsplit(href).query)
    assert query["template"] == ["report-a-problem.yml"]
    assert query["page"] == [f"{SITE_URL}en/section-01/"]
    assert query["title"] == [html.title.get_text()]


@pytest.mark.parametrize("url", ['https://x/" onmouseover="alert(1)', "javascript:alert(1)", "JAVASCRIPT:alert(1)",
                                 "data:text/html,x", "http://example.org/", "https:///path", "", "//example.org/x",
                                 "mailto:a@b.ca?subject=<x>"])
def test_only_https_and_mailto_report_addresses(url):
    assert address_problem(url).startswith("REPORT_PROBLEM_URL (extra.report_problem_url in mkdocs.yml) is ")


def test_a_french_writer_is_told_in_french(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    assert address_problem("javascript:alert(1)") == (
        "REPORT_PROBLEM_URL (extra.report_problem_url dans mkdocs.yml) vaut 'javascript:alert(1)'; il faut l’adresse "
        "qui reçoit les signalements des lecteurs, `https://hôte/…` (le formulaire de billets du dépôt) ou `mailto:…`, "
        "sans espace, guillemet ni < >")


def test_good_report_addresses():
    assert address_problem(FORM) is None
    assert address_problem("mailto:?subject=Gouvernement%20ouvert") is None
    link = report_link("mailto:?subject=x", "Title: a & b", "https://e.ca/en/")
    assert link == "mailto:?subject=x&body=Title%3A%20a%20%26%20b%0Ahttps%3A%2F%2Fe.ca%2Fen%2F%0A%0A"


def test_a_hostile_report_address_stops_the_build(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORT_PROBLEM_URL", 'https://x/" onmouseover="alert(1)')
    result = mkdocs_build(project_copy(tmp_path / "project"), tmp_path / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert ("REPORT_PROBLEM_URL (extra.report_problem_url in mkdocs.yml) is 'https://x/\" onmouseover=\"alert(1)'; "
            "expected the address that receives the readers' reports") in result.stderr
