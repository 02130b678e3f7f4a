"""Whole parts of pages drawn from the data: Markdown headings (so that they
reach the "On this page" list) followed by the tables of macros/render/tables.py.
Pure functions of (plan, language) -> Markdown."""
from __future__ import annotations

import re

from markupsafe import escape

from . import tables
from ..language.labels import label

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]#!])")
_LIST_START = re.compile(r"^(\s*\d*)([-+.])(?=\s)", re.MULTILINE)  # "- x", "1. x" would become lists
# "Management/Information": a phone may wrap the line after the slash, not inside a word.
_SLASH = re.compile(r"(?<=\w)/(?=\w)")


def markdown_text(value: str) -> str:
    """Data text made safe for Markdown: HTML escaped, Markdown syntax neutralized."""
    text = _MARKDOWN_SPECIALS.sub(r"\\\1", str(escape(value)))
    return _LIST_START.sub(r"\1\\\2", text)


def heading(level: int, words: str, anchor: str) -> str:
    """A Markdown heading with a stable id (attr_list)."""
    return f"{'#' * level} {_SLASH.sub('/<wbr>', markdown_text(words))} {{#{anchor}}}"


def as_is(html: str) -> str:
    return html


def activity_sections(plan, lang: str, level: int = 2, raw=as_is, here_url: str = "", after: str = "") -> str:
    """Section 10: per objective and commitment, a heading and its table
    (objectives at heading `level`, commitments one below), each followed by
    `after` (the download links). `raw` is given each block of HTML and
    returns what the Markdown holds in its place."""
    parts = []
    for objective in plan["objectives"]:
        parts.append(heading(level, f"{objective['id']}. {objective['title'][lang]}", f"objective-{objective['id']}"))
        for commitment in objective["commitments"]:
            anchor = f"commitment-{commitment['id'].replace('.', '-')}-heading"
            parts.append(heading(level + 1, f"{commitment['id']} {commitment['title'][lang]}", anchor))
            parts.append(raw(tables.activity_table(plan, commitment["id"], lang, here_url) + after))
    return "\n\n".join(parts)


def maturity_sections(plan, lang: str, level: int = 3, raw=as_is, after: str = "") -> str:
    """Section 5.1: per category (a heading at `level`), its scope, the
    rationale and its table (`raw`, `after`: as for activity_sections)."""
    parts = []
    for category in plan["maturity"]["categories"]:
        title = label(lang, "category_heading", id=category["id"], title=category["title"][lang])
        parts.append(heading(level, title, f"category-{category['id']}-heading"))
        parts.append(markdown_text(category["description"][lang]))
        parts.append(f"**{markdown_text(label(lang, 'rationale'))}**")
        parts += [markdown_text(paragraph[lang]) for paragraph in category["rationale"]]
        parts.append(raw(tables.maturity_table(plan, category["id"], lang) + after))
    return "\n\n".join(parts)
