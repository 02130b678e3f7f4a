"""Acronyms in the prose: every acronym of the glossary, wherever the page's
text uses it, is an <abbr>. Its first use on a page is spelled out in the
text, for every reader: "PSC (Public Service Commission)", unless the text
has just given the name ("Public Service Commission (PSC)"); that <abbr>
has no title, so that no screen reader hears the name twice. Every later
use is an <abbr title> that a pointer can hover (the browser's own tooltip,
which WCAG 1.4.13 leaves to the browser). Headings are never spelled out:
they name the page's sections in the table of contents and in search
results. An <abbr title> that a renderer wrote (an organization in a table,
`org()`) counts as a use: the first one is spelled out in its turn.

Only text is marked, never a tag or an attribute: the page is read with a
tokenizer that follows HTML's grammar for tags (a quoted attribute may hold
"<" or ">"), comments and the elements whose content is raw text."""
from __future__ import annotations

import html as html_text
import re
from functools import lru_cache

from markupsafe import Markup

from .words import breakable

# HTML's tokens other than text (the tokenizer's states, WHATWG HTML 13.2.5):
# a comment; an element whose content is raw text, whole (script, style,
# textarea, title); a start or end tag, whose attributes' values may be
# quoted ("…", '…', which may hold < and >) or not; a declaration or a
# processing instruction.
_SPACE = r"[\t\n\f\r ]"
_ATTRIBUTES = (rf"(?:{_SPACE}*/?{_SPACE}*[^\t\n\f\r />][^\t\n\f\r />=]*"
               rf"(?:{_SPACE}*={_SPACE}*(?:\"[^\"]*\"|'[^']*'|[^\t\n\f\r >]+))?)*{_SPACE}*/?")
_RAW = "script|style|textarea|title"
TOKEN = re.compile(
    rf"(<!--.*?-->"
    rf"|<(?:{_RAW})(?![^\t\n\f\r />]){_ATTRIBUTES}>.*?</(?:{_RAW}){_SPACE}*>"
    rf"|</?[a-zA-Z][^\t\n\f\r />]*{_ATTRIBUTES}>"
    rf"|<[!?][^>]*>)", re.S | re.I)
# The tags that change how the text after them is marked: elements whose
# text is left alone (code, a drawing, an acronym already marked) and headings.
_STATE = re.compile(r"<(/?)(abbr|code|pre|svg|kbd|samp|h[1-6])(?![^\t\n\f\r />])", re.I)
_TITLE = re.compile(r"""\stitle=(?:"([^"]*)"|'([^']*)')""")
_LANG = re.compile(r"\slang=")
_DEFINED = re.compile(r"\sdata-defined(?![\w-])")
# How far back the text may have given an acronym's expansion: "Name (ACR".
_NEAR = 12
EXPANSION_CLASS = "expansion"


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
    # Whole words only. The look-ahead at an acronym's first letter fails fast elsewhere.
    first_letters = re.escape("".join(sorted({a[0] for a in alternatives})))
    words = "|".join(map(re.escape, alternatives))
    return re.compile(rf"(?=[{first_letters}])(?<![\w/-])({words})(?![\w/-])")


def pattern(entries: dict) -> re.Pattern:
    """One regex for all acronyms, longest first, as whole words."""
    return _compiled(tuple(sorted(entries, key=len, reverse=True)))


@lru_cache(maxsize=4)
def _markup(entries: tuple) -> dict:
    """Each acronym's markup, by use: the first, a bare <abbr> followed by
    its name in parentheses; the first whose name the text just gave, a
    bare <abbr>; a later one, an <abbr title>."""
    bare = {a: str(Markup("<abbr>{}</abbr>").format(a)) for a, _ in entries}
    return {"first": {a: bare[a] + expansion(name) for a, name in entries}, "told": bare,
            "later": {a: str(Markup('<abbr title="{}">{}</abbr>').format(name, a)) for a, name in entries}}


def expansion(name: str) -> str:
    """An acronym's name spelled out after its first use. Where a phone's
    narrow column needs it, it may break after a slash within it
    ("l’information/technologie") or after a parenthesis it opens itself
    ("(vraisemblablement"), as it may between its words."""
    inside = Markup("(<wbr>").join(breakable(part) for part in name.split("("))
    return str(Markup('<span class="{}"> ({})</span>').format(EXPANSION_CLASS, inside))


_OWN_TAG = re.compile(r"<[^>]*>")  # in text this module has marked: its own <abbr> and <span>


def _words(text: str) -> str:
    return " ".join(html_text.unescape(_OWN_TAG.sub(" ", text)).split()).casefold()


def mark(html: str, entries: dict) -> str:
    """`html` with each glossary acronym of its text wrapped in <abbr>, the
    first use of each spelled out (see the module's docstring)."""
    if not entries:
        return html
    regex = pattern(entries)
    forms = _markup(tuple(entries.items()))
    parts = TOKEN.split(html)  # text, token, text, token… text
    seen: set = set()
    skipped: dict = {}  # name of an element whose text is left alone -> how many are open
    headings = 0

    def told_just_before(index: int, offset: int, name: str) -> bool:
        """Whether the text before parts[index][offset] ends with `name` (and a few characters)."""
        wanted, pieces, length = len(name) + _NEAR, [parts[index][:offset]], offset
        for earlier in range(index - 2, -1, -2):
            if length > 4 * wanted + 200:
                break
            pieces.append(parts[earlier])
            length += len(parts[earlier])
        return name.casefold() in _words(" ".join(reversed(pieces)))[-wanted:]

    def use(acronym: str, index: int, offset: int, in_parentheses: bool = False) -> str:
        """"first": spelled out here; "told": first, the text just gave its
        name (or defines it: "… gouvernement ouvert (PMOGO)"); "later": a
        use after the first (or in a heading)."""
        if acronym in seen or headings:
            return "later"
        seen.add(acronym)
        return "told" if in_parentheses or told_just_before(index, offset, entries[acronym]) else "first"

    def in_prose(match: re.Match, index: int) -> str:
        text, start, end = match.string, match.start(), match.end()
        defined = text[start - 1:start] == "(" and text[end:end + 1] == ")" and text[:start - 1].rstrip() != ""
        return forms[use(match.group(1), index, start, defined)][match.group(1)]

    for index in range(0, len(parts), 2):
        text = parts[index]
        if text and not skipped and regex.search(text):
            parts[index] = regex.sub(lambda match: in_prose(match, index), text)
        if index + 1 == len(parts):
            break
        tag = parts[index + 1]
        state = _STATE.match(tag)
        if not state:
            continue
        closing, name = state.group(1), state.group(2).lower()
        if name.startswith("h"):
            headings = max(0, headings + (-1 if closing else 1))
        elif closing:
            if skipped.get(name):
                skipped[name] -= 1
                if not skipped[name]:
                    del skipped[name]
        elif not tag.endswith("/>"):
            if name == "abbr" and not skipped:
                _renderers_abbr(parts, index + 1, entries, use)
            skipped[name] = skipped.get(name, 0) + 1
    return "".join(parts)


def _renderers_abbr(parts: list, at: int, entries: dict, use) -> None:
    """An <abbr title> that a renderer wrote (parts[at]), first of its
    acronym on the page: its title dropped, its name spelled out after it.
    One written in another language (Annex B's French acronyms, in English)
    is left alone; one that defines its acronym, whose name the next cell
    gives (Annex B: data-defined), counts as the first use, as it is."""
    tag, title = parts[at], _TITLE.search(parts[at])
    if title is None or _LANG.search(tag) or at + 2 >= len(parts) or not parts[at + 2].lower().startswith("</abbr"):
        return
    acronym = html_text.unescape(parts[at + 1])
    name = html_text.unescape(title.group(1) if title.group(1) is not None else title.group(2))
    if acronym not in entries:  # two bodies may share an acronym: the renderer's title names this one
        return
    how = use(acronym, at + 1, 0)
    if how != "later" and not _DEFINED.search(tag):
        parts[at] = "<abbr>"
        if how == "first":
            parts[at + 2] += expansion(name)
