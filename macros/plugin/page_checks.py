"""A page held to what a page may hold (macros/site/allowlist.py), each
fault told to its writer with the page's file and line, in the writer's
language; and its front matter held to plain text, escaped where the theme
prints it as HTML."""
from __future__ import annotations

from markupsafe import Markup, escape

from ..language.messages import message, shown
from ..site.allowlist import findings

MAX_SHOWN = 10  # faults shown per page, the rest counted
TEXT_KEYS = ("title", "description", "author")  # what the menu, <title> and <meta> show


def front_matter_faults(meta: dict, source: str, where: str) -> list[str]:
    """One line per text of the front matter that holds markup; the others
    are escaped in `meta` (Material prints them as they are, in the menu and
    in <meta>, where a quote or an ampersand would end or change them)."""
    lines = []
    for key in TEXT_KEYS:
        value = meta.get(key)
        if not isinstance(value, str):
            continue
        if "<" in value or ">" in value:
            lines.append(f"{where}:{_line(source, f'{key}:') or 1}: "
                         + message("front_matter_markup", key=key, found=shown(_markup(value))))
        else:
            meta[key] = Markup(escape(value))
    return lines


def page_faults(html: str, source: str, where: str) -> list[str]:
    """One line per fault of a page: `html` is its Markdown's output (the
    macros' blocks not yet back), `source` its file's text, `where` its
    path as the writer knows it (docs/fr/x.md)."""
    lines = []
    faults = findings(html)
    cursor = 0
    for finding in faults[:MAX_SHOWN]:
        line, cursor = _located(source, finding.needles, cursor)
        values = {name: shown(value) if isinstance(value, str) else value for name, value in finding.values.items()}
        lines.append(f"{where}{f':{line}' if line else ''}: {message(finding.key, **values)}")
    if len(faults) > MAX_SHOWN:
        lines.append(f"{where}: {message('page_more', count=len(faults) - MAX_SHOWN)}")
    return lines


def _markup(value: str) -> str:
    start = value.find("<")
    return value[start:start + 40] if start >= 0 else value[:40]


def _located(source: str, needles: tuple, cursor: int) -> tuple[int | None, int]:
    """The line of the first of `needles` found in `source` from `cursor`
    (the faults come in the page's order), else from its start."""
    lowered = source.lower()
    for start in (cursor, 0):
        for needle in needles:
            if not needle:
                continue
            index = lowered.find(needle.lower(), start)
            if index >= 0:
                return source.count("\n", 0, index) + 1, index + 1
    return None, cursor


def _line(source: str, needle: str) -> int | None:
    line, _ = _located(source, (needle,), 0)
    return line
