"""A page finished: its content once Markdown is done, then the page as the
theme wrote it. Pure functions of HTML strings.

- `finished`: every acronym of the glossary marked with its expansion in the
  page's language, and the footnotes numbered;
- `kept_from_search`: the figures' SVG and the tables marked for search to
  skip, stood for by markers, so that Material's search parser never walks
  them (it skips them, but would still read their every element);
- `finished_page`: the one pass over the written page: those blocks put back,
  and the one attribute that makes Material's HTML invalid dropped.
"""
from __future__ import annotations

import re

from ..language.acronyms import mark
from .blocks import MARKER, Blocks
from .one_page import merged_footnotes, numbered_footnotes, part


def finished(html: str, lang: str, glossary: dict) -> str:
    """Every acronym of `glossary` marked, in `lang`, with its expansion; the
    footnotes numbered, their links named in `lang`."""
    return numbered_footnotes(mark(html, glossary), lang)


def finished_plan(introduction: str, sections: list[str], lang: str, glossary: dict) -> str:
    """The one-page plan: its introduction, then each section in a part of
    its own, whose acronyms are marked as on the section's own page (the
    first use in each is spelled out: a reader who jumps to a section from
    the table of contents finds the names there); the footnotes gathered at
    the end and numbered."""
    html = "\n".join([mark(introduction, glossary)] + [part(mark(section, glossary)) for section in sections])
    return numbered_footnotes(merged_footnotes(html), lang)


_SVG = re.compile(r"<svg\b.*?</svg>", re.S)
# A table that macros/render/tables.py's scroll_table marks for search to
# skip, whole: kept from Material's search parser, which would still walk
# its every element (a third of a second per language for the progress
# page's lists of the benchmark's 590 deliverables).
UNSEARCHED_TABLE = re.compile(r'<div class="table-scroll" [^>]*\bdata-search-exclude>\n.*?\n</table>\n</div>', re.S)


def kept_from_search(content: str, blocks: Blocks) -> str:
    """`content` with its figures' SVG and its unsearched tables stashed."""
    content = _SVG.sub(lambda match: blocks.stash(match.group()), content)
    # The table without its marker, as Material leaves what it skipped.
    return UNSEARCHED_TABLE.sub(lambda match: blocks.stash(match.group().replace(" data-search-exclude", "", 1)), content)


# Material's checkbox toggles (base.html, which has no block for them) carry
# autocomplete="off", which HTML allows on text-like inputs only.
_TOGGLES = {f'id="__{name}" autocomplete="off">': f'id="__{name}">' for name in ("drawer", "search")}
_FINISHED = re.compile("|".join([MARKER.pattern] + [re.escape(toggle) for toggle in _TOGGLES]))


def finished_page(output: str, blocks: Blocks) -> str:
    """The written page with its stashed blocks back and its toggles valid."""
    def finish(match: re.Match) -> str:
        return blocks.take(int(match.group(1))) if match.group(1) else _TOGGLES[match.group()]
    return _FINISHED.sub(finish, output)
