"""What the site's tools say to the people who write it, in their language:
the words are in the language files (messages:), chosen the conventional
way, from the locale (LANGUAGE, then LC_ALL, LC_MESSAGES and LANG: fr… is
French, any other language of the site is itself, anything else English).

A message shows what the writer typed as characters; a character that
cannot be seen (a control character, a bidirectional override) is shown by
its code, U+202E, never as a Python escape.
"""
from __future__ import annotations

import os
import unicodedata

from .labels import label
from babel.numbers import format_decimal

from .languages import LANGUAGES, REGISTRY

_FALLBACK = "en"


def writer_language(environ=None) -> str:
    """The language of the person running the tool, from the locale."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else _FALLBACK
    return _FALLBACK


def message(name: str, lang: str | None = None, /, **values) -> str:
    """The message `name` in `lang` (the writer's language by default)."""
    return label(lang or writer_language(), f"messages.{name}", **values)


def number(value: int, lang: str | None = None) -> str:
    """A count as the writer's language writes it: 20,000,000 or 20 000 000."""
    locale = next(language.locale for language in REGISTRY if language.code == (lang or writer_language()))
    return format_decimal(value, locale=locale)


def shown(text: str) -> str:
    """`text` as a message quotes it: every character a reader cannot see
    given by its code (U+0000), the rest as typed."""
    return "".join(f"U+{ord(character):04X}" if _unseen(character) else character for character in text)


def shown_lines(text: str) -> str:
    """A message of several lines, each shown as `shown` shows a text."""
    return "\n".join(shown(line) for line in text.split("\n"))


def _unseen(character: str) -> bool:
    return unicodedata.category(character) in ("Cc", "Cf", "Zl", "Zp")
