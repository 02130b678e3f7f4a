"""Acronyms in the prose: every acronym of the glossary, wherever the page's
text uses it, becomes an <abbr> whose title is its expansion in the page's
language; the first one on a page also spells the expansion out for screen
readers, which do not all read titles."""
from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup

# Elements whose text is left alone (a whole element, up to its end tag).
_SKIPPED = re.compile(r"<(abbr|code|pre|script|style|svg|textarea|title)\b[^>]*(?<!/)>.*?</\1\s*>", re.S | re.I)


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


def mark(html: str, entries: dict, hidden_class: str = "visually-hidden") -> str:
    """`html` with each glossary acronym of its text wrapped in <abbr>."""
    if not entries:
        return html
    regex = pattern(entries)
    abbrs, explained = _markup(tuple(entries.items()), hidden_class)
    seen: set = set()

    def replace(match):
        acronym = match.group(1)
        if acronym in seen:
            return abbrs[acronym]
        seen.add(acronym)
        return explained[acronym]

    out, position = [], 0
    for skipped in _SKIPPED.finditer(html):
        out.append(regex.sub(replace, html[position:skipped.start()]))
        position = skipped.end()
        out.append(html[skipped.start():position])
    out.append(regex.sub(replace, html[position:]))
    return "".join(out)
