"""The plan: data/plan.yml read and checked (read), and the model the
renderers read (Plan). The files are read by macros/data/files.py."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple
from .source import Problem, parse
from .validation import check, check_guide


class DataError(Exception):
    """The data has problems; str() lists them all, one per line."""

    def __init__(self, problems: list[Problem], what: str = "the plan's data"):
        self.problems = problems
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        super().__init__(f"{count} in {what}:\n" + "\n".join(f"  {p}" for p in problems))


class Placed(NamedTuple):
    """A deliverable with the objective, commitment and activity it belongs to."""

    objective: dict
    commitment: dict
    activity: dict
    deliverable: dict


@dataclass(frozen=True, eq=False)
class Plan:
    """The checked data, with the lookups every renderer needs. Compared and
    hashed by identity, so renderers can cache what they draw from one plan."""

    data: dict
    # The checked progress reports (data/progress.yml), oldest first: a
    # plan with reports is another object (macros/data/progress.py).
    reports: tuple = ()

    def __getitem__(self, key):
        return self.data[key]

    @property
    def organizations(self) -> dict:
        return {org["key"]: org for org in self.data["organizations"]}

    def objective(self, objective_id: str) -> dict:
        return _find(self.data["objectives"], objective_id, "objective")

    def category(self, category_id: str) -> dict:
        return _find(self.data["maturity"]["categories"], category_id, "maturity category")

    def level_name(self, level: int) -> dict:
        return self.data["maturity"]["levels"][level]["name"]

    def commitments(self) -> list[tuple[dict, dict]]:
        """(objective, commitment) of every commitment, in the plan's order."""
        return [(objective, commitment) for objective in self.data["objectives"] for commitment in objective["commitments"]]

    def deliverables(self) -> tuple[Placed, ...]:
        """Every deliverable of section 10, in the plan's order, with where it belongs."""
        return self._placed

    def deliverable_ids(self) -> list[str]:
        return [placed.deliverable["id"] for placed in self._placed]

    @cached_property
    def _placed(self) -> tuple[Placed, ...]:
        return tuple(Placed(objective, commitment, activity, deliverable)
                     for objective, commitment in self.commitments()
                     for activity in commitment["activities"] for deliverable in activity["deliverables"])


def _find(items, wanted, what):
    for item in items:
        if item["id"] == wanted:
            return item
    raise KeyError(f"no {what} '{wanted}' in the data (known: {', '.join(i['id'] for i in items)})")


def read(text: str, file: str = "data/plan.yml", guard=None) -> Plan:
    """Parse and check YAML text; raise DataError listing every problem.
    `guard(source)` gives the problems of the approved values changed
    (macros/data/approved.py), once the data is otherwise right."""
    source = parse(text, file)
    problems = check(source)
    if not problems and guard is not None:
        problems = guard(source)
    if problems:
        raise DataError(problems)
    return Plan(source.data)


def read_guide(text: str, plan: Plan, file: str = "data/guide.yml") -> dict:
    """Parse and check the guide's YAML against the plan's organizations."""
    source = parse(text, file)
    problems = check_guide(source, set(plan.organizations))
    if problems:
        raise DataError(problems, "the guide's data")
    return source.data
