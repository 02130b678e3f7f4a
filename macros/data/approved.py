"""The approved plan, guarded: every text, number and date of data/plan.yml
that the approved plan holds must stay as approved, or be a correction
recorded with its reason.

source/approved-plan.yml is the approved plan's data (data/plan.yml as the
site first published it, checked against the approved French text by the
tests), without its English, which is the site's translation, and without
the photo's file, which comes later. source/plan-corrections.yml lists the
evident slips corrected since, each with the approved value, the corrected
one and why. A change to the plan itself (a new date, a withdrawn
deliverable) is not a correction: it is a progress report.

A list's items are matched by their `id` or `key` where they have one, so
that adding an organization does not move the others. Pure functions of the
data, the approved data and the corrections.
"""
from __future__ import annotations

from ..language.messages import message, shown
from .source import Problem, Source

APPROVED_FILE = "source/approved-plan.yml"
CORRECTIONS_FILE = "source/plan-corrections.yml"
# What the approved plan does not hold: the English (the site's translation)
# and the photo's file, added when the photo comes.
UNGUARDED = frozenset({"en", "file"})


def approved_data(data):
    """`data` without what the guard leaves alone: the approved plan's data."""
    if isinstance(data, dict):
        return {key: approved_data(value) for key, value in data.items() if key not in UNGUARDED}
    if isinstance(data, list):
        return [approved_data(item) for item in data]
    return data


def display_path(path: tuple) -> str:
    """A path as a writer can find it, an item by its id where it has one
    (objectives[id=1].commitments[id=1.1].title.fr), else by its place
    from 0, as the other messages give it."""
    shown_path = ""
    for step in path:
        shown_path += f"[id={step[1:]}]" if isinstance(step, str) and step.startswith("=") else \
            f"[{step}]" if isinstance(step, int) else f"{'.' if shown_path else ''}{step}"
    return shown_path


def approved_problems(source: Source, approved, corrections: list) -> list[Problem]:
    """Every approved value that `source` changed or removed without a
    recorded correction."""
    recorded = {(entry.get("path"), _value(entry.get("approved")), _value(entry.get("corrected")))
                for entry in corrections if isinstance(entry, dict) and _reason(entry.get("reason"))}
    problems = []
    for identity, where, was, now in _differences(approved, source.data, (), ()):
        shown_path = display_path(identity)
        if (shown_path, _value(was), _value(now)) in recorded:
            continue
        if now is _MISSING:
            text = message("approved_removed", approved=_quoted(was), file=CORRECTIONS_FILE)
        else:
            text = message("approved_changed", approved=_quoted(was), now=_quoted(now), file=CORRECTIONS_FILE)
        record = _RECORD.format(path=shown_path, approved=_yaml(was), corrected=_yaml(now if now is not _MISSING else ""))
        problems.append(Problem(source.file, source.line(where), (), f"{text}\n{record}"))
    return problems


_MISSING = object()


def _differences(approved, current, identity: tuple, where: tuple):
    """(identity, path in the current data, approved value, current value)
    of every approved scalar that differs."""
    if isinstance(approved, dict):
        current = current if isinstance(current, dict) else {}
        for key, value in approved.items():
            yield from _differences(value, current.get(key, _MISSING), identity + (key,),
                                    where + (key,) if key in current else where)
    elif isinstance(approved, list):
        current = current if isinstance(current, list) else []
        by_name = {_name(item): index for index, item in enumerate(current) if _name(item) is not None}
        for index, value in enumerate(approved):
            name = _name(value)
            position = by_name.get(name) if name is not None else (index if index < len(current) else None)
            step = f"={name}" if name is not None else index
            yield from _differences(value, current[position] if position is not None else _MISSING,
                                    identity + (step,), where + (position,) if position is not None else where)
    elif approved != current:
        yield identity, where, approved, current


def _name(item):
    """An item's own name in its list: its id or key."""
    if isinstance(item, dict):
        for field in ("id", "key"):
            if isinstance(item.get(field), (str, int)):
                return str(item[field])
    return None


def _reason(reason) -> bool:
    """Whether a correction says why (not the "…" the message suggests)."""
    return isinstance(reason, str) and bool(reason.strip(" .…"))


def _value(value):
    return value if isinstance(value, (str, int, float, bool)) or value is None else repr(value)


# The lines a correction adds to the corrections file (its keys are the file's, in every language).
_RECORD = '      - path: {path}\n        approved: {approved}\n        corrected: {corrected}\n        reason: "…"'


def _quoted(value) -> str:
    return "—" if value is _MISSING else shown(str(value))


def _yaml(value) -> str:
    """`value` as a writer types it in the corrections file."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{shown(text)}"'
