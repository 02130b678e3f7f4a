"""Acronyms in the prose: every acronym of the glossary, wherever the page's
text uses it, becomes an <abbr> whose title is its expansion in the page's
language; the first one on a page also spells the expansion out for screen
readers, which do not all read titles, unless the text has just given it
("Public Service Commission (PSC)"). Headings are never spelled out: they
name the page's sections in the table of contents and in search results."""
from __future__ import annotations

import html as html_text
import re
from functools import lru_cache

from markupsafe import Markup

# Elements whose text is left alone (a whole element, up to its end tag).
_SKIPPED = re.compile(r"<(abbr|code|pre|script|style|svg|textarea|title)\b[^>]*(?<!/)>.*?</\1\s*>", re.S | re.I)
# Headings: their acronyms are marked but never spelled out.
_SKIPPED_OR_HEADING = re.compile(rf"{_SKIPPED.pattern}|<(h[1-6])\b[^>]*>.*?</\2\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>|^[^<]*>")
# How far back the text may have given an acronym's expansion: "Name (ACR".
_NEAR = 12


@lru_cache(maxsize=4)
def glossary(plan, lang: str) -> dict:
    """Acronym as written in `lang` -> expansion. In French, the source's
    other spellings (GTOG, CMG…) too. The first entry wins a shared acronym."""
    entries = {}
    for org in plan["organizations"]:
        if "acronym" not in org:
            continue
        spellings = [org["acronym"][lang]] + (org.get("variants", []) if lang == "fr" else [])
        for spelling in spellings:
            entries.setdefault(spelling, org["name"][lang])
    return entries


@lru_cache(maxsize=4)
def _compiled(alternatives: tuple) -> re.Pattern:
    # Whole words only, and not inside a tag (no ">" before the next "<").
    # The look-ahead at an acronym's first letter fails fast elsewhere.
    first_letters = re.escape("".join(sorted({a[0] for a in alternatives})))
    words = "|".join(map(re.escape, alternatives))
    return re.compile(rf"(?=[{first_letters}])(?<![\w/-])({words})(?![\w/-])(?![^<>]*>)")


def pattern(entries: dict) -> re.Pattern:
    """One regex for all acronyms, longest first, as whole words."""
    return _compiled(tuple(sorted(entries, key=len, reverse=True)))


@lru_cache(maxsize=4)
def _markup(entries: tuple, hidden_class: str) -> tuple[dict, dict]:
    """Each acronym's <abbr>, and the same followed by its spelled-out expansion."""
    abbrs = {a: str(Markup('<abbr title="{}">{}</abbr>').format(name, a)) for a, name in entries}
    explained = {a: abbrs[a] + str(Markup('<span class="{}"> ({})</span>').format(hidden_class, name))
                 for a, name in entries}
    return abbrs, explained


def _text_before(html: str, end: int, length: int) -> str:
    """The last `length` characters of text before `end` in `html`, tags
    removed, spaces collapsed, lower case."""
    start = max(0, end - 4 * length - 200)
    words = " ".join(html_text.unescape(_TAG.sub(" ", html[start:end])).split())
    return words[-length:].casefold()


def _between(html: str, elements: re.Pattern, change, keep=lambda element: element.group()) -> str:
    """`html` with `change(text, offset)` applied to the text between the
    `elements`, and `keep(element)` to each of them."""
    out, position = [], 0
    for element in elements.finditer(html):
        out.append(change(html[position:element.start()], position))
        out.append(keep(element))
        position = element.end()
    out.append(change(html[position:], position))
    return "".join(out)


def mark(html: str, entries: dict, hidden_class: str = "visually-hidden") -> str:
    """`html` with each glossary acronym of its text wrapped in <abbr>."""
    if not entries:
        return html
    regex = pattern(entries)
    abbrs, explained = _markup(tuple(entries.items()), hidden_class)
    seen: set = set()

    def in_prose(text: str, offset: int) -> str:
        def replace(match):
            acronym = match.group(1)
            if acronym in seen:
                return abbrs[acronym]
            seen.add(acronym)
            expansion = entries[acronym].casefold()
            if expansion in _text_before(html, offset + match.start(), len(expansion) + _NEAR):
                return abbrs[acronym]
            return explained[acronym]
        return regex.sub(replace, text)

    def in_heading(text: str, _offset: int) -> str:
        return regex.sub(lambda match: abbrs[match.group(1)], text)

    def heading_or_skipped(element: re.Match) -> str:
        return _between(element.group(), _SKIPPED, in_heading) if element.group(2) else element.group()

    return _between(html, _SKIPPED_OR_HEADING, in_prose, heading_or_skipped)
