"""Reading data/plan.yml: the data, plus the source line of every place in it.

Dates are kept as text (the schema checks their form), so that a writer's
`date: 2022-03-30` and `date: "2022-03-30"` mean the same thing.
"""
from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, field

import yaml

from ..language.messages import message, number, shown
from . import yaml_mistakes

DataPath = tuple  # keys and list indices from the root, e.g. ("objectives", 0, "id")

# Limits far above what the data needs (11 levels, texts of 1,200 characters,
# files of 100 kB; the benchmark's plan x100 is 2.9 MB) that keep a slip or a
# hostile change from stalling the build: a writer gets a located message
# instead.
MAX_DEPTH = 30
MAX_TEXT = 5000
MAX_FILE_BYTES = 20_000_000

_STR, _MAP, _SEQ = (f"tag:yaml.org,2002:{kind}" for kind in ("str", "map", "seq"))
# Characters no data file holds, typed or written as an escape ("\\e",
# "\\u202E"): control characters (but tab and line breaks) and the
# bidirectional overrides and isolates, which can hide or turn round what a
# reader, a reviewer or a terminal sees ("Trojan Source").
HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


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
    text: str = field(default="", repr=False)  # what was read, for the lines a message shows

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
    """Parse YAML text; malformed YAML, duplicate keys, keys that are not
    names, aliases and what passes the limits above become problems, not
    exceptions (nor minutes of work: nothing is built from such a file)."""
    source = Source(file, text=text)
    if len(text) > MAX_FILE_BYTES:
        source.problems.append(Problem(file, None, (), message("data_file_too_long", count=number(len(text)),
                                                               most=number(MAX_FILE_BYTES))))
        return source
    hidden = [_hidden_problem(file, text, match.start()) for match in HIDDEN.finditer(text)]
    tabs = [Problem(file, line, (), yaml_mistakes.tab_message(text, line)) for line in yaml_mistakes.tab_lines(text)]
    if hidden or tabs:
        source.problems += hidden + tabs
        return source
    with _no_cycle_collector():
        loader = _PlainLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                source.problems.append(Problem(file, 1, (), message("data_file_empty")))
                return source
            data = _index(node, (), source, set(), loader)
            if not source.problems:
                source.data = data
        except yaml.MarkedYAMLError as error:
            line, explanation = yaml_mistakes.explained(text, *yaml_mistakes.error_place(error))
            source.problems.append(Problem(file, line, (), explanation))
        finally:
            loader.dispose()
    return source


@contextmanager
def _no_cycle_collector():
    """Python's cycle collector off while the tree is built: its nodes form
    no cycles, yet each collection walks every node made so far, again and
    again as the tree grows. For the benchmark's 1.6 MB of reports it was
    three quarters of the reading time. What was made is then left out of
    the collections to come (gc.freeze; reference counting still frees it):
    the first of them would otherwise walk it all, a fifth of a second more."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _index(node: yaml.Node, path: DataPath, source: Source, visited: set, loader) -> object:
    """Record the line of every mapping value and sequence item below `node`,
    and return its value. A node met twice is an alias (`*name`): the data has
    none, and a few nested aliases can stand for billions of values.

    Plain texts, mappings and lists are built here, in the pass that records
    the lines: PyYAML's constructor would walk the tree again (a third of the
    time spent reading a large file). Any other value (numbers, booleans,
    empty values, explicit tags) is left to it."""
    line = node.start_mark.line + 1
    if id(node) in visited:
        source.problems.append(Problem(source.file, source.line(path) or line, path, message("data_alias")))
        return None
    visited.add(id(node))
    if len(path) > MAX_DEPTH:
        source.problems.append(Problem(source.file, line, path[:2], message("data_too_deep", depth=MAX_DEPTH)))
        return None
    if isinstance(node, yaml.ScalarNode):
        if HIDDEN.search(node.value):  # written as an escape in a quoted text
            character = HIDDEN.search(node.value).group()
            source.problems.append(Problem(source.file, line, path, _hidden_message(character, node.start_mark.column + 1)))
        if not node.style and yaml_mistakes.curly_quoted(node.value):  # plain: libyaml says '', PyYAML None
            source.problems.append(Problem(source.file, line, path, yaml_mistakes.curly_message(node.value) + "\n"
                                           + yaml_mistakes.snippet(source.text, line, node.start_mark.column + 1)))
        if len(node.value) > MAX_TEXT:
            source.problems.append(Problem(source.file, line, path, message("data_text_too_long", count=number(len(node.value)),
                                                                            most=number(MAX_TEXT))))
        return node.value if node.tag == _STR else loader.construct_object(node)
    value = {} if isinstance(node, yaml.MappingNode) else []
    if isinstance(node, yaml.MappingNode):
        seen = {}
        for key_node, value_node in node.value:
            if not _is_name(key_node):
                source.problems.append(Problem(source.file, key_node.start_mark.line + 1, path,
                                               message("data_key_not_name", key=_shown_key(key_node))))
                continue
            key = key_node.value
            child = path + (key,)
            line = key_node.start_mark.line + 1
            if key in seen:
                source.problems.append(Problem(source.file, line, child,
                                               message("data_key_twice", key=message("data_quoted", text=shown(key)), line=seen[key])))
            seen[key] = line
            source.lines[child] = line
            value[key] = _index(value_node, child, source, visited, loader)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = path + (index,)
            source.lines[child] = item.start_mark.line + 1
            value.append(_index(item, child, source, visited, loader))
    if node.tag not in (_MAP, _SEQ):  # an explicit tag (!!set, !!omap…): PyYAML's own value
        return loader.construct_object(node, deep=True)
    return value


def _hidden_problem(file: str, text: str, offset: int) -> Problem:
    line = text.count("\n", 0, offset) + 1
    return Problem(file, line, (), _hidden_message(text[offset], offset - (text.rfind("\n", 0, offset) + 1) + 1))


def _hidden_message(character: str, column: int) -> str:
    return message("data_hidden_character", code=f"U+{ord(character):04X}", column=column)


def _is_name(key_node: yaml.Node) -> bool:
    return isinstance(key_node, yaml.ScalarNode) and key_node.tag == _STR


def _shown_key(key_node: yaml.Node) -> str:
    if isinstance(key_node, yaml.SequenceNode):
        return message("data_key_list")
    if isinstance(key_node, yaml.MappingNode):
        return message("data_key_mapping")
    kind = "data_key_number" if key_node.tag.endswith(("int", "float")) else "data_key_other"
    return message(kind, key=message("data_quoted", text=shown(str(key_node.value))))
