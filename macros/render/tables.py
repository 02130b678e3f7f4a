"""Accessible HTML tables of the plan's structured content.

Pure functions of (plan, key, language) -> HTML string, cached per plan
(each table is on its section's page and on the one-page plan). Every table
has a caption, header cells with `scope`, and no blank cell. The HTML has no
blank line, so Markdown keeps it as one raw block.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from markupsafe import Markup, escape

from ..language.labels import label
from ..site.links import ORGANIZATIONS_PAGE, href, organization_anchor
from ..data.progress import latest_levels
from .status import status_cell
from ..language.words import breakable, day, parties, period_end, period_start, text


_NEWLINE = Markup("\n")


def _block(html: Markup) -> str:
    """One raw-HTML block for Markdown: no blank lines inside."""
    return "\n".join(line for line in str(html).splitlines() if line.strip())


def _lines(values) -> Markup:
    """Several values in one cell, one per line."""
    return Markup("<br>").join(values)


def scroll_table(kind: str, anchor: str, caption: str, head: Markup, rows, searched: bool = True) -> str:
    """A table in a scrollable region that a keyboard can reach and a screen
    reader can name (by the caption): wide tables scroll on a phone. A table
    not `searched` repeats texts that site search finds elsewhere: it is
    marked for Material's search to skip (and kept from its parser:
    macros/site/finishing.py's UNSEARCHED_TABLE knows this markup)."""
    kind, anchor, caption = escape(kind), escape(anchor), escape(caption)
    skip = "" if searched else " data-search-exclude"
    return _block(
        f'<div class="table-scroll" role="region" tabindex="0" aria-labelledby="{anchor}-caption"{skip}>\n'
        f'<table class="plan-table {kind}" id="{anchor}">\n<caption id="{anchor}-caption">{caption}</caption>\n'
        f'{escape(head)}\n{_NEWLINE.join(rows)}\n</table>\n</div>')


def tbody(rows) -> Markup:
    return Markup(f"<tbody>\n{_NEWLINE.join(rows)}\n</tbody>")


def header_row(lang: str, *keys: str) -> Markup:
    cells = Markup("").join(Markup('<th scope="col">{}</th>').format(label(lang, key)) for key in keys)
    return Markup("<thead>\n<tr>{}</tr>\n</thead>").format(cells)


def _numbered(number: str, words: Markup, source_id: str | None, lang: str) -> Markup:
    """"1.1.1.1 Text", with the approved plan's number when the data renumbered it."""
    html = Markup(f"{escape(number)} {escape(words)}")
    if source_id:
        html += Markup(f' <span class="source-number">({escape(label(lang, "source_number", id=source_id))})</span>')
    return html


# The columns of the activity tables (section 10): each one's heading (a key
# of the language files) and its cell of a deliverable, given (plan,
# deliverable, lang, link to an organization's deliverables, the page's address).
ACTIVITY_COLUMNS = (
    ("leads", lambda plan, d, lang, link, here_url: parties(d["leads"], plan, lang, link)),
    ("supports", lambda plan, d, lang, link, here_url: parties(d["supports"], plan, lang, link)),
    ("start", lambda plan, d, lang, link, here_url: _lines(period_start(p, lang) for p in d["schedule"])),
    ("end", lambda plan, d, lang, link, here_url: _lines(period_end(p, lang) for p in d["schedule"])),
    ("status", lambda plan, d, lang, link, here_url: status_cell(plan, d["id"], lang, here_url)),
)


@lru_cache(maxsize=256)
def activity_table(plan, commitment_id: str, lang: str, here_url: str = "") -> str:
    """The deliverables of one commitment, grouped by activity (section 10):
    the deliverable, then the cells of ACTIVITY_COLUMNS. Each organization
    links to what it leads and supports (the employees' guide), relative to
    the page at `here_url`; each status to the deliverable's history.
    An activity's heading spans its rows (one tbody each): every cell names
    its headers (`headers`: its column's, its activity's, its row's), since
    a table with headers on two levels cannot rely on `scope` alone.
    The ids are short: every cell repeats three of them."""
    def link(key):
        return href(ORGANIZATIONS_PAGE, organization_anchor(key), here_url, lang)
    objective = plan.objective(commitment_id.split(".")[0])
    commitment = next(c for c in objective["commitments"] if c["id"] == commitment_id)
    caption = label(lang, "activities_caption", id=commitment["id"])
    anchor = f"commitment-{commitment['id'].replace('.', '-')}"
    width = 1 + len(ACTIVITY_COLUMNS)
    keys = ("deliverable", *(key for key, _ in ACTIVITY_COLUMNS))
    column = {key: f"{anchor}-{key}" for key in keys}
    head = Markup("<thead>\n<tr>{}</tr>\n</thead>").format(Markup("").join(
        Markup('<th scope="col" id="{}">{}</th>').format(column[key], label(lang, key)) for key in keys))
    groups = []
    for activity in commitment["activities"]:
        group = f"activity-{activity['id'].replace('.', '-')}"
        heading = Markup('<tr><th scope="rowgroup" colspan="{}" id="{}"><span class="row-group-title">{}</span></th></tr>').format(
            width, group,
            _numbered(label(lang, "activity_n", id=activity["id"]), text(activity["text"], lang), activity.get("source_id"), lang))
        rows = []
        for d in activity["deliverables"]:
            row = f"row-{d['id'].replace('.', '-')}"  # a deliverable's number is unique in the plan
            rows.append(Markup(
                f'<tr><th scope="row" id="{row}" headers="{column["deliverable"]} {group}">'
                f'{_numbered(d["id"], text(d["text"], lang), d.get("source_id"), lang)}</th>'
                + "".join(f'<td headers="{column[key]} {group} {row}">{cell(plan, d, lang, link, here_url)}</td>'
                          for key, cell in ACTIVITY_COLUMNS) + "</tr>"))
        groups.append(tbody([heading, *rows]))
    return scroll_table("activities", anchor, caption, head, groups)


def _level(plan, level: int, lang: str) -> Markup:
    return Markup('{} <span class="level-name">({})</span>').format(level, plan.level_name(level)[lang])


@lru_cache(maxsize=256)
def maturity_table(plan, category_id: str, lang: str) -> str:
    """Each indicator of a category: self-assessed level, desired level, gap;
    once a report carries a new self-assessment, the latest level too."""
    category = plan.category(category_id)
    caption = label(lang, "maturity_caption", id=category["id"])
    latest = latest_levels(plan)

    def latest_cell(indicator):
        if indicator["id"] not in latest:
            return Markup("<td>{}</td>").format(label(lang, "no_new_assessment"))
        level, as_of = latest[indicator["id"]]
        return Markup("<td>{} ({})</td>").format(_level(plan, level, lang), label(lang, "status_as_of", date=day(as_of, lang)))

    rows = [
        Markup('<tr><th scope="row">{} {}</th><td>{}</td>{}<td>{}</td><td>{}</td></tr>').format(
            i["id"], text(i["name"], lang), _level(plan, i["self_assessed"], lang),
            latest_cell(i) if latest else Markup(""), _level(plan, i["desired"], lang),
            i["desired"] - i["self_assessed"])
        for i in category["indicators"]
    ]
    columns = ("indicator", "self_assessed", "latest_level", "desired", "gap") if latest else \
        ("indicator", "self_assessed", "desired", "gap")
    return scroll_table("maturity", f"category-{category['id']}", caption, header_row(lang, *columns), [tbody(rows)])


@lru_cache(maxsize=256)
def maturity_levels_table(plan, lang: str) -> str:
    """The six levels of the maturity model, 0 to 5 (Figure 3's facts)."""
    rows = [Markup('<tr><th scope="row">{}</th><td>{}</td></tr>').format(level["level"], text(level["name"], lang))
            for level in plan["maturity"]["levels"]]
    return scroll_table("levels", "maturity-levels", label(lang, "levels_caption"),
                  header_row(lang, "level", "level_name"), [tbody(rows)])


def _list(items, lang: str) -> Markup:
    return Markup("<ul>{}</ul>").format(Markup("").join(Markup("<li>{}</li>").format(text(i, lang)) for i in items))


@lru_cache(maxsize=256)
def risks_table(plan, lang: str) -> str:
    """Each risk with its mitigation strategies (section 9)."""
    rows = []
    for risk in plan["risks"]:
        statement = Markup('<strong>{}</strong><br>{}').format(label(lang, "risk_n", id=risk["id"]), text(risk["statement"], lang))
        if risk.get("examples"):
            statement += _list(risk["examples"], lang)
        rows.append(Markup('<tr id="risk-{}"><th scope="row">{}</th><td>{}</td></tr>').format(
            risk["id"], statement, _list(risk["strategies"], lang)))
    return scroll_table("risks", "risks", label(lang, "risks_caption"),
                  header_row(lang, "risk", "strategies"), [tbody(rows)])


def role_name(plan, role: dict, lang: str) -> Markup:
    """"Dirigeant principal des données (DPD) et champion du gouvernement ouvert"."""
    names = []
    for key in role["orgs"]:
        org = plan.organizations[key]
        name = text(org["name"], lang)
        names.append(Markup("{} ({})").format(name, org["acronym"][lang]) if "acronym" in org else name)
    return Markup(" {} ").format(label(lang, "and")).join(names)


@lru_cache(maxsize=256)
def roles_tables(plan, lang: str) -> str:
    """One table per role of Annex A: each responsibility and its OSI."""
    tables = []
    for role in plan["roles"]:
        rows = []
        for duty in role["responsibilities"]:
            words = text(duty["text"], lang)
            if duty.get("items"):
                words += _list(duty["items"], lang)
            if "osi_as_written" in duty:  # the plan's own words for the organizations named
                osi = text(duty["osi_as_written"], lang)
            elif "osi" in duty:
                osi = parties(duty["osi"], plan, lang)
            else:
                osi = escape(label(lang, "not_specified"))
            rows.append(Markup('<tr><td>{}</td><td>{}</td></tr>').format(words, osi))
        tables.append(scroll_table("roles", f"role-{role['id']}",
                             label(lang, "roles_caption", role=role_name(plan, role, lang)),
                             header_row(lang, "responsibility", "osi"), [tbody(rows)]))
    return "\n\n".join(tables)


def sort_key(value: str) -> str:
    """Alphabetical order that ignores accents and case (É sorts with E)."""
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=256)
def acronyms_table(plan, lang: str) -> str:
    """Annex B: the acronyms the approved plan lists, then, in a table of
    their own, those it uses without listing them (the site's additions),
    each in alphabetical order in `lang`. In English, each name is followed
    by the approved plan's French acronym, marked as French (in the name's
    cell: a third column would not fit a phone)."""
    def row(org):
        shown = breakable(org["name"][lang])
        if lang != "fr":
            shown += Markup('<br><span class="french-acronym">{}<abbr lang="fr" title="{}">{}</abbr></span>').format(
                label(lang, "french_acronym"), org["name"]["fr"], org["acronym"]["fr"])
        # data-defined: the acronym's use that the next cell spells out (macros/language/acronyms.py).
        return Markup('<tr><th scope="row"><abbr title="{name}" data-defined>{acronym}</abbr></th><td>{shown}</td></tr>').format(
            acronym=org["acronym"][lang], name=org["name"][lang], shown=shown)

    def table(listed: bool, anchor: str, caption: str) -> str:
        entries = sorted((org for org in plan["organizations"] if "acronym" in org and bool(org.get("annex_b")) == listed),
                         key=lambda org: (sort_key(org["acronym"][lang]), org["key"]))
        return scroll_table("acronyms", anchor, label(lang, caption), header_row(lang, "acronym", "name"),
                            [tbody(map(row, entries))])

    return "\n\n".join([table(True, "acronyms", "acronyms_caption"),
                        str(Markup("<p>{}</p>").format(label(lang, "acronyms_added_intro"))),
                        table(False, "acronyms-added", "acronyms_added_caption")])
