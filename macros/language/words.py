"""Turning data values into words of one language: texts, months, dates,
organizations and schedule periods. Every function returns escaped Markup;
the ones called for every cell of the tables are cached."""
from __future__ import annotations

import datetime
from functools import lru_cache

from babel.dates import format_date
from markupsafe import Markup, escape

from .labels import label
from .languages import language


def text(value: dict, lang: str) -> Markup:
    """A bilingual data text in `lang`, escaped."""
    return escape(value[lang])


def breakable(value: str) -> Markup:
    """`value` escaped, free to break after a slash between words, as after
    a space ("Information Management/<wbr>Information Technology"): a long
    pair of words would otherwise widen a narrow column past a phone's screen."""
    return Markup("/<wbr>").join(escape(part) for part in value.split("/"))


@lru_cache(maxsize=512)
def month(value: str, lang: str) -> str:
    """"2022-04" -> "avril 2022" / "April 2022"."""
    year, month_number = map(int, value.split("-"))
    return format_date(datetime.date(year, month_number, 1), "MMMM y", locale=language(lang).locale)


@lru_cache(maxsize=1024)
def day(value: str, lang: str) -> str:
    """"2022-07-01" -> "1er juillet 2022" / "July 1, 2022"."""
    date = datetime.date.fromisoformat(value)
    if lang == "fr":  # the Translation Bureau's "1er juillet 2022", which Babel's long date does not give
        number = "1er" if date.day == 1 else str(date.day)
        return f"{number}\u00a0{format_date(date, 'MMMM y', locale=language(lang).locale)}"
    return format_date(date, "long", locale=language(lang).locale)


@lru_cache(maxsize=1024)
def organization(key: str, plan, lang: str) -> Markup:
    """An organization as its acronym with its expansion, or its name."""
    org = plan.organizations[key]
    if "acronym" in org:
        return Markup('<abbr title="{}">{}</abbr>').format(org["name"][lang], org["acronym"][lang])
    return text(org["name"], lang)


def linked(key: str, plan, lang: str, link=None) -> Markup:
    """An organization, linked to `link(key)` when given."""
    shown = organization(key, plan, lang)
    return Markup(f'<a href="{escape(link(key))}">{shown}</a>') if link else shown


def party_key(value) -> str:
    """The organization a lead or support is about."""
    return value if isinstance(value, str) else value["org"]


def party(value, plan, lang: str, link=None) -> Markup:
    """A lead or support: "SGO", "DSDA (Sondages)", "EDP (BPR)", "Divers
    (selon les besoins)" (the plan's words, `as_written`); the
    organization itself linked to `link(key)` when given."""
    if isinstance(value, str):
        return linked(value, plan, lang, link)
    shown = linked(value["org"], plan, lang, link)
    if "as_written" in value:  # the plan's own words, in place of the unit's name
        shown += Markup(" ({})").format(value["as_written"][lang])
    elif "unit" in value:
        shown += Markup(f" ({organization(value['unit'], plan, lang)})")
    if "office" in value:
        shown += Markup(f" ({organization(value['office'], plan, lang)})")
    return shown


def parties(values: list, plan, lang: str, link=None) -> Markup:
    """A list of leads or supports, or "Aucun"/"None"."""
    if not values:
        return escape(label(lang, "none"))
    return Markup(", ").join(party(value, plan, lang, link) for value in values)


def period_start(period: dict, lang: str) -> str:
    """When a period starts, in the words the plan's tables use: a month,
    "(en cours)" when under way, or, for a recurring period whose first due
    date the plan gives, "fin de chaque trimestre – 1er juillet 2022". A
    recurrence the plan states only in the deliverable's text ("mettre à
    jour mensuellement") adds nothing to the cell (Figure 7 draws it)."""
    if "first" in period:
        return label(lang, f"{period['recurrence']}_from", date=day(period["first"], lang))
    words = month(period["start"], lang)
    if period.get("ongoing"):
        words += " " + label(lang, "ongoing")
    return words


def period_end(period: dict, lang: str) -> str:
    return month(period["end"], lang)


def body_name(plan, body: dict, lang: str) -> str:
    """"Champion du gouvernement ouvert / Dirigeant principal des données (DPD)"."""
    if "name" in body:
        return body["name"][lang]
    names = []
    for key in body["orgs"]:
        org = plan.organizations[key]
        names.append(f"{org['name'][lang]} ({org['acronym'][lang]})" if "acronym" in org else org["name"][lang])
    return " / ".join(names)
