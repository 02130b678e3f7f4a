"""Checks of single values that the schemas cannot make: days that exist,
dates within the plan's period, whole numbers; and, in every data file,
texts a reader can see, that a spreadsheet would not take for a formula, and
translations that are not a copy of the French.

Pure functions of a parsed Source; each returns Problems, none raises.
"""
from __future__ import annotations

import calendar
import re
import unicodedata

from ..language.languages import DEFAULT, LANGUAGES, name_in
from ..language.messages import message, shown
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
_MONTHS_EN = calendar.month_name


def value_problems(source: Source) -> list[Problem]:
    """Every problem of single values in `source.data`."""
    period = _period(source.data)
    problems = []
    for path, value in _values(source.data, ()):
        if isinstance(value, float) and value.is_integer():  # the schemas take 3.0 for 3
            problems.append(source.problem(path, f"{value!r} is a decimal number; expected a whole number ({int(value)})"))
        elif isinstance(value, str) and not (path and path[-1] in LANGUAGES):
            problems += _date_problems(source, path, value, period)
    return problems + text_problems(source)


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_problems(source: Source) -> list[Problem]:
    """Every text of a data file in each language: one a reader can see,
    that does not start like a formula (the open data's CSV files hold
    it), and, in the other languages, not a copy of the default's."""
    problems = []
    for path, value in _values(source.data, ()):
        if not (isinstance(value, str) and path and path[-1] in LANGUAGES):
            continue
        if not _visible(value) and value.strip():
            problems.append(source.problem(path, message("data_invisible_text", text=shown(repr(value)))))
        elif value.lstrip(" ").startswith(FORMULA_STARTS):
            problems.append(source.problem(path, message("data_formula", first=shown(value.lstrip(" ")[0]))))
    for path, text in _texts(source.data, ()):
        original = text[DEFAULT]
        for lang in LANGUAGES:
            if lang != DEFAULT and text[lang] == original and _visible(original) and original not in SAME_IN_BOTH_LANGUAGES:
                problems.append(source.problem(
                    path + (lang,), f"the {name_in(lang, 'en')} text is the same as the {name_in(DEFAULT, 'en')} "
                                    f"({original!r}); expected a translation (a name written the same way in both "
                                    "languages goes in SAME_IN_BOTH_LANGUAGES, macros/data/value_checks.py)"))
    return problems


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
    if day:
        last = calendar.monthrange(max(year, 1), month_number)[1]
        if not 1 <= int(day.group(3)) <= last:
            return [source.problem(path, f"'{value}' is not a day of the calendar "
                                         f"({_MONTHS_EN[month_number]} {year} has {last} days)")]
    if period and not period[0] <= year <= period[1]:
        return [source.problem(path, f"'{value}' is outside the plan's period; expected a date from {period[0]} to "
                                     f"{period[1]} (plan.period, {MARGIN_YEARS} years either side)")]
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
