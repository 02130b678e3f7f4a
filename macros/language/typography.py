"""Canadian French typography, the one rule set of the site (Translation
Bureau, Le guide du rédacteur, 6.13):

- a no-break space (U+00A0, or the narrow U+202F) before the colon;
- no space before ; ! ? (the narrow U+202F is tolerated);
- a no-break space inside « ».

`french_text` applies the rules to a text, `french_markdown` to the text of
a page's Markdown; `typeset` and `typeset_markdown` apply a language's rules,
the French ones to French (the site's plugin, on every page and title);
`problems_in` finds where a text breaks them (scripts/typography.py, on the
French sources and data strings, for `make check`).
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


def typeset_markdown(markdown: str, lang: str) -> str:
    """The text of a page's Markdown with the typography rules of `lang`."""
    return _TYPESETTERS[lang][1](markdown) if lang in _TYPESETTERS else markdown


RULES = [
    (re.compile(rf"(?<=[^\s{NO_BREAK}\]:/])(?<!\]):(?=\s|$)|(?<=\S) :(?=\s|$)"),
     "a no-break space (U+00A0) goes before the colon"),
    (re.compile(r"(?<!«)[ \u00a0](?=[;!?](?!\[)(\s|$|[»)*]))"), "no space before ; ! ? in Canadian French"),
    (re.compile(rf"«(?![{NO_BREAK}])"), "a no-break space (U+00A0) goes after «"),
    (re.compile(rf"(?<![{NO_BREAK}])»"), "a no-break space (U+00A0) goes before »"),
]
# What a reader never sees as text: code, macros, addresses, tags.
_NOT_TEXT = re.compile(r"`[^`]*`|\{\{.*?\}\}|\{%.*?%\}|\]\([^)]*\)|<[^>]+>|https?://\S+|\{ *#[^}]*\}")


def problems_in(text: str) -> list[tuple[int, str]]:
    """(offset, rule) of every fault in a text a reader sees."""
    hidden = _NOT_TEXT.sub(lambda match: "\x00" * len(match.group()), text)
    return sorted((match.start(), message) for rule, message in RULES for match in rule.finditer(hidden))
