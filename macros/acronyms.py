"""Acronyms in the prose: every acronym of the glossary, wherever the page's
text uses it, becomes an <abbr> whose title is its expansion in the page's
language; the first one on a page also spells the expansion out for screen
readers, which do not all read titles."""
from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup

# Text inside these elements is left alone.
_SKIP = {"abbr", "code", "pre", "script", "style", "svg", "title", "textarea"}
_TAG = re.compile(r"(<[^>]+>)")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9]+)")


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
    return re.compile(rf"(?<![\w/-])({'|'.join(map(re.escape, alternatives))})(?![\w/-])")


def pattern(entries: dict) -> re.Pattern:
    """One regex for all acronyms, longest first, as whole words."""
    return _compiled(tuple(sorted(entries, key=len, reverse=True)))


def mark(html: str, entries: dict, hidden_class: str = "visually-hidden") -> str:
    """`html` with each glossary acronym of its text wrapped in <abbr>."""
    if not entries:
        return html
    regex = pattern(entries)
    abbrs = {a: str(Markup('<abbr title="{}">{}</abbr>').format(name, a)) for a, name in entries.items()}
    explained: set = set()
    skipping = 0
    out = []

    def replace(match):
        acronym = match.group(1)
        if acronym in explained:
            return abbrs[acronym]
        explained.add(acronym)
        return abbrs[acronym] + str(Markup('<span class="{}"> ({})</span>').format(hidden_class, entries[acronym]))

    for piece in _TAG.split(html):
        if piece.startswith("<"):
            name = _TAG_NAME.match(piece)
            if name and name.group(1).lower() in _SKIP and not piece.endswith("/>"):
                skipping += -1 if piece.startswith("</") else 1
                skipping = max(skipping, 0)
            out.append(piece)
        elif skipping or not piece.strip():
            out.append(piece)
        else:
            out.append(regex.sub(replace, piece))
    return "".join(out)
