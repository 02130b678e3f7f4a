"""The plan as open data: the package validates, the files say what the data
says, and every download link on the site reaches a file of its format."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from bs4 import BeautifulSoup
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from macros.data.progress import read_progress
from macros.data.progress_checks import PROGRESS_SCHEMA_PATH
from macros.render import opendata
from macros.language.languages import LANGUAGES

from tests.conftest import deliverables
from tests.data.test_progress_data import FIXTURE_TEXT, TODAY, fixture_reports


@pytest.fixture(scope="module")
def data_folder(built):
    site, _ = built
    return site / opendata.FOLDER


def read_csv(folder, table: str, lang: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO((folder / opendata.file_name(table, lang)).read_text(encoding="utf-8"))))


def test_the_data_package_validates(data_folder):
    from frictionless import validate
    report = validate(str(data_folder / "datapackage.json"))
    errors = [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors]
    assert report.valid, errors
    package = json.loads((data_folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "OGL-Canada-2.0"
    published = {r["path"] for r in package["resources"]}
    assert published == {p.name for p in data_folder.iterdir()} - {"datapackage.json"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_csv_files_say_what_the_data_says(data_folder, plan, lang):
    names = {f.id: f.column(lang) for table in opendata.TABLES.values() for f in table.fields}
    rows = read_csv(data_folder, "deliverables", lang)
    assert [r[names["deliverable_id"]] for r in rows] == [d["id"] for d in deliverables(plan)]
    for row, deliverable in zip(rows, deliverables(plan)):
        assert row[names["deliverable"]] == deliverable["text"][lang]
        leads = [p if isinstance(p, str) else p["org"] for p in deliverable["leads"]]
        assert row[names["leads"]].split("; ") == leads
    schedule = read_csv(data_folder, "schedule", lang)
    expected = [(d["id"], p["start"], p["end"]) for d in deliverables(plan) for p in d["schedule"]]
    assert [(r[names["deliverable_id"]], r[names["start"]], r[names["end"]]) for r in schedule] == expected
    indicators = read_csv(data_folder, "indicators", lang)
    levels = [(i["self_assessed"], i["desired"]) for c in plan["maturity"]["categories"] for i in c["indicators"]]
    assert [(int(r[names["self_assessed"]]), int(r[names["desired"]])) for r in indicators] == levels
    organizations = read_csv(data_folder, "organizations", lang)
    assert [r[names["key"]] for r in organizations] == [o["key"] for o in plan["organizations"]]
    relations = read_csv(data_folder, "relations", lang)
    governance = plan["governance"]
    assert len(relations) == len(governance["reports_to"]) + len(governance["members"]) + len(governance["collaborations"])


def test_the_json_is_the_plan_and_validates_against_the_published_schema(data_folder, plan):
    published = json.loads((data_folder / "plan.json").read_text(encoding="utf-8"))
    assert published == plan.data
    schema = json.loads((data_folder / "schema-plan.json").read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(published)) == []


def progress_errors(files: dict) -> list:
    """What is wrong with progress.json against the published schemas, each
    found by its file name, as a validator finds it beside the other (and
    by its $id, the same name)."""
    schemas = {name: json.loads(files[name]) for name in ("schema-plan.json", "schema-progress.json")}
    assert all(schema["$id"] == name for name, schema in schemas.items())
    progress_schema = schemas["schema-progress.json"]
    registry = Registry().with_resources((name, Resource.from_contents(schema)) for name, schema in schemas.items())
    return [error.message for error in Draft202012Validator(progress_schema, registry=registry).iter_errors(json.loads(files["progress.json"]))]


def test_the_shipped_progress_json_has_no_report_and_validates(data_folder):
    files = {name: (data_folder / name).read_bytes() for name in ("progress.json", "schema-plan.json", "schema-progress.json")}
    assert json.loads(files["progress.json"]) == {"reports": []}
    assert progress_errors(files) == []
    source = json.loads(PROGRESS_SCHEMA_PATH.read_text(encoding="utf-8"))
    published = files["schema-progress.json"].decode("utf-8")
    assert "plan.schema.json" not in published and json.loads(published.replace("schema-plan.json", "plan.schema.json")
                                                             .replace("schema-progress.json", "progress.schema.json")) == source


def test_the_progress_json_holds_every_report_and_validates(plan):
    reported = read_progress(FIXTURE_TEXT, plan, today=TODAY)
    files = opendata.files(reported)
    published = json.loads(files["progress.json"])["reports"]
    assert published == list(reported.reports)
    assert [r["as_of"] for r in published] == sorted(r["as_of"] for r in fixture_reports())
    assert all(set(e["progress"]) == {"fr", "en"} for r in published for e in r["deliverables"] if "progress" in e)
    assert progress_errors(files) == []
    broken = json.loads(files["progress.json"])
    broken["reports"][0]["deliverables"][0]["status"] = "done"
    assert progress_errors({**files, "progress.json": json.dumps(broken).encode()}) != []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_download_links_reach_files_of_their_format_and_size(built, lang):
    site, _ = built
    found = 0
    for html_file in sorted((site / lang).rglob("index.html")):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select("p.download a"):
            target = (html_file.parent / link["href"]).resolve()
            assert target.exists(), (html_file, link["href"])
            kind, size = re.search(r"\((CSV), (\d+)[ \u00a0](?:ko|KB)\)", link.get_text()).groups()
            assert target.suffix == ".csv" and target.name.endswith(f"-{lang}.csv")
            header = next(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
            assert len(header) > 1
            assert int(size) == max(1, round(target.stat().st_size / 1024))
            found += 1
    # section 10 (8 tables), 5.1 (4), risks, acronyms, each on its page and on the one-page plan
    assert found >= 2 * (8 + 4 + 1 + 1)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_open_data_page_lists_every_file_of_its_language_in_a_table(built, data_folder, lang):
    site, _ = built
    soup = BeautifulSoup((site / lang / "open-data" / "index.html").read_text(encoding="utf-8"), "html.parser")
    listed = {link.get_text() for link in soup.select("table#open-data-files th[scope=row] a")}
    assert listed and all(name.endswith((f"-{lang}.csv", ".json")) for name in listed)
    assert {path.name for path in data_folder.glob(f"*-{lang}.csv")} <= listed
    rows = {row.th.get_text(): row for row in soup.select("table#open-data-files tbody tr")}
    for name in ("plan.json", "schema-plan.json", "progress.json", "schema-progress.json"):
        cells = [td.get_text() for td in rows[name].find_all("td")]
        assert cells[1] == "JSON" and cells[2] == opendata.size_label((data_folder / name).stat().st_size, lang), (name, cells)
        assert cells[0] == next(entry.words("description", lang) for entry in opendata.JSON_FILES if entry.file == name)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_files_table_is_html_with_a_link_to_every_file(plan, lang):
    """The open data page's list is a table whose links reach the files, not
    its markup printed as text."""
    soup = BeautifulSoup(opendata.files_table(plan, lang, f"{lang}/open-data/"), "html.parser")
    links = {a.get_text() for a in soup.select("table a[href]")}
    assert "<" not in soup.get_text()
    assert links == {r["path"] for r in opendata.datapackage(plan)["resources"] if r.get("language", lang) == lang}
