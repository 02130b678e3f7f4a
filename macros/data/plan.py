"""The plan: data/plan.yml read and checked (read), and the model the
renderers read (Plan). The files are read by macros/data/files.py."""
from __future__ import annotations

from dataclasses import dataclass
from .source import Problem, parse
from .validation import check, check_guide


class DataError(Exception):
    """The data has problems; str() lists them all, one per line."""

    def __init__(self, problems: list[Problem], what: str = "the plan's data"):
        self.problems = problems
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        super().__init__(f"{count} in {what}:\n" + "\n".join(f"  {p}" for p in problems))


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


def _find(items, wanted, what):
    for item in items:
        if item["id"] == wanted:
            return item
    raise KeyError(f"no {what} '{wanted}' in the data (known: {', '.join(i['id'] for i in items)})")


def read(text: str, file: str = "data/plan.yml") -> Plan:
    """Parse and check YAML text; raise DataError listing every problem."""
    source = parse(text, file)
    problems = check(source)
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
