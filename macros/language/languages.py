"""The site's languages, defined here once and read by everything that
lists them: the pages' folders, the interface words, the data's texts, the
dates, the search indexes, the feeds, the open data and the writers' tools.

French comes first, as on Canada.ca, and is the default: the language of
the pages at the site's root. mkdocs.yml repeats the list for
mkdocs-static-i18n (with each language's site name and Canada.ca
addresses); the site's plugin stops the build when the two differ.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from babel import Locale


@dataclass(frozen=True)
class Language:
    code: str     # docs/<code>/, macros/language/<code>.yml, the key of a data text ({fr: …, en: …})
    name: str     # in itself, as the language toggle and the root page show it
    locale: str   # Babel's, for dates: the Canadian variety
    iso639_2: str  # ISO 639-2/B, as the Government of Canada's metadata (dcterms.language) writes it
    default: bool = False


REGISTRY = (
    Language("fr", "Français", "fr_CA", "fra", default=True),
    Language("en", "English", "en_CA", "eng"),
)
LANGUAGES = tuple(language.code for language in REGISTRY)
DEFAULT = next(language.code for language in REGISTRY if language.default)
_BY_CODE = {language.code: language for language in REGISTRY}


def language(code: str) -> Language:
    return _BY_CODE[code]


@lru_cache(maxsize=16)
def name_in(code: str, lang: str) -> str:
    """The language `code` named in the language `lang`: "French", "anglais"."""
    return Locale.parse(language(code).locale).get_language_name(language(lang).locale)
