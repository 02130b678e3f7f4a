"""The one-page plan, put together from the section pages' finished HTML
(so that no section is rendered twice), and the footnotes of every page.
Pure functions of HTML strings."""
from __future__ import annotations

import re
from collections import Counter

from markupsafe import escape

from ..language.labels import label
from ..language.messages import message

_HEADING_TAG = re.compile(r"<(/?)h([1-5])\b")
_ID = re.compile(r'\sid="([^"]+)"')
_HREF = re.compile(r'href="([^"#]*)(?:#([^"]*))?"')
_FOOTNOTES = re.compile(r'<div class="footnote">\s*<hr />\s*<ol>(.*?)</ol>\s*</div>', re.S)
_NOTE_ID = re.compile(r"fn(?:ref\d*)?:(.+)$")  # a footnote's id, or its reference's (fnref:x, fnref2:x)
_REFERENCE = re.compile(r'(<a class="footnote-ref" href="#fn:([^"]+)">)\d+(</a>)')
_BACK_LINK = re.compile(r'(<a class="footnote-backref" href="#fnref\d*:([^"]+)") title="[^"]*"')


def demoted(html: str) -> str:
    """`html` with every heading one level down (h1 -> h2 … h5 -> h6)."""
    return _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)


def localized_links(html: str, anchors: dict) -> str:
    """Links to the pages that `html` now holds made links within it.
    `anchors`: each page's address (as `html` links to it) -> the id of its
    first heading, where a link to the page itself lands."""
    def local(match):
        address, fragment = match.groups()
        if address not in anchors:
            return match.group(0)
        return f'href="#{fragment or anchors[address]}"'
    return _HREF.sub(local, html)


def duplicate_ids(html: str) -> list[str]:
    """The ids that `html` gives to more than one element."""
    return sorted(name for name, count in Counter(_ID.findall(html)).items() if count > 1)


def duplicate_messages(html: str, parts: dict[str, str]) -> list[str]:
    """What to change, in the writer's language, for each id that `html`
    (the one-page plan) gives more than once: a heading's, a figure's or a
    note's that two of the plan's `parts` ({file: html}) both hold."""
    messages = []
    for name in duplicate_ids(html):
        files = ", ".join(file for file, part in parts.items() if f'id="{name}"' in part)
        note = _NOTE_ID.match(name)
        said = (message("one_page_same_note", label=note.group(1), files=files) if note
                else message("one_page_same_id", id=name, files=files))
        if said not in messages:  # a note's id and its reference's
            messages.append(said)
    return messages


def merged_footnotes(html: str) -> str:
    """Every footnote list of `html` (one per section) moved into one at its end."""
    notes = [match.group(1).strip() for match in _FOOTNOTES.finditer(html)]
    if len(notes) < 2:
        return html
    body = _FOOTNOTES.sub("", html).rstrip()
    return body + '\n<div class="footnote">\n<hr />\n<ol>\n' + "\n".join(notes) + "\n</ol>\n</div>"


def part(html: str) -> str:
    """A section of the one-page plan, in an element of its own (the
    stylesheet lets the browser skip drawing those out of view)."""
    return f'<div class="plan-part">\n{html}\n</div>'


def numbered_footnotes(html: str, lang: str) -> str:
    """Footnote references numbered 1, 2, 3… in order, each named for
    screen readers in the page's language ("Footnote 3", not "3"), and each
    note's link back named "Back to text" (not "↩")."""
    numbers: dict = {}

    def reference(match):
        number = numbers.setdefault(match.group(2), len(numbers) + 1)
        name = escape(label(lang, "footnote_link", number=number))
        return f'{match.group(1)[:-1]} aria-label="{name}">{number}{match.group(3)}'

    def back_link(match):
        name = escape(label(lang, "footnote_back"))
        return f'{match.group(1)} aria-label="{name}" title="{name}"'

    return _BACK_LINK.sub(back_link, _REFERENCE.sub(reference, html))
