"""The YAML mistakes writers make, explained as a person would: the likely
cause in plain words, the line with a caret under the place, and what to
type instead (in the writer's language). The parser's own words ("did not
find expected key") say where it stopped, rarely why.

Pure functions of the file's text and where the parser stopped.
"""
from __future__ import annotations

import re

from ..language.messages import message, shown

# A key and its value on one line: "    fr: Annexe A : Rôles".
_KEY_VALUE = re.compile(r"^(\s*)(?:- )?([\w-]+):(?: +(.*))?$")
_BARE_WORD = re.compile(r"^(\s*)(?:- )?[\w-]+(?: +\S.*)?$")  # a key without its colon: "  short_title" or "fr \"x\""
_EMPTY_COLLECTION = re.compile(r":\s*(\[\]|\{\})\s*(#.*)?$")
# Quotes that YAML does not read as quotes, around a whole text.
CURLY_PAIRS = {"“": "”", "‘": "’", "«": "»", "„": "“"}


# A message's lines after its first start with this, so that they stay with it.
CONTINUED = " " * 6


_FLOW_KEY_VALUE = re.compile(r"([\w-]+): [^,{}\"']*$")  # the key whose text a flow mapping reads on


def snippet(text: str, line: int, column: int = 1) -> str:
    """The line `line` of `text` (1-based), with a caret under `column`."""
    lines = text.split("\n")
    # A tab shows as an arrow, so that the caret stays under its place.
    shown_line = shown(lines[line - 1].replace("\t", "→")) if 0 < line <= len(lines) else ""
    number = f"{CONTINUED}{line} | "
    return f"{number}{shown_line}\n{' ' * (len(number) - 2)}| {' ' * max(column - 1, 0)}^"


def tab_lines(text: str) -> list[int]:
    """The lines whose indentation holds a tab (YAML indents with spaces)."""
    return [number for number, line in enumerate(text.split("\n"), start=1)
            if "\t" in line[:len(line) - len(line.lstrip(" \t"))]]


def tab_message(text: str, line: int) -> str:
    column = text.split("\n")[line - 1].index("\t") + 1
    return message("yaml_tab") + "\n" + snippet(text, line, column)


def error_place(error) -> tuple[int, int, str]:
    """(line, column, the parser's words) of a YAML error, 1-based: where a
    quoted text that never ends was opened, else where the parser stopped."""
    mark = error.problem_mark or error.context_mark
    if error.context and ("quoted scalar" in error.context or "simple key" in error.context) and error.context_mark:
        mark = error.context_mark
    words = " ".join(part for part in (error.context, error.problem) if part)
    return (mark.line + 1, mark.column + 1, words) if mark else (1, 1, words)


def explained(text: str, line: int, column: int, parser_words: str) -> tuple[int, str]:
    """(line, message) for the YAML error the parser reports at `line`,
    `column` (1-based), from the likely cause the text shows."""
    lines = text.split("\n")
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    before = _previous(lines, line)
    unclosed = _unclosed_quote(lines, [number for number in (before, line) if number])
    if unclosed:
        quote_line, quote_column = unclosed
        return quote_line, message("yaml_unclosed_quote") + "\n" + snippet(text, quote_line, quote_column)
    bracket = _unclosed_bracket(lines, [number for number in (before, line) if number])
    if bracket:
        bracket_line, bracket_column, opening = bracket
        return bracket_line, message("yaml_unclosed_bracket", opening=opening, closing={"[": "]", "{": "}"}[opening]) \
            + "\n" + snippet(text, bracket_line, bracket_column)
    if before and _EMPTY_COLLECTION.search(lines[before - 1]) and (
            _indent(current) > _indent(lines[before - 1]) or current.lstrip().startswith("- ")):
        bracket = lines[before - 1].rindex("[]" if "[]" in lines[before - 1] else "{}") + 1
        return before, message("yaml_empty_list_followed") + "\n" + snippet(text, before, bracket)
    if "mapping values are not allowed" in parser_words:
        key_value = _KEY_VALUE.match(current)
        if before and _BARE_WORD.match(lines[before - 1]) and ":" not in lines[before - 1]:
            where = len(lines[before - 1].rstrip()) + 1
            return before, message("yaml_missing_colon") + "\n" + snippet(text, before, where)
        if key_value and key_value.group(3) and ": " in key_value.group(3) + " ":
            value_start = current.index(key_value.group(3))
            colon = current.index(":", value_start) + 1
            return line, message("yaml_colon_in_text", key=key_value.group(2)) + "\n" + snippet(text, line, colon)
    if "could not find expected ':'" in parser_words and _content(current) and ":" not in current:
        where = len(current.rstrip()) + 1  # a key alone on its line, its colon forgotten
        return line, message("yaml_missing_colon") + "\n" + snippet(text, line, where)
    if "flow mapping" in parser_words and "expected ','" in parser_words:
        key = _FLOW_KEY_VALUE.search(current[:column - 1])
        if key:  # {fr: Retiré : remplacé, en: …}
            return line, message("yaml_colon_in_text", key=key.group(1)) + "\n" + snippet(text, line, column)
    if "expected key" in parser_words or "expected <block end>" in parser_words:
        sibling = _sibling(lines, line)
        if sibling and _indent(current) != _key_column(lines[sibling - 1]):
            return line, message("yaml_indentation", spaces=_indent(current), sibling=sibling,
                                 expected=_key_column(lines[sibling - 1])) + "\n" + snippet(text, line, _indent(current) + 1)
    return line, message("yaml_other", words=parser_words) + "\n" + snippet(text, line, column)


def curly_quoted(value: str) -> bool:
    """Whether a text YAML read as plain is wrapped in quotes it does not
    know (“…”, «…», ‘…’): they would be published as part of the text."""
    return len(value) > 1 and CURLY_PAIRS.get(value[0]) == value[-1]


def curly_message(value: str) -> str:
    return message("yaml_curly_quotes", opening=value[0], closing=value[-1])


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _key_column(line: str) -> int:
    """Where a line's key starts: after its indentation, and after the
    "- " of a list's item (`  - id: "1"`: the column of id)."""
    stripped = line.lstrip(" ")
    return _indent(line) + (len(stripped) - len(stripped[1:].lstrip(" ")) if stripped.startswith("- ") else 0)


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _previous(lines: list, line: int) -> int | None:
    """The last line before `line` that holds something (not blank, not a comment)."""
    for number in range(line - 1, 0, -1):
        if _content(lines[number - 1]):
            return number
    return None


def _sibling(lines: list, line: int) -> int | None:
    """The line of the key just before `line` in its group: the closest
    earlier line indented no deeper than the line before it."""
    previous = _previous(lines, line)
    if previous is None:
        return None
    if lines[previous - 1].rstrip().endswith(":"):  # the line opens a group: its children come next
        return None
    return previous


def _unclosed_quote(lines: list, numbers: list) -> tuple[int, int] | None:
    """(line, column) of a double quote that starts a text on one of the
    lines `numbers` and is not closed on that line."""
    for number in numbers:
        match = _KEY_VALUE.match(lines[number - 1]) if number <= len(lines) else None
        value = match.group(3) if match and match.group(3) else ""
        if value.startswith('"') and _quotes(value) % 2 == 1:
            return number, lines[number - 1].index('"') + 1
    return None


def _unclosed_bracket(lines: list, numbers: list) -> tuple[int, int, str] | None:
    """(line, column, bracket) of a [ or { that a value opens on one of the
    lines `numbers` and does not close there."""
    for number in numbers:
        match = _KEY_VALUE.match(lines[number - 1]) if number <= len(lines) else None
        value = match.group(3) if match and match.group(3) else ""
        if value[:1] in ("[", "{"):
            unquoted = re.sub(r'"(?:[^"\\]|\\.)*"', "", value)
            if unquoted.count(value[0]) > unquoted.count({"[": "]", "{": "}"}[value[0]]):
                return number, lines[number - 1].index(value) + 1, value[0]
    return None


def _quotes(value: str) -> int:
    """The double quotes of `value` that are not escaped."""
    return len(re.findall(r'(?<!\\)"', value))
