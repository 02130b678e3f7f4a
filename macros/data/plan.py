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


_cache: dict = {}


def _cached(path: Path, shown_as: str, make, depends_on=None):
    """`make(text)` for the file at `path`, made again only when the file
    (or the object it `depends_on`) has changed."""
    try:
        stat = path.stat()
    except OSError:
        raise DataError([Problem(shown_as, None, (), "the file is missing; expected the data file here")]) from None
    signature = (stat.st_size, stat.st_mtime_ns, id(depends_on))
    if _cache.get(path, (None,))[0] != signature:
        _cache[path] = (signature, make(_text(path, shown_as)))
    return _cache[path][1]


def _text(path: Path, shown_as: str) -> str:
    """The file's text; a folder, an unreadable file or bytes that are not
    UTF-8 are a Problem with the line they are on."""
    if path.is_dir():
        raise DataError([Problem(shown_as, None, (), "this is a folder; expected the data file (YAML text)")])
    try:
        content = path.read_bytes()
    except OSError as error:
        raise DataError([Problem(shown_as, None, (), f"the file cannot be read ({error.strerror})")]) from None
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as error:
        line = content.count(b"\n", 0, error.start) + 1
        column = error.start - (content.rfind(b"\n", 0, error.start) + 1) + 1
        raise DataError([Problem(shown_as, line, (), f"byte 0x{content[error.start]:02x} in column {column} is not UTF-8; "
                                                     "expected the file saved as UTF-8 text")]) from None


def load(path: Path, shown_as: str) -> Plan:
    """The plan in `path`, read again only when the file has changed."""
    return _cached(path, shown_as, lambda text: read(text, shown_as))


def load_guide(path: Path, plan: Plan, shown_as: str) -> dict:
    """The guide in `path`, checked again when it or the plan has changed."""
    return _cached(path, shown_as, lambda text: read_guide(text, plan, shown_as), depends_on=plan)
