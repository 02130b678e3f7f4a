"""Progress on the plan: the reports of data/progress.yml, read and checked
like the plan, and the status model every view draws from.

A report gives the status of the deliverables it names, as of its date. A
deliverable left out of a report keeps the status it had; before its first
report it is "not reported", never a guessed status. Nothing is overwritten:
every report stays readable in each deliverable's history.
"""
from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass
from functools import lru_cache

from .plan import DataError, Plan
from .progress_checks import check_progress
from .source import parse
from .statuses import NOT_REPORTED

PROGRESS_FILE = "data/progress.yml"


@dataclass(frozen=True)
class State:
    """A deliverable's standing as of a report."""

    status: str                  # a code of macros/data/statuses.py
    reported: str | None = None  # as_of of the report that gave the status (None: never reported)
    revised_end: str | None = None  # the latest revised end month given, if any


NEVER = State(NOT_REPORTED)


def states_by_report(reports, ids) -> list[dict]:
    """For each report (oldest first), every deliverable id -> its State as
    of that report: the report's status where it names the deliverable, the
    previous report's State where it does not."""
    current = {i: NEVER for i in ids}
    timeline = []
    for report in reports:
        current = dict(current)
        for entry in report["deliverables"]:
            before = current[entry["id"]]
            current[entry["id"]] = State(entry["status"], report["as_of"], entry.get("revised_end", before.revised_end))
        timeline.append(current)
    return timeline


@lru_cache(maxsize=4)
def latest_states(plan) -> dict:
    """Every deliverable id -> its State as of the latest report (computed
    once per plan: every status cell asks)."""
    states = timeline(plan)
    return states[-1] if states else {i: NEVER for i in plan.deliverable_ids()}


@lru_cache(maxsize=4)
def timeline(plan) -> list[dict]:
    """states_by_report for `plan` (a Plan is hashed by identity)."""
    return states_by_report(plan.reports, plan.deliverable_ids())


def latest_report(plan) -> dict | None:
    return plan.reports[-1] if plan.reports else None


def evidence_url(evidence: dict, lang: str) -> str:
    """A piece of evidence's address for readers of `lang`: its own, when
    it has one per language."""
    url = evidence["url"]
    return url[lang] if isinstance(url, dict) else url


def history(plan, deliverable_id: str) -> list[tuple[dict, dict]]:
    """(report, entry) for every report that names the deliverable, newest first."""
    return _histories(plan).get(deliverable_id, [])


@lru_cache(maxsize=4)
def _histories(plan) -> dict:
    """Deliverable id -> its (report, entry) pairs, newest first: one pass over the reports."""
    by_id: dict = {}
    for report in reversed(plan.reports):
        for entry in report["deliverables"]:
            by_id.setdefault(entry["id"], []).append((report, entry))
    return by_id


def latest_levels(plan) -> dict:
    """Indicator id -> (level, as_of) of its latest self-assessment in a report."""
    levels = {}
    for report in plan.reports:
        for assessment in report.get("maturity", []):
            levels[assessment["indicator"]] = (assessment["level"], report["as_of"])
    return levels


def read_progress(text: str, plan: Plan, file: str = PROGRESS_FILE, today: datetime.date | None = None) -> Plan:
    """The plan with the reports of `text`, checked against it; raise
    DataError listing every problem."""
    source = parse(text, file)
    problems = check_progress(source, plan, today or datetime.date.today())
    if problems:
        raise DataError(problems, "progress")
    reports = tuple(sorted(source.data["reports"], key=lambda report: report["as_of"]))
    return dataclasses.replace(plan, reports=reports)
