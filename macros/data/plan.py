"""The plan: data/plan.yml read and checked (read), and the model the
renderers read (Plan). The files are read by macros/data/files.py."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from ..language.messages import message, shown
from .source import Problem, parse
from .validation import check, check_guide

# What a DataError can be about: the key of its name in messages: of the
# language files is data_about_<what> ("the plan's data" / "les données du plan").
ABOUT = ("plan", "guide", "progress", "navigation")


class DataError(Exception):
    """The data has problems; str() lists them all, one per line, under a
    heading in the writer's language. `about` is one of ABOUT."""

    def __init__(self, problems: list[Problem], about: str = "plan"):
        self.problems = problems
        heading = message("data_problems_one" if len(problems) == 1 else "data_problems_many",
                          count=len(problems), about=message(f"data_about_{about}"))
        super().__init__(heading + "\n" + "\n".join(f"  {p}" for p in problems))


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
        return _find(self.data["objectives"], objective_id, "data_no_objective")

    def category(self, category_id: str) -> dict:
        return _find(self.data["maturity"]["categories"], category_id, "data_no_category")

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


def _find(items, wanted, missing: str):
    """The item numbered `wanted`; KeyError with the message `missing` when none is."""
    for item in items:
        if item["id"] == wanted:
            return item
    raise KeyError(message(missing, wanted=shown(str(wanted)), known=", ".join(i["id"] for i in items)))


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
        raise DataError(problems, "guide")
    return source.data
