"""What a reader gets of the progress reports, in both languages: the site
built with the fixture's reports, and the shipped site, which has none.
Every expectation is computed from the fixture here, not by the site's code."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from macros.language.languages import LANGUAGES
from macros.language.typography import typeset

from tests.browser.browser import AXE, CHROMEDRIVER, CHROMIUM, VNU, chromium, require, serve
from tests.browser.test_reader import READER_JS
from tests.conftest import SITE_URL, deliverables, mkdocs_build, project_copy
from tests.data.test_progress_data import FIXTURE, FIXTURE_TEXT, expected_status, fixture_reports

# The tracker's own words (open.canada.ca), and "not reported" before any report.
WORDS = {
    "not-reported": {"fr": "Aucun rapport", "en": "Not reported"},
    "not-started": {"fr": "Non commencé", "en": "Not started"},
    "limited": {"fr": "Progrès limité", "en": "Limited progress"},
    "substantial": {"fr": "Progrès important", "en": "Substantial progress"},
    "complete": {"fr": "Réalisé", "en": "Complete"},
    "withdrawn": {"fr": "Retiré", "en": "Withdrawn"},
}
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def reported_site(tmp_path_factory):
    """The site built with the fixture's reports."""
    project = project_copy(tmp_path_factory.mktemp("reported") / "project")
    shutil.copy(FIXTURE, project / "data" / "progress.yml")
    site = project.parent / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


def page(site, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def status_of_row(row) -> str:
    return row.select_one(".status").get_text()


def anchor(deliverable_id: str) -> str:
    return "deliverable-" + deliverable_id.replace(".", "-")


def latest_as_of() -> str:
    return max(r["as_of"] for r in fixture_reports())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_section_10_and_the_one_page_plan_show_each_status_linked_to_its_history(reported_site, plan, lang):
    history = page(reported_site, f"{lang}/progress-history/index.html")
    for path in (f"{lang}/section-10/index.html", f"{lang}/plan/index.html"):
        rows = page(reported_site, path).select('table.activities tbody th[scope="row"]')
        assert len(rows) == len(deliverables(plan))
        for row, deliverable in zip(rows, deliverables(plan)):
            status = expected_status(deliverable["id"])
            assert status_of_row(row.parent) == WORDS[status][lang], (path, deliverable["id"])
            link = row.parent.select_one(".status").parent
            assert link["href"].endswith(f"progress-history/#{anchor(deliverable['id'])}")
            assert history.find(id=anchor(deliverable["id"])) is not None
            as_of = row.parent.select_one(".as-of")
            assert (as_of is not None) == (status != "not-reported")
    row = page(reported_site, f"{lang}/section-10/index.html").find("th", string=lambda s: s and s.startswith("1.1.1.1"))
    assert {"fr": "au 31\u00a0mars 2023", "en": "as of March 31, 2023"}[lang] in row.parent.get_text()
    revised = page(reported_site, f"{lang}/section-10/index.html").find("th", string=lambda s: s and s.startswith("3.1.1.1"))
    assert {"fr": "juin 2024", "en": "June 2024"}[lang] in revised.parent.select_one(".revised-end").get_text()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_organizations_views_show_each_status(reported_site, lang):
    tables = page(reported_site, f"{lang}/guide-organizations/index.html").select("table.organization")
    checked = 0
    for table in tables:
        for row in table.select("tbody tr"):
            deliverable_id = row.th.get_text().split()[0]
            assert status_of_row(row) == WORDS[expected_status(deliverable_id)][lang]
            checked += 1
    assert checked > 59


def expected_counts(plan) -> dict:
    """(scope) -> {status: count}, from the fixture."""
    counts = {}
    for o in plan["objectives"]:
        for c in o["commitments"]:
            for a in c["activities"]:
                for d in a["deliverables"]:
                    for scope in ("plan", f"o{o['id']}", f"c{c['id']}"):
                        status = expected_status(d["id"])
                        counts.setdefault(scope, {}).setdefault(status, 0)
                        counts[scope][status] += 1
    return counts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_progress_page_counts_by_status_in_a_chart_and_its_table(reported_site, plan, lang):
    html = page(reported_site, f"{lang}/progress/index.html")
    svg = html.select_one("#figure-status-counts svg")
    assert svg["role"] == "img" and svg.title.get_text() and html.select_one("#figure-status-counts figcaption").get_text()
    table = html.find(id="status-counts")
    head = [th.get_text() for th in table.thead.find_all("th")][1:-1]
    statuses = [next(s for s, w in WORDS.items() if w[lang] == words) for words in head]
    rows = table.tbody.find_all("tr")
    scopes = ["plan"] + [s for o in plan["objectives"] for s in [f"o{o['id']}"] + [f"c{c['id']}" for c in o["commitments"]]]
    assert len(rows) == len(scopes)
    counts = expected_counts(plan)
    for row, scope in zip(rows, scopes):
        cells = [int(td.get_text()) for td in row.find_all("td")]
        assert dict(zip(statuses, cells[:-1])) == {s: counts[scope].get(s, 0) for s in statuses}, scope
        assert cells[-1] == sum(counts[scope].values())
    assert {"fr": "31\u00a0mars 2024", "en": "March 31, 2024"}[lang] in table.caption.get_text()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_progress_page_lists_what_was_due_and_is_not_complete(reported_site, plan, lang):
    revised = {}
    for report in sorted(fixture_reports(), key=lambda r: r["as_of"]):
        for entry in report["deliverables"]:
            if "revised_end" in entry:
                revised[entry["id"]] = entry["revised_end"]
    due = [d["id"] for d in deliverables(plan)
           if revised.get(d["id"], max(p["end"] for p in d["schedule"])) <= latest_as_of()[:7]
           and expected_status(d["id"]) not in ("complete", "withdrawn")]
    assert "1.1.2.1" in due and "1.1.1.1" not in due
    table = page(reported_site, f"{lang}/progress/index.html").find(id="due-not-complete")
    assert [row.th.get_text().split()[0] for row in table.tbody.find_all("tr")] == due


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_filters_work_without_javascript(reported_site, plan, lang):
    html = page(reported_site, f"{lang}/progress/index.html")
    for status, words in WORDS.items():
        link = html.select_one(f'.progress-filters a[href="#status-{status}"]')
        assert link and link.get_text().startswith(words[lang])
        section = html.find(id=f"status-{status}-list")
        listed = [row.th.get_text().split()[0] for row in section.tbody.find_all("tr")] if section else []
        assert listed == [d["id"] for d in deliverables(plan) if expected_status(d["id"]) == status]
    hrefs = [a["href"] for a in html.select(".progress-filters a")]
    assert all(any(h.endswith(f"section-10/#objective-{o['id']}") for h in hrefs) for o in plan["objectives"])
    assert any("guide-organizations/#org-ogs" in h for h in hrefs)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_the_progress_page_but_not_its_lists_of_deliverables(reported_site, plan, lang):
    """The lists repeat section 10's texts, which search already finds
    there; they are kept whole on the page, without the search marker."""
    index = json.loads((reported_site / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
    progress = [doc for doc in index["docs"] if doc["location"].startswith("progress/")]
    locations = {doc["location"].partition("#")[2] for doc in progress}
    assert {"status-counts-heading", "due-not-complete-heading", "filters"} <= locations
    lists = page(reported_site, f"{lang}/progress/index.html").select("div.table-scroll:has(> table.progress-list)")
    assert len(lists) >= 2 and all(table.select("tbody th") and not table.has_attr("data-search-exclude") for table in lists)
    numbered = [f"{d['id']} {d['text'][lang].split()[0]}" for d in deliverables(plan)]  # as a row begins
    searched = " ".join(doc["text"] for doc in progress)
    assert [row for row in numbered if row in searched] == []
    section_10 = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith("section-10/"))
    assert all(row in section_10 for row in numbered)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_deliverable_history_newest_first_with_its_evidence(reported_site, lang):
    html = page(reported_site, f"{lang}/progress-history/index.html")
    for deliverable_id in {e["id"] for r in fixture_reports() for e in r["deliverables"]}:
        heading = html.find(id=anchor(deliverable_id))
        reports = heading.find_next("ol", class_="history").find_all("li", class_="history-report")
        naming = sorted(((r["as_of"], e) for r in fixture_reports() for e in r["deliverables"] if e["id"] == deliverable_id),
                        key=lambda pair: pair[0], reverse=True)
        assert len(reports) == len(naming)
        for item, (_, entry) in zip(reports, naming):
            assert item.select_one(".status").get_text() == WORDS[entry["status"]][lang]
            for part in ("progress", "challenges"):  # as typed, French typography applied
                if part in entry:
                    assert typeset(entry[part][lang], lang) in item.get_text()
    evidence, own_page = html.find(id=anchor("1.1.1.1")).find_next("ol").find_all("a")[:2]
    assert evidence["href"] == "https://example.gc.ca/strategie?a=1&b=2"
    assert evidence.get_text() == {"fr": "Stratégie <2023>", "en": "Strategy <2023>"}[lang]  # escaped, shown as typed
    assert own_page["href"] == {"fr": "https://example.gc.ca/fr/rapport", "en": "https://example.gc.ca/en/report"}[lang]


def parse_feed(site, lang: str) -> ElementTree.Element:
    root = ElementTree.fromstring((site / lang / "progress.atom").read_bytes())
    assert root.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{tag}") is not None, tag
    assert root.find(f"{ATOM}author/{ATOM}name").text
    self_link = root.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == f"{SITE_URL}{lang}/progress.atom"
    for entry in root.findall(f"{ATOM}entry"):
        for tag in ("id", "title", "updated", "content"):
            assert entry.find(f"{ATOM}{tag}") is not None and entry.find(f"{ATOM}{tag}").text, tag
    return root


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_feed_has_one_entry_per_report_newest_first(reported_site, lang):
    entries = parse_feed(reported_site, lang).findall(f"{ATOM}entry")
    dates = sorted((r["as_of"] for r in fixture_reports()), reverse=True)
    assert [e.find(f"{ATOM}id").text.rsplit("#report-", 1)[1] for e in entries] == dates
    first = entries[0].find(f"{ATOM}content").text
    assert WORDS["complete"][lang] in first and "4.2.1.1" in first
    assert len({e.find(f"{ATOM}id").text for e in entries}) == len(entries)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_and_the_progress_page_link_to_the_feed(reported_site, lang):
    for html_file in sorted((reported_site / lang).rglob("index.html")):
        html = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        link = html.head.find("link", rel="alternate", type="application/atom+xml")
        assert link and (html_file.parent / link["href"]).resolve() == (reported_site / lang / "progress.atom").resolve(), html_file
    progress = page(reported_site, f"{lang}/progress/index.html")
    assert progress.select_one('.progress-links a[type="application/atom+xml"]')["href"] == "../progress.atom"


def test_the_progress_table_is_valid_open_data(reported_site):
    from frictionless import validate
    report = validate(str(reported_site / "data" / "datapackage.json"))
    assert report.valid, [e.message for t in report.tasks for e in t.errors]
    expected = [(r["as_of"], e["id"], e["status"]) for r in sorted(fixture_reports(), key=lambda r: r["as_of"]) for e in r["deliverables"]]
    for lang, name in (("fr", "progres-fr.csv"), ("en", "progress-en.csv")):
        rows = list(csv.reader(io.StringIO((reported_site / "data" / name).read_text(encoding="utf-8"))))[1:]
        assert [(r[0], r[1], r[2]) for r in rows] == expected
        assert [r[3] for r in rows] == [WORDS[s][lang] for _, _, s in expected]


# --- the shipped site: no report ------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_shipped_site_says_no_report_is_published(built, plan, lang):
    site, _ = built
    html = page(site, f"{lang}/progress/index.html")
    assert {"fr": "Aucun rapport d’étape n’a encore été publié", "en": "No progress report on this plan has been published yet"}[lang] \
        in html.select_one(".no-report").get_text()
    schedule = html.find(id="schedule-due")
    listed = [a.get_text().split()[0] for a in schedule.select("tbody a")]
    assert sorted(listed) == sorted(d["id"] for d in deliverables(plan))
    months = [max(p["end"] for p in d["schedule"]) for d in deliverables(plan)]
    # A row per deliverable, under a heading per month that spans its rows.
    assert len(schedule.tbody.find_all("tr")) == len(months)
    spans = [int(th["rowspan"]) for th in schedule.tbody.select("th[scope=row]")]
    assert len(spans) == len(set(months)) and sum(spans) == len(months)
    assert parse_feed(site, lang).findall(f"{ATOM}entry") == []


def test_a_bad_report_stops_the_build_with_its_line(tmp_path):
    project = project_copy(tmp_path / "project")
    text = FIXTURE_TEXT.replace("status: limited", "status: late", 1)
    line = text[:text.index("status: late")].count("\n") + 1
    (project / "data" / "progress.yml").write_text(text, encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert f"data/progress.yml:{line}: reports[0].deliverables[2].status: 'late' is not a status" in result.stderr
    assert "Traceback" not in result.stderr


def test_pages_with_reports_are_valid_html(reported_site):
    """The Nu Html Checker finds no error in the pages that show the reports."""
    require("java", VNU)
    pages = [str(reported_site / lang / name / "index.html") for lang in LANGUAGES
             for name in ("progress", "progress-history", "section-05", "section-10", "guide-organizations")]
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", *pages],
                            capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{m.get('url')}:{m.get('lastLine')}: {m['message']}" for m in messages if m.get("type") == "error"]
    assert errors == [], "\n".join(errors[:20])


@pytest.mark.parametrize("width", [1280, 320])
def test_pages_with_reports_pass_axe_and_the_readers_gates(reported_site, tmp_path, width):
    """axe-core finds no WCAG 2.1 A/AA violation in the pages that show the
    reports once some are published (the gates check them without any), and
    the reader's gates hold there: at 320 px nothing wider than the screen,
    at 1280 px every table and figure within its column."""
    require(CHROMIUM, CHROMEDRIVER, AXE)
    server, url = serve(reported_site, tmp_path)
    driver = chromium(width=width)
    try:
        for path in ("fr/progress/", "en/progress/", "fr/progress-history/", "en/progress-history/",
                     "fr/section-10/", "en/section-10/", "fr/guide-organizations/", "en/guide-organizations/"):
            driver.get(url + path)
            driver.execute_script(AXE.read_text(encoding="utf-8"))
            violations = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));")
            assert violations == [], (path, violations)
            driver.execute_script(READER_JS)
            findings = driver.execute_script("return readerFindings(arguments[0])", width)
            assert {gate: found for gate, found in findings.items() if found} == {}, (path, findings)
    finally:
        driver.quit()
        server.shutdown()
