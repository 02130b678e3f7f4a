"""Checks of single values that the schemas cannot make: days that exist,
dates within the plan's period, whole numbers; and, in every data file,
texts a reader can see, that a spreadsheet would not take for a formula, and
translations that are not a copy of the French.

Pure functions of a parsed Source; each returns Problems, none raises.
Their words, and those of every check of the data, are in the language
files (messages:), in the writer's language; what the writer typed is
quoted by the helpers below, as characters (macros/language/messages.py).
"""
from __future__ import annotations

import calendar
import difflib
import re
import unicodedata

from babel.dates import get_month_names

from ..language.languages import DEFAULT, LANGUAGES, language, name_in
from ..language.messages import message, shown, writer_language
from .source import Problem, Source

# Texts written the same way in both languages: acronyms used in both, and
# the French acronyms the plan gives no English form for (GTGI, CI-CGI/TI).
# A text added here is no longer reported as an untranslated copy.
SAME_IN_BOTH_LANGUAGES = frozenset({"GC", "VP", "GTGI", "CI-CGI/TI"})

# Dates may fall this many years before the plan's first year or after its
# last (a deliverable prepared ahead, a report due after the plan ends).
MARGIN_YEARS = 2

_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")

# The language of the schemas' "description" (the one editors show); each
# other language's words are beside it, in "x-description-<code>".
SCHEMA_LANGUAGE = "en"


# --- what a message quotes ------------------------------------------------------

def described(schema: dict, lang: str | None = None) -> str | None:
    """A schema's description in `lang` (the writer's language by default)."""
    lang = lang or writer_language()
    return schema.get("description" if lang == SCHEMA_LANGUAGE else f"x-description-{lang}")


def found(value) -> str:
    """A value of the data as a message names it: a text quoted as the
    language quotes, a number or true/false as written, a mapping, a list
    or an empty value in words."""
    if isinstance(value, dict):
        return message("data_a_mapping")
    if isinstance(value, list):
        return message("data_a_list")
    if value is None:
        return message("data_an_empty_value")
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return repr(value)
    return message("data_quoted", text=shown(str(value)))


def did_you_mean(word: str, known) -> str:
    """" (did you mean 'learning'?)" for the closest of `known`, or nothing."""
    guess = difflib.get_close_matches(word, list(known), n=1)
    return message("data_did_you_mean", guess=shown(guess[0])) if guess else ""


def not_a_day(value: str) -> str | None:
    """The message for a YYYY-MM-DD that is no day of the calendar (the
    30th of February), with the days its month has; None for a day."""
    year, month_number, day = (int(part) for part in value.split("-"))
    if not 1 <= month_number <= 12:
        return None  # the schema reports it
    last = calendar.monthrange(max(year, 1), month_number)[1]
    if 1 <= day <= last:
        return None
    lang = writer_language()
    month = f"{get_month_names('wide', locale=language(lang).locale)[month_number]} {year}"
    return message("data_not_a_day", lang, value=shown(value), month=month, days=last)


def value_problems(source: Source) -> list[Problem]:
    """Every problem of single values in `source.data`."""
    period = _period(source.data)
    problems = []
    for path, value in _values(source.data, ()):
        if isinstance(value, float) and value.is_integer():  # the schemas take 3.0 for 3
            problems.append(source.problem(path, message("data_decimal", value=repr(value), whole=int(value))))
        elif isinstance(value, str) and not (path and path[-1] in LANGUAGES):
            problems += _date_problems(source, path, value, period)
    return problems + text_problems(source)


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_problems(source: Source) -> list[Problem]:
    """Every text of a data file in each language: one a reader can see,
    that does not start like a formula (the open data's CSV files hold
    it), and, in the other languages, not a copy of the default's."""
    problems, copies = [], []
    _check_texts(source.data, (), source, problems, copies)
    writer = writer_language()
    for path, lang, original in copies:
        problems.append(source.problem(path + (lang,), message(
            "data_same_as_default", writer, language=name_in(lang, writer),
            default=name_in(DEFAULT, writer), text=found(original))))
    return problems


def _check_texts(value, path: tuple, source: Source, problems: list, copies: list) -> None:
    """One walk of the data, in its order (a progress file holds thousands
    of texts): the texts' own problems into `problems`, and (path,
    language, text) of each translation that copies the default's into
    `copies`."""
    if isinstance(value, list):
        for index, child in enumerate(value):
            if isinstance(child, (dict, list)):
                _check_texts(child, path + (index,), source, problems, copies)
        return
    if not isinstance(value, dict):
        return
    for key, child in value.items():
        if isinstance(child, (dict, list)):
            _check_texts(child, path + (key,), source, problems, copies)
        elif key in LANGUAGES and isinstance(child, str):
            stripped = child.lstrip(" ")
            if stripped.startswith(FORMULA_STARTS) or not (stripped[:1].isalnum() or _visible(child)):
                if not _visible(child) and child.strip():
                    problems.append(source.problem(path + (key,), message("data_invisible_text", text=found(child))))
                elif stripped.startswith(FORMULA_STARTS):
                    problems.append(source.problem(path + (key,), message("data_formula", first=shown(stripped[0]))))
    original = value.get(DEFAULT)
    if isinstance(original, str) and original not in SAME_IN_BOTH_LANGUAGES:
        for lang in LANGUAGES:
            if lang != DEFAULT and value.get(lang) == original and _visible(original):
                copies.append((path, lang, original))


def _visible(text: str) -> bool:
    """Whether `text` has a character that is neither a space nor an
    invisible format character (zero-width space, joiners, BOM…)."""
    return any(not char.isspace() and unicodedata.category(char) != "Cf" for char in text)


def _period(data) -> tuple[int, int] | None:
    plan = data.get("plan") if isinstance(data, dict) else None
    period = plan.get("period") if isinstance(plan, dict) else None
    if isinstance(period, dict) and all(isinstance(period.get(k), int) for k in ("start", "end")):
        return period["start"] - MARGIN_YEARS, period["end"] + MARGIN_YEARS
    return None


def _date_problems(source: Source, path, value: str, period) -> list[Problem]:
    """A YYYY-MM or YYYY-MM-DD that the schema let through but that is not a
    day of the calendar or lies far outside the plan's period."""
    day, month = _DAY.fullmatch(value), _MONTH.fullmatch(value)
    match = day or month
    if not match:
        return []
    year, month_number = int(match.group(1)), int(match.group(2))
    if not 1 <= month_number <= 12:
        return []  # the schema reports it
    wrong_day = not_a_day(value) if day else None
    if wrong_day:
        return [source.problem(path, wrong_day)]
    if period and not period[0] <= year <= period[1]:
        return [source.problem(path, message("data_outside_period", value=shown(value), low=period[0],
                                             high=period[1], margin=MARGIN_YEARS))]
    return []


def _values(value, path):
    """(path, value) of every scalar below `value`."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _values(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _values(child, path + (index,))
    else:
        yield path, value


def _texts(value, path):
    """(path, text) of every mapping of a string per language below `value`."""
    if isinstance(value, dict):
        if all(isinstance(value.get(lang), str) for lang in LANGUAGES):
            yield path, value
        for key, child in value.items():
            yield from _texts(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _texts(child, path + (index,))
