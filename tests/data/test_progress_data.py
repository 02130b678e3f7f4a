"""Progress reports: the status model, and bad reports stopped with their line."""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from macros.data.plan import DataError
from macros.data.progress import history, latest_levels, latest_states, read_progress, states_by_report
from macros.data.statuses import NOT_REPORTED
from macros.data.progress_checks import PROGRESS_SCHEMA_PATH

from tests.conftest import ROOT

FIXTURE = Path(__file__).parents[1] / "fixtures" / "progress.yml"
FIXTURE_TEXT = FIXTURE.read_text(encoding="utf-8")
TODAY = datetime.date(2026, 1, 1)


def fixture_reports() -> list[dict]:
    """The fixture's reports as plain YAML, dates as text."""
    return yaml.load(FIXTURE_TEXT, Loader=yaml.BaseLoader)["reports"]


def expected_status(deliverable_id: str, as_of: str = "9999-12-31") -> str:
    """The status of a deliverable as of a date, from the fixture alone: that
    of the latest report up to that date that names it."""
    naming = [(report["as_of"], entry["status"]) for report in fixture_reports() if report["as_of"] <= as_of
              for entry in report["deliverables"] if entry["id"] == deliverable_id]
    return max(naming)[1] if naming else NOT_REPORTED


@pytest.fixture(scope="module")
def reported(plan):
    return read_progress(FIXTURE_TEXT, plan, today=TODAY)


def problems_of(text: str, plan, today=TODAY) -> list:
    with pytest.raises(DataError) as raised:
        read_progress(text, plan, today=today)
    return raised.value.problems


def changed(old: str, new: str) -> tuple[str, int]:
    """The fixture with the first `old` replaced by `new`, and that line's number."""
    index = FIXTURE_TEXT.index(old)
    return FIXTURE_TEXT[:index] + new + FIXTURE_TEXT[index + len(old):], FIXTURE_TEXT.count("\n", 0, index) + 1


def only_problem(text: str, plan, today=TODAY):
    problems = problems_of(text, plan, today)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_the_schema_is_a_valid_json_schema():
    Draft202012Validator.check_schema(json.loads(PROGRESS_SCHEMA_PATH.read_text(encoding="utf-8")))


def test_the_shipped_file_holds_no_report(plan):
    assert read_progress((ROOT / "data" / "progress.yml").read_text(encoding="utf-8"), plan).reports == ()
    assert {state.status for state in latest_states(plan).values()} == {NOT_REPORTED}


def test_latest_status_of_every_deliverable(plan, reported):
    states = latest_states(reported)
    assert {i: s.status for i, s in states.items()} == {i: expected_status(i) for i in plan.deliverable_ids()}
    assert {s.status for s in states.values()} >= {"complete", "withdrawn", "limited", "substantial", NOT_REPORTED}


def test_status_as_of_each_report_carries_the_previous_one(plan, reported):
    dates = sorted(r["as_of"] for r in fixture_reports())
    timeline = states_by_report(reported.reports, plan.deliverable_ids())
    assert [r["as_of"] for r in reported.reports] == dates  # sorted, whatever the file's order
    for as_of, states in zip(dates, timeline):
        assert {i: s.status for i, s in states.items()} == {i: expected_status(i, as_of) for i in plan.deliverable_ids()}
    # 3.1.1.1 is absent from the last report: it keeps its status, and its revised end
    assert timeline[-1]["3.1.1.1"].reported == "2023-03-31" and timeline[-1]["3.1.1.1"].revised_end == "2024-06"


def test_history_is_newest_first(reported):
    naming = [r["as_of"] for r in fixture_reports() if any(e["id"] == "1.1.1.1" for e in r["deliverables"])]
    assert [report["as_of"] for report, _ in history(reported, "1.1.1.1")] == sorted(naming, reverse=True)


def test_latest_self_assessment(reported):
    expected = {}
    for report in sorted(fixture_reports(), key=lambda r: r["as_of"]):
        for assessment in report.get("maturity", []):
            expected[assessment["indicator"]] = int(assessment["level"])
    assert {i: level for i, (level, _) in latest_levels(reported).items()} == expected


@pytest.mark.parametrize("old, new, message", [
    ('id: "4.2.1.1"', 'id: "4.2.1.99"', "unknown deliverable '4.2.1.99'"),
    ("status: limited", "status: late", "'late' is not a status: not-started, limited, substantial, complete or withdrawn"),
    ("as_of: 2022-09-30", "as_of: 2022-01-31", "before the plan's approval (2022-03-30)"),
    ("as_of: 2024-03-31", "as_of: 2026-06-30", "a day still to come (today is 2026-01-01)"),
    ("as_of: 2024-03-31", "as_of: 2023-03-31", "two reports describe 2023-03-31"),
    ('id: "2.1.1.1"', 'id: "1.1.1.1"', "deliverable '1.1.1.1' is already reported on line"),
    ('en: "Strategy published."', 'xx: "Strategy published."', "missing English translation 'en'"),
    ('url: "https://example', 'url: "http://example', "is not an https: address"),
    ("as_of: 2024-03-31", "as_of: 2024-02-30", "'2024-02-30' is not a day of the calendar"),
    ('{indicator: "2.5", level: 2}', '{indicator: "2.9", level: 2}', "unknown indicator '2.9'"),
    ('{indicator: "2.5", level: 2}', '{indicator: "2.5", level: 7}', "7 is not a maturity level from 0 to 5"),
])
def test_a_bad_report_is_stopped_with_its_line(plan, old, new, message):
    text, line = changed(old, new)
    problems = [str(p) for p in problems_of(text, plan)]
    assert any(f"data/progress.yml:{line}:" in p and message in p for p in problems), problems


def test_withdrawn_needs_a_reason(plan):
    old = 'status: withdrawn\n        progress: {fr: "Retiré : remplacé par le livrable 2.1.2.1.", en: "Withdrawn: replaced by deliverable 2.1.2.1."}\n'
    text, line = changed(old, "status: withdrawn\n")
    problem = only_problem(text, plan)
    assert problem.line == line
    assert problem.message.startswith("a deliverable with the status 'withdrawn' needs its reason, in 'progress'")


def test_a_final_report_after_the_plan_is_fine(plan):
    text, _ = changed("as_of: 2024-03-31\n    published: 2024-04-30", "as_of: 2025-06-30")
    assert read_progress(text, plan, today=TODAY).reports[-1]["as_of"] == "2025-06-30"


def test_every_problem_at_once_in_one_message(plan):
    text = FIXTURE_TEXT.replace("status: limited", "status: late").replace('id: "4.2.1.1"', 'id: "9.9.9.9"')
    with pytest.raises(DataError) as raised:
        read_progress(text, plan, today=TODAY)
    assert len(raised.value.problems) == 2
    assert str(raised.value).startswith("2 problems in the progress reports:\n  data/progress.yml:")


def test_the_statuses_a_report_may_give_are_those_of_the_registry_with_words_in_every_language():
    """macros/data/statuses.py defines the statuses; the schema (which editors
    and the open data read as it is) must list the same, in the same order."""
    from macros.data.progress_checks import PROGRESS_SCHEMA_PATH
    from macros.data.statuses import ALL_STATUSES, REGISTRY, REPORTED
    from macros.language.labels import LABELS
    schema = json.loads(PROGRESS_SCHEMA_PATH.read_text(encoding="utf-8"))
    status = schema["$defs"]["entry"]["properties"]["status"]
    assert status["enum"] == list(REPORTED)
    assert ALL_STATUSES[0] == NOT_REPORTED and set(REPORTED) == set(ALL_STATUSES) - {NOT_REPORTED}
    for entry in REGISTRY:
        names = {lang: LABELS[lang][entry.label_key] for lang in LABELS}
        assert all(names.values()) and len(set(names.values())) == len(names), entry.code
