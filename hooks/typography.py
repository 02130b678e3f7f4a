"""Canadian French typography on every French page.

The rules are those of macros/language/typography.py, which `make check`
applies to the sources too; the data and the labels are written that way.
This pass, once per French page, spaces what is typed in the page and what
Markdown, MkDocs and the theme make of it: the page's Markdown (headings,
text; never code, addresses or times such as 12:30); the titles of the page
and of its table of contents, which the navigation, <title> and
previous/next links show (Python-Markdown turns their no-break spaces into
plain ones, and so does Jinja's `striptags`, replaced here); the theme's
previous/next labels. It works on small strings, never on the whole HTML of
a page, so the build stays fast.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from markupsafe import Markup
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from macros.language.typography import NBSP, french_text  # noqa: E402

# What a Markdown source holds that is not text: code, comments and tags.
_NOT_TEXT = re.compile(r"^(`{3,}|~{3,}).*?^\1|`+.*?`+|<!--.*?-->|<[^>\n]*>", re.S | re.M)


def french_markdown(markdown: str) -> str:
    """A French page's Markdown with Canadian French spacing in its text."""
    parts, end = [], 0
    for match in _NOT_TEXT.finditer(markdown):
        parts += [french_text(markdown[end:match.start()]), match.group()]
        end = match.end()
    parts.append(french_text(markdown[end:]))
    return "".join(parts)


_TAGS = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_BREAKING_RUN = re.compile(r"[^\S\u00a0\u202f]+")


def striptags(value) -> str:
    """Jinja's `striptags`, which the theme applies to titles, without
    turning no-break spaces into plain ones."""
    return Markup(_BREAKING_RUN.sub(" ", _TAGS.sub("", str(value))).strip()).unescape()


def on_env(env, config, files):
    env.filters["striptags"] = striptags
    return env


def _french(page) -> bool:
    return page.file.locale == "fr"


@event_priority(-100)  # after mkdocs-macros has rendered the page
def on_page_markdown(markdown, page, config, files):
    return french_markdown(markdown) if _french(page) else markdown


def _spaced_toc(links) -> None:
    for link in links:
        link.title = french_text(link.title)
        _spaced_toc(link.children)


@event_priority(-100)  # every page is rendered before any is templated: the navigation gets its titles
def on_page_content(html, page, config, files):
    if _french(page):
        _spaced_toc(page.toc.items)
        page.title = french_text(page.title)
    return html


def on_post_page(output, page, config):
    """The theme's previous/next links: "Suivant: …" in their aria-label."""
    if not _french(page):
        return output
    for direction in ("Précédent", "Suivant"):
        output = output.replace(f'aria-label="{direction}: ', f'aria-label="{direction}{NBSP}: ')
    return output
