"""The statuses of a deliverable, defined here once and read by the progress
reports' checks, the tables, the figures, the dashboard, the feeds, the open
data and the tests.

The first four are those of the Government of Canada's tracker of its
National Action Plan on Open Government; "withdrawn" is the plan's own, and
"not-reported" is what a deliverable shows before any report names it (never
written in data/progress.yml, whose schema lists the others).
Each status is told apart by its name (in the language files, under
status_<code>), by its fill in the chart of the counts (blank, solid or a
pattern of its own, so that two colours, as in high contrast, tell them
apart) and by its mark in Figure 7: never by colour alone.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Status:
    code: str             # as data/progress.yml and the open data write it
    fill: str             # in the chart of the counts: a colour or a pattern of macros/render/svg.py
    mark: str             # in Figure 7: none, ring, quarter, three-quarters, full (Harvey balls) or cross
    done: bool = False    # no work is left: not due any more
    in_tracker: bool = True  # one of the National Action Plan tracker's statuses
    needs_reason: bool = False  # a report that gives it says why, in 'progress'

    @property
    def label_key(self) -> str:
        """Its name's key in the language files."""
        return f"status_{self.code}"


NOT_REPORTED = "not-reported"
# Least to most advanced, then withdrawn: the order of every count, chart and legend.
REGISTRY = (
    Status(NOT_REPORTED, fill="paper", mark="none", in_tracker=False),
    Status("not-started", fill="lines", mark="ring"),
    Status("limited", fill="hatch", mark="quarter"),
    Status("substantial", fill="stripes", mark="three-quarters"),
    Status("complete", fill="navy", mark="full", done=True),
    Status("withdrawn", fill="dots", mark="cross", done=True, in_tracker=False, needs_reason=True),
)
ALL_STATUSES = tuple(status.code for status in REGISTRY)
# What a report may give a deliverable (data/progress.schema.json lists the same).
REPORTED = tuple(code for code in ALL_STATUSES if code != NOT_REPORTED)
NEEDS_REASON = frozenset(status.code for status in REGISTRY if status.needs_reason)
_BY_CODE = {status.code: status for status in REGISTRY}


def status(code: str) -> Status:
    return _BY_CODE[code]
