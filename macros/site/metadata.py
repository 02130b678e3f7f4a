"""What a page says of itself to search engines and to the Government of
Canada's metadata (its Standard on Metadata, Dublin Core: title, creator,
dates issued and modified, language, subject), and its description: all
drawn from what the site already holds, never written a second time. Pure
functions of strings."""
from __future__ import annotations

import html as html_text
import re

from ..language.acronyms import TOKEN

# Where a page's lead paragraph is not: a figure (its caption, a quotation),
# a table, a navigation; the footnotes end the search.
_ASIDE = re.compile(r"<(/?)(figure|blockquote|table|nav|aside)(?![^\t\n\f\r />])", re.I)
_FOOTNOTES = re.compile(r'<div class="footnote"')
_PARAGRAPH = re.compile(r"<(/?)p(?![^\t\n\f\r />])", re.I)
_BREAK = re.compile(r"<br(?![^\t\n\f\r />])", re.I)
# Spaces that may be collapsed: never a no-break space (French typography).
_SPACES = re.compile(r"[ \t\n\r\f]+")
DESCRIPTION_LIMIT = 200  # characters: search engines show about 160


def lead(html: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """The text of the first paragraph of `html` that is not part of a
    figure, a table, a quotation or the footnotes, cut after the last whole
    word within `limit` characters (with "…"); "" when there is none."""
    aside, inside, words, text_start = 0, False, [], 0
    for token in TOKEN.finditer(html):  # read as far as the lead only: a page may be megabytes
        tag, text_before, text_start = token.group(), html[text_start:token.start()], token.end()
        if not inside:
            if _FOOTNOTES.match(tag):
                break
            boundary = _ASIDE.match(tag)
            if boundary:
                aside = max(0, aside + (-1 if boundary.group(1) else 1))
                continue
            opening = _PARAGRAPH.match(tag)
            if opening and not opening.group(1) and not aside:
                inside = True
            continue
        closing = _PARAGRAPH.match(tag)
        words.append(text_before + (" " if _BREAK.match(tag) else ""))
        if closing and closing.group(1):
            text = _SPACES.sub(" ", html_text.unescape("".join(words))).strip(" ")
            if text:
                return shortened(text, limit)
            inside, words = False, []
    return ""


def shortened(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """`text` itself when it fits `limit` characters; else its words that
    fit, followed by "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    cut = cut[:cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:–—(") + "…"
