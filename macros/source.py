"""Reading data/plan.yml: the data, plus the source line of every place in it.

Dates are kept as text (the schema checks their form), so that a writer's
`date: 2022-03-30` and `date: "2022-03-30"` mean the same thing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml

DataPath = tuple  # keys and list indices from the root, e.g. ("objectives", 0, "id")


class _PlainLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The safe loader (libyaml's when PyYAML has it: several times faster)
    that leaves YYYY-MM-DD as a string instead of a date."""


_PlainLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, located for the writer."""

    file: str
    line: int | None
    path: DataPath
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {format_path(self.path)}: {self.message}" if self.path else f"{where}: {self.message}"


@dataclass
class Source:
    """Parsed YAML with a line for each data path (1-based)."""

    file: str
    data: object = None
    lines: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)

    def line(self, path: DataPath) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path)

    def problem(self, path: DataPath, message: str) -> Problem:
        return Problem(self.file, self.line(path), tuple(path), message)


def format_path(path: DataPath) -> str:
    """("objectives", 1, "id") -> "objectives[1].id"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def parse(text: str, file: str) -> Source:
    """Parse YAML text; malformed YAML and duplicate keys become problems, not exceptions."""
    source = Source(file)
    loader = _PlainLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            source.problems.append(Problem(file, 1, (), "the file is empty"))
            return source
        _index(node, (), source)
        source.data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        detail = " ".join(part for part in (error.context, error.problem) if part)
        source.problems.append(Problem(file, line, (), f"malformed YAML: {detail}"))
    finally:
        loader.dispose()
    return source


def _index(node: yaml.Node, path: DataPath, source: Source) -> None:
    """Record the line of every mapping value and sequence item below `node`."""
    if isinstance(node, yaml.MappingNode):
        seen = {}
        for key_node, value_node in node.value:
            key = key_node.value
            child = path + (key,)
            line = key_node.start_mark.line + 1
            if key in seen:
                source.problems.append(Problem(
                    source.file, line, child,
                    f"duplicate key '{key}' (already given on line {seen[key]})"))
            seen[key] = line
            source.lines[child] = line
            _index(value_node, child, source)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = path + (index,)
            source.lines[child] = item.start_mark.line + 1
            _index(item, child, source)
