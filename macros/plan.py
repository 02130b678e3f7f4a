"""Loading the plan: read, check and index data/plan.yml once per change.

`mkdocs serve` keeps this module loaded between rebuilds, so the cache is keyed
by the file's size and modification time: an edit is picked up by the next
build, an unchanged file is not read or checked twice (static-i18n runs the
whole build, macros included, once per language).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .source import Problem, parse
from .validation import check


class DataError(Exception):
    """The data has problems; str() lists them all, one per line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        super().__init__(f"{count} in the plan's data:\n" + "\n".join(f"  {p}" for p in problems))


@dataclass(frozen=True, eq=False)
class Plan:
    """The checked data, with the lookups every renderer needs. Compared and
    hashed by identity, so renderers can cache what they draw from one plan."""

    data: dict

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


_cache: dict = {}


def load(path: Path, shown_as: str) -> Plan:
    """The plan in `path`, read again only when the file has changed."""
    stat = path.stat()
    signature = (str(path), stat.st_size, stat.st_mtime_ns)
    if _cache.get("signature") != signature:
        _cache.clear()
        _cache["plan"] = read(path.read_text(encoding="utf-8"), shown_as)
        _cache["signature"] = signature
    return _cache["plan"]
