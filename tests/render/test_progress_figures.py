"""Progress in the figures and the maturity tables, drawn without MkDocs
from the fixture's reports (expectations computed from the fixture)."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from macros.render import svg, tables
from macros.render.figures import gaps
from macros.render.figures import timeline as figure_7
from macros.language.languages import LANGUAGES
from macros.data.progress import read_progress

from tests.data.test_progress_data import FIXTURE_TEXT, TODAY, expected_status, fixture_reports

NS = {"svg": "http://www.w3.org/2000/svg"}
LANGS = pytest.mark.parametrize("lang", LANGUAGES)


@pytest.fixture(scope="module")
def reported(plan):
    return read_progress(FIXTURE_TEXT, plan, today=TODAY)


def drawings(markup: str) -> ET.Element:
    """A figure drawn in parts (one <svg> per objective or category), as one tree."""
    return ET.fromstring(f"<figure>{markup}</figure>")


def timeline(plan, lang) -> ET.Element:
    return drawings(figure_7.timeline_svg(plan, lang, "t", "title"))


def latest_assessments() -> dict:
    levels = {}
    for report in sorted(fixture_reports(), key=lambda r: r["as_of"]):
        for assessment in report.get("maturity", []):
            levels[assessment["indicator"]] = (int(assessment["level"]), report["as_of"])
    return levels


@LANGS
def test_the_timeline_shows_the_latest_report_statuses_and_revised_ends(plan, reported, lang):
    root = timeline(reported, lang)
    report_lines = root.findall(".//svg:line[@stroke-dasharray='8 4']", NS)
    assert len(report_lines) == len(plan["objectives"]) + 1  # across each objective's drawing, and in the legend
    legend = " ".join(" ".join(t.itertext()) for t in root.iter(f"{{{NS['svg']}}}text"))
    assert {"fr": "31\u00a0mars 2024", "en": "March 31, 2024"}[lang] in legend
    statuses = [expected_status(d["id"]) for o in plan["objectives"] for c in o["commitments"]
                for a in c["activities"] for d in a["deliverables"]]
    full = root.findall(f".//svg:circle[@fill='{svg.NAVY}']", NS)
    assert len(full) == statuses.count("complete") + 1  # and the legend's
    crosses = len(root.findall(".//svg:line[@stroke-width='2']", NS)) - len(timeline(plan, lang).findall(".//svg:line[@stroke-width='2']", NS))
    assert crosses == 2 * (statuses.count("withdrawn") + 1)
    revised = {e["id"] for r in fixture_reports() for e in r["deliverables"] if "revised_end" in e}
    assert len(root.findall(".//svg:rect[@stroke-dasharray='4 3']", NS)) == len(revised) + 1


@LANGS
def test_without_a_report_the_timeline_shows_no_progress(plan, lang):
    root = timeline(plan, lang)
    assert root.findall(".//svg:line[@stroke-dasharray='8 4']", NS) == []
    assert root.findall(".//svg:rect[@stroke-dasharray='4 3']", NS) == []


@LANGS
def test_maturity_tables_and_figure_6_show_the_latest_level(plan, reported, lang):
    latest = latest_assessments()
    for category in plan["maturity"]["categories"]:
        table = BeautifulSoup(tables.maturity_table(reported, category["id"], lang), "html.parser").table
        assert len(table.thead.find_all("th")) == 5
        for row, indicator in zip(table.tbody.find_all("tr"), category["indicators"]):
            baseline, newest, desired = (td.get_text() for td in row.find_all("td")[:3])
            assert baseline.startswith(str(indicator["self_assessed"])) and desired.startswith(str(indicator["desired"]))
            if indicator["id"] in latest:
                assert newest.startswith(str(latest[indicator["id"]][0]))
            else:
                assert newest == {"fr": "Aucune nouvelle évaluation", "en": "No new assessment"}[lang]
        plain = BeautifulSoup(tables.maturity_table(plan, category["id"], lang), "html.parser").table
        assert len(plain.thead.find_all("th")) == 4  # no report, no column
    squares = drawings(gaps.gaps_svg(reported, lang, "g", "title")).findall(".//svg:rect[@stroke-width='2.5']", NS)
    assert len(squares) == len(latest) + 1  # and the legend's
    assert drawings(gaps.gaps_svg(plan, lang, "g", "title")).findall(".//svg:rect[@stroke-width='2.5']", NS) == []
