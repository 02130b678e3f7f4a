"""Canadian French typography, the one rule set of the site (Translation
Bureau, Le guide du rédacteur, 6.13):

- a no-break space (U+00A0, or the narrow U+202F) before the colon;
- no space before ; ! ? (the narrow U+202F is tolerated);
- a no-break space inside « ».

`french_text` applies the rules to a text, `french_markdown` to the text of
a page's Markdown; `typeset`, `typeset_markdown` and `typeset_texts` apply a
language's rules, the French ones to French: the site's plugin to every
page and title, the data files' reader to every text of the data. Writers
type ordinary spaces; nothing is left for `make check` to report.
"""
from __future__ import annotations

import re

NBSP = "\u00a0"
NO_BREAK = "\u00a0\u202f"
_BREAKING = " \t\n\r\f"

# Every place a rule may apply starts at its sign: ; ! ? after a space; a
# colon that ends a phrase (not that of an address, https://, a time,
# 12:30, or Markdown's footnote and link definitions, [^2]:); « and the
# spaces after it; ».
_SIGNS = re.compile(r"(?<=[^\S\u202f])[;!?]|(?<!\]):(?=\s|$)|«[^\S\u00a0\u202f]*(?![\u00a0\u202f])|»")


def french_text(text: str) -> str:
    """`text` with Canadian French spacing."""
    parts, end = [], 0
    for match in _SIGNS.finditer(text):
        before, sign = text[end:match.start()], match.group()
        if sign[0] == "«":
            parts += [before, "«" + NBSP]
        elif sign in ":»":
            no_break = before.endswith((NBSP, "\u202f"))
            parts += [before if no_break else before.rstrip(_BREAKING) + NBSP, sign]
        else:
            parts += [before.rstrip(_BREAKING + NBSP), sign]
        end = match.end()
    parts.append(text[end:])
    return "".join(parts)


# What a Markdown source holds that is not text: code, comments and tags.
_MARKDOWN_NOT_TEXT = re.compile(r"^(`{3,}|~{3,}).*?^\1|`+.*?`+|<!--.*?-->|<[^>\n]*>", re.S | re.M)


def french_markdown(markdown: str) -> str:
    """A French page's Markdown with Canadian French spacing in its text
    (never in code, comments, tags, addresses or times such as 12:30)."""
    parts, end = [], 0
    for match in _MARKDOWN_NOT_TEXT.finditer(markdown):
        parts += [french_text(markdown[end:match.start()]), match.group()]
        end = match.end()
    parts.append(french_text(markdown[end:]))
    return "".join(parts)


# Each language's rules for a text and for a page's Markdown; none: as typed.
_TYPESETTERS = {"fr": (french_text, french_markdown)}


def typeset(text: str, lang: str) -> str:
    """`text` with the typography rules of `lang`."""
    return _TYPESETTERS[lang][0](text) if lang in _TYPESETTERS else text


def typeset_texts(data) -> None:
    """Every text of `data` ({fr: …, en: …} anywhere in it) given its
    language's typography, in place: the data is typeset as the pages are,
    so that a writer types ordinary spaces everywhere."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _TYPESETTERS and isinstance(value, str):
                if _SIGNS.search(value):
                    data[key] = _TYPESETTERS[key][0](value)
            else:
                typeset_texts(value)
    elif isinstance(data, list):
        for item in data:
            typeset_texts(item)


def typeset_markdown(markdown: str, lang: str) -> str:
    """The text of a page's Markdown with the typography rules of `lang`."""
    return _TYPESETTERS[lang][1](markdown) if lang in _TYPESETTERS else markdown
