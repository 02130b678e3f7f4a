"""The deliverables the data renumbers (4.2.3.1 and 4.2.4.1, numbered 4.2.4.1
and 4.2.5.1 in the approved plan): wherever one appears by its number, its
approved number is given with it, as section 10 gives it: the history page,
the organizations' pages, the progress page, the feed and the open data.
Renderers are called directly, with a report that names them; the built
site is read as a reader gets it."""
from __future__ import annotations

import csv
import io
import re
from xml.etree import ElementTree

import markdown
import pytest
from bs4 import BeautifulSoup

from macros.data.progress import read_progress
from macros.language.labels import LANGUAGES, label
from macros.render import dashboard, feed, guide, opendata, progress_views, tables

from tests.conftest import deliverables
from tests.data.test_progress_data import TODAY

LANGS = pytest.mark.parametrize("lang", LANGUAGES)
REPORT = """reports:
  - as_of: 2023-03-31
    deliverables:
      - {id: "4.2.3.1", status: limited, progress: {fr: "Commencé.", en: "Started."}}
      - {id: "4.2.4.1", status: not-started}
      - {id: "1.1.1.1", status: complete, progress: {fr: "Fait.", en: "Done."}}
"""


@pytest.fixture(scope="module")
def reported(plan):
    """The plan with a report on both renumbered deliverables."""
    return read_progress(REPORT, plan, today=TODAY)


def renumbered(plan) -> dict:
    """Deliverable id -> its number in the approved plan, where they differ."""
    found = {d["id"]: d["source_id"] for d in deliverables(plan) if "source_id" in d}
    assert found == {"4.2.3.1": "4.2.4.1", "4.2.4.1": "4.2.5.1"}
    return found


def parse(html: str) -> BeautifulSoup:
    return BeautifulSoup(markdown.markdown(html, extensions=["attr_list"]) if html.lstrip().startswith("#") else html,
                         "html.parser")


def unnoted(html: str, plan, lang: str) -> list[str]:
    """Each place of `html` that names a renumbered deliverable by its number
    (a heading, cell, link or list item starting with it) without its
    approved number."""
    soup = parse(html)
    missing = []
    for ident, approved in renumbered(plan).items():
        note = label(lang, "source_number", id=approved)
        for element in soup.find_all(["h2", "h3", "h4", "th", "td", "a", "li"]):
            words = " ".join(element.get_text(" ").split())
            if re.match(rf"{re.escape(ident)}(\s|$)", words) and note not in words:
                missing.append(f"« {words[:90]} » lacks « ({note}) »")
    return missing


def places(html: str, plan) -> int:
    """How many places name a renumbered deliverable by its number (so that
    a view that no longer shows them does not pass for a noted one)."""
    text = " ".join(parse(html).get_text(" ").split())
    return sum(text.count(f"{ident} ") for ident in renumbered(plan))


@LANGS
def test_the_history_page_gives_the_approved_number(reported, lang):
    html = progress_views.history_sections(reported, lang)
    assert places(html, reported) >= 2 and unnoted(html, reported, lang) == []


@LANGS
def test_the_organizations_pages_give_the_approved_number(plan, lang):
    html = guide.organization_views(plan, lang, here_url=f"{lang}/guide-organizations/")
    assert places(html, plan) >= 4 and unnoted(html, plan, lang) == []


@LANGS
def test_the_progress_page_gives_the_approved_number(plan, reported, lang):
    for with_reports in (plan, reported):  # the schedule before any report; the lists by status after
        html = dashboard.dashboard(with_reports, lang, here_url=f"{lang}/progress/")
        assert places(html, plan) >= 2 and unnoted(html, plan, lang) == []


@LANGS
def test_section_10_gives_the_approved_number(plan, lang):
    html = "".join(tables.activity_table(plan, c["id"], lang) for o in plan["objectives"] for c in o["commitments"])
    assert places(html, plan) >= 2 and unnoted(html, plan, lang) == []


@LANGS
def test_the_feed_gives_the_approved_number(reported, lang):
    atom = ElementTree.fromstring(feed.atom_feed(reported, lang, "https://example.gc.ca/"))
    entries = "".join(content.text for content in atom.iter(f"{{{feed.ATOM}}}content"))  # each entry's HTML
    assert places(entries, reported) >= 2 and unnoted(entries, reported, lang) == []


@LANGS
def test_every_open_data_table_that_names_a_deliverable_gives_its_approved_number(reported, lang):
    """The deliverables, their organizations, their schedule and the
    progress reports: a column gives the approved plan's number where the
    data renumbered it (and the deliverables file, the activity's)."""
    approved = renumbered(reported)
    activities = {a["id"]: a.get("source_id", "") for o in reported["objectives"] for c in o["commitments"]
                  for a in c["activities"]}
    names = {f.id: f.column(lang) for table in opendata.TABLES.values() for f in table.fields}

    def read(table):
        return list(csv.DictReader(io.StringIO(opendata.package.csv_bytes(reported, table, lang).decode("utf-8"))))
    for table in ("deliverables", "deliverable_organizations", "schedule", "progress"):
        rows = read(table)
        assert rows and names["approved_plan_number"] in rows[0], table
        for row in rows:
            assert row[names["approved_plan_number"]] == approved.get(row[names["deliverable_id"]], ""), (table, row)
    for row in read("deliverables"):
        assert row[names["approved_plan_activity_number"]] == activities[row[names["activity_id"]]], row
    assert {"4.2.4", "4.2.5"} <= set(activities.values())


def test_the_built_pages_and_files_give_the_approved_number(built, plan):
    site, _ = built
    for lang in LANGUAGES:
        for page in ("progress-history", "guide-organizations", "progress", "section-10"):
            html = (site / lang / page / "index.html").read_text(encoding="utf-8")
            article = str(BeautifulSoup(html, "html.parser").find("article"))
            assert places(article, plan) >= 2 and unnoted(article, plan, lang) == [], f"docs/{lang}/{page}.md"
    names = {"fr": "numero_plan_approuve", "en": "approved_plan_number"}
    for lang in LANGUAGES:
        for table in ("deliverables", "deliverable_organizations", "schedule", "progress"):
            header = (site / "data" / opendata.file_name(table, lang)).read_text(encoding="utf-8").split("\n", 1)[0]
            assert names[lang] in header.split(","), (table, lang)
