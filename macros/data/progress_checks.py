"""Checks of data/progress.yml: its shape (data/progress.schema.json) and
what a schema cannot say: that each report is dated within the plan's life
and once only, and names deliverables and indicators of the plan, each once.

Like macros/data/validation.py, every check returns Problems and none
raises, in the writer's language (messages: of the language files).
"""
from __future__ import annotations

import datetime
import re

from ..language.messages import message, shown
from .source import Problem, Source
from .statuses import NEEDS_REASON
from .value_checks import did_you_mean, not_a_day, text_problems
from .validation import DATA_DIR, _dicts, _items, _schema_problems

PROGRESS_SCHEMA_PATH = DATA_DIR / "progress.schema.json"


def check_progress(source: Source, plan, today: datetime.date) -> list[Problem]:
    """All problems of parsed reports on `plan`, in file order; a report may
    not describe a day after `today`."""
    if source.problems or source.data is None:
        return list(source.problems)
    problems = list(_schema_problems(source, PROGRESS_SCHEMA_PATH))
    if isinstance(source.data, dict):
        problems += _date_problems(source, plan, today)
        problems += _reference_problems(source, plan)
        problems += text_problems(source)
    return sorted(set(problems), key=lambda p: (p.line or 0, p.message))


_DAY_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _day(value):
    """The date of "YYYY-MM-DD", or None when it is not one (the schema says so)."""
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _date_problems(source: Source, plan, today: datetime.date):
    approval = plan["plan"]["approval"]["date"]
    seen = {}
    for path, report in _dicts(source, "reports"):
        as_of, published = report.get("as_of"), report.get("published")
        for key, value in (("as_of", as_of), ("published", published)):
            if isinstance(value, str) and _day(value) is None and _DAY_FORM.fullmatch(value) and not_a_day(value):
                yield source.problem(path + (key,), not_a_day(value))
        day = _day(as_of)
        if day is not None:
            if as_of < approval:
                yield source.problem(path + ("as_of",), message("data_report_before_approval", as_of=as_of, approval=approval))
            if day > today:
                yield source.problem(path + ("as_of",), message("data_report_to_come", as_of=as_of, today=today.isoformat()))
            if as_of in seen:
                yield source.problem(path + ("as_of",), message("data_report_twice", as_of=as_of, line=seen[as_of]))
            seen.setdefault(as_of, source.line(path + ("as_of",)))
        published_day = _day(published)
        if published_day is not None:
            if day is not None and published_day < day:
                yield source.problem(path + ("published",), message("data_published_before", published=published, as_of=as_of))
            if published_day > today:
                yield source.problem(path + ("published",), message("data_published_to_come", published=published,
                                                                    today=today.isoformat()))


def _reference_problems(source: Source, plan):
    deliverables = plan.deliverable_ids()
    indicators = [i["id"] for c in plan["maturity"]["categories"] for i in c["indicators"]]
    for path, report in _dicts(source, "reports"):
        yield from _each_once(source, path + ("deliverables",), _items(report, "deliverables"), "id",
                              deliverables, "deliverable")
        yield from _each_once(source, path + ("maturity",), _items(report, "maturity"), "indicator",
                              indicators, "indicator")
        for index, entry in enumerate(_items(report, "deliverables")):
            if isinstance(entry, dict) and entry.get("status") in NEEDS_REASON and "progress" not in entry:
                yield source.problem(path + ("deliverables", index, "status"),
                                     message("data_needs_reason", status=shown(entry["status"])))


def _each_once(source: Source, path, items: list, key: str, known: list, what: str):
    """Each item's `key` is one of `known`, and no two items share it;
    `what` names them in the messages: data_unknown_<what>, data_again_<what>."""
    seen = {}
    for index, item in enumerate(items):
        value = item.get(key) if isinstance(item, dict) else None
        if not isinstance(value, str):
            continue
        where = path + (index, key)
        if value not in known:
            unknown = {"deliverable": "data_unknown_deliverable", "indicator": "data_unknown_indicator"}[what]
            yield source.problem(where, message(unknown, value=shown(value), hint=did_you_mean(value, known)))
        elif value in seen:
            again = {"deliverable": "data_again_deliverable", "indicator": "data_again_indicator"}[what]
            yield source.problem(where, message(again, value=shown(value), line=seen[value]))
        seen.setdefault(value, source.line(where))
