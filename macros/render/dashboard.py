"""The progress page: where the plan stands as of the latest report. Pure
functions of (plan with its reports, language) -> Markdown with HTML blocks.

Filters work without JavaScript: by status, sections of this page; by
objective and by organization, links to the tables that already list them
with their status (section 10, the organizations' page of the guide).
"""
from __future__ import annotations

from markupsafe import Markup
from mkdocs.utils import get_relative_url

from . import svg
from .feed import FEED_FILE
from .guide import organization_deliverables
from ..language.labels import label
from ..site.links import ORGANIZATIONS_PAGE, href, organization_anchor
from ..data.progress import latest_report, latest_states
from ..data.statuses import ALL_STATUSES, NOT_REPORTED, REGISTRY, status as status_of
from .status import HISTORY_PAGE, history_anchor, status_cell, status_name
from .sections import as_is, heading
from .tables import _numbered, header_row, scroll_table, sort_key, tbody
from ..language.words import day, month, parties, text

def planned_end(deliverable: dict) -> str:
    """The end month of the deliverable's last period."""
    return max(period["end"] for period in deliverable["schedule"])


def counts(plan) -> list[tuple[str, str, dict]]:
    """(kind, id, {status: count}) for the plan, each objective and each
    commitment, every status present (zero included)."""
    states = latest_states(plan)
    rows = {("plan", ""): dict.fromkeys(ALL_STATUSES, 0)}
    for objective, commitment, _, deliverable in plan.deliverables():
        status = states[deliverable["id"]].status
        for key in (("plan", ""), ("objective", objective["id"]), ("commitment", commitment["id"])):
            rows.setdefault(key, dict.fromkeys(ALL_STATUSES, 0))[status] += 1
    order = [("plan", "")]
    for objective in plan["objectives"]:
        order.append(("objective", objective["id"]))
        order += [("commitment", c["id"]) for c in objective["commitments"]]
    return [(kind, ident, rows[(kind, ident)]) for kind, ident in order]


def due_not_complete(plan) -> list[dict]:
    """Deliverables whose end (revised, if it was) is in or before the month
    of the latest report and that are neither complete nor withdrawn."""
    report = latest_report(plan)
    if report is None:
        return []
    states, by = latest_states(plan), report["as_of"][:7]
    return [d for *_, d in plan.deliverables()
            if (states[d["id"]].revised_end or planned_end(d)) <= by and not status_of(states[d["id"]].status).done]


def scope_name(kind: str, ident: str, lang: str) -> str:
    return label(lang, "whole_plan") if kind == "plan" else label(lang, f"{kind}_short", id=ident)


# --- the chart ----------------------------------------------------------------

# Each status's fill (macros/data/statuses.py): a colour, or one of the
# patterns below; the segments are outlined, the legend names each fill, and
# the table below the chart gives every number in words.
PATTERNS = {"lines", "hatch", "stripes", "dots"}
FILLS = {s.code: f"url(#{s.fill})" if s.fill in PATTERNS else svg.PALETTE[s.fill] for s in REGISTRY}
PATTERNED = {s.code for s in REGISTRY if s.fill in PATTERNS}  # their counts sit on a white patch
# A count on a dark fill is written in white.
ON_DARK = {s.code for s in REGISTRY if s.code not in PATTERNED and svg.contrast(FILLS[s.code], svg.INK) < 4.5}


def counts_svg(plan, lang: str, title_id: str, title: str) -> str:
    """A 100 % stacked bar per scope (plan, objectives, commitments), the
    count written in each segment wide enough for it, the total at the right."""
    width, bar_left, bar_right, bar_height = 320, 0, 284, 18
    legend, y = _legend(lang, width)
    parts = [legend]
    for kind, ident, by_status in counts(plan):
        total = sum(by_status.values())
        words = scope_name(kind, ident, lang)
        parts.append(svg.text(0, y, [words], size=13, weight="bold" if kind != "commitment" else "normal"))
        y += 20
        x = bar_left
        for status in ALL_STATUSES:
            count = by_status[status]
            if not count:
                continue
            share = (bar_right - bar_left) * count / total
            parts.append(svg.rect(x, y, share, bar_height, fill=FILLS[status], stroke=svg.NAVY, stroke_width=1, radius=0))
            if share >= 16:
                label_fill = svg.PAPER if status in ON_DARK else svg.INK
                if status in PATTERNED:
                    parts.append(svg.rect(x + share / 2 - 8, y + 2, 16, bar_height - 4, fill=svg.PAPER, stroke=svg.PAPER, stroke_width=0, radius=2))
                parts.append(svg.text(x + share / 2, y + 2, [str(count)], size=12, anchor="middle", fill=label_fill, weight="bold"))
            x += share
        parts.append(svg.text(width, y + 2, [str(total)], size=12, anchor="end", weight="bold"))
        y += bar_height + 14
    defs = Markup(
        '<pattern id="lines" width="8" height="8" patternUnits="userSpaceOnUse">'
        '<rect width="8" height="8" fill="{paper}"/><line x1="4" y1="0" x2="4" y2="8" stroke="{navy}" stroke-width="1"/></pattern>'
        '<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<rect width="6" height="6" fill="{paper}"/><line x1="0" y1="0" x2="0" y2="6" stroke="{navy}" stroke-width="2"/></pattern>'
        '<pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse">'
        '<rect width="6" height="6" fill="{paper}"/><circle cx="3" cy="3" r="1.5" fill="{ink}"/></pattern>'
        '<pattern id="stripes" width="4" height="4" patternUnits="userSpaceOnUse">'
        '<rect width="4" height="4" fill="{accent}"/><rect y="3" width="4" height="1" fill="{paper}"/></pattern>').format(
        paper=svg.PAPER, navy=svg.NAVY, ink=svg.INK, accent=svg.ACCENT)
    return svg.svg(width, y - 12, title_id, title, Markup("").join(parts), defs)


def _legend(lang: str, width: float) -> tuple[Markup, float]:
    """One swatch and name per status, two to a line; a name longer than
    its half of the line wraps."""
    parts, y, tallest = [], 0.0, 0.0
    for index, status in enumerate(ALL_STATUSES):
        x = 0 if index % 2 == 0 else width / 2
        lines = svg.wrap(status_name(status, lang), width / 2 - 24, 12)
        parts.append(svg.rect(x, y + 2, 14, 14, fill=FILLS[status], stroke=svg.NAVY, stroke_width=1, radius=0))
        parts.append(svg.text(x + 20, y + 1, lines, size=12))
        tallest = max(tallest, svg.text_height(lines, 12))
        if index % 2:
            y += max(22, tallest + 6)
            tallest = 0.0
    return Markup("").join(parts), y + 12


def counts_table(plan, lang: str) -> str:
    """The chart's numbers: a row per scope, a column per status."""
    report = latest_report(plan)
    caption = label(lang, "counts_caption_as_of", date=day(report["as_of"], lang)) if report else label(lang, "counts_caption")
    head = Markup("<thead>\n<tr>{}</tr>\n</thead>").format(Markup("").join(
        Markup('<th scope="col">{}</th>').format(words)
        for words in [label(lang, "scope")] + [status_name(s, lang) for s in ALL_STATUSES] + [label(lang, "total")]))
    rows = [Markup("<tr><th scope=\"row\">{}</th>{}<td>{}</td></tr>").format(
                scope_name(kind, ident, lang),
                Markup("").join(Markup("<td>{}</td>").format(by_status[s]) for s in ALL_STATUSES), sum(by_status.values()))
            for kind, ident, by_status in counts(plan)]
    return scroll_table("counts", "status-counts", caption, head, [tbody(rows)])


def counts_figure(plan, lang: str) -> str:
    anchor = "figure-status-counts"
    return str(Markup(
        '<figure class="plan-figure" id="{a}" aria-labelledby="{a}-caption" data-search-exclude>'
        '<div class="figure-scroll" role="region" tabindex="0" aria-labelledby="{a}-caption">{drawing}</div>'
        '<figcaption id="{a}-caption">{caption}</figcaption></figure>').format(
        a=anchor, drawing=Markup(counts_svg(plan, lang, f"{anchor}-title", label(lang, "counts_alt"))),
        caption=label(lang, "counts_figure")))


# --- lists of deliverables ----------------------------------------------------------

def deliverables_table(plan, deliverables: list, anchor: str, caption: str, lang: str, here_url: str) -> str:
    """Deliverables with their leads, planned end and status."""
    rows = [Markup('<tr><th scope="row">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>').format(
                _numbered(d["id"], text(d["text"], lang), d.get("source_id"), lang), parties(d["leads"], plan, lang), month(planned_end(d), lang),
                status_cell(plan, d["id"], lang, here_url))
            for d in deliverables]
    # Not searched: section 10 and its search results hold the same texts.
    return scroll_table("progress-list", anchor, caption, header_row(lang, "deliverable", "leads", "end", "status"), [tbody(rows)],
                        searched=False)


def schedule_table(plan, lang: str, here_url: str) -> str:
    """With no report: the deliverables the schedule said would be done by
    each month, in order."""
    by_month: dict = {}
    for *_, deliverable in plan.deliverables():
        by_month.setdefault(planned_end(deliverable), []).append(deliverable)
    # A row per deliverable, the month heading its rows: a month's list may
    # be longer than a printed page, and a row is never split across pages.
    rows = [Markup('<tr>{}<td><a href="{}">{}</a></td></tr>').format(
                Markup('<th scope="row" rowspan="{}">{}</th>').format(len(by_month[when]), month(when, lang))
                if number == 0 else "",
                href(HISTORY_PAGE, history_anchor(d["id"]), here_url, lang),
                _numbered(d["id"], text(d["text"], lang), d.get("source_id"), lang))
            for when in sorted(by_month) for number, d in enumerate(by_month[when])]
    return scroll_table("schedule-due", "schedule-due", label(lang, "schedule_caption"),
                        header_row(lang, "due_by", "deliverable"), [tbody(rows)])


def _summary(plan, lang: str, here_url: str) -> Markup:
    report = latest_report(plan)
    feed = get_relative_url(f"{lang}/{FEED_FILE}", here_url or f"{lang}/")
    links = Markup('<p class="progress-links"><a href="{}">{}</a> · <a href="{}" type="application/atom+xml">{}</a></p>').format(
        get_relative_url(f"{lang}/{HISTORY_PAGE}/", here_url or f"{lang}/"), label(lang, "history_page_link"), feed, label(lang, "feed_link"))
    if report is None:
        return Markup('<p class="no-report"><strong>{}</strong></p>{}').format(label(lang, "no_report_yet"), links)
    words = [label(lang, "latest_report", date=day(report["as_of"], lang))]
    if "published" in report:
        words.append(label(lang, "published_on", date=day(report["published"], lang)))
    words.append(label(lang, "reports_count", count=len(plan.reports)))
    summary = Markup("<p>{}</p>").format(text(report["summary"], lang)) if "summary" in report else Markup("")
    return Markup('<p class="latest-report"><strong>{}</strong></p>{}{}').format(" ".join(words), summary, links)


def _filters(plan, lang: str, here_url: str) -> Markup:
    states = latest_states(plan)
    statuses = Markup(" · ").join(Markup('<a href="#status-{}">{} ({})</a>').format(
        s, status_name(s, lang), sum(1 for st in states.values() if st.status == s)) for s in ALL_STATUSES)
    objectives = Markup(" · ").join(Markup('<a href="{}">{}</a>').format(
        href("section-10", f"objective-{o['id']}", here_url, lang), label(lang, "objective_short", id=o["id"]))
        for o in plan["objectives"])
    orgs = plan.organizations
    keys = sorted(organization_deliverables(plan), key=lambda k: sort_key(orgs[k]["name"][lang]))
    organizations = Markup(" · ").join(Markup('<a href="{}">{}</a>').format(
        href(ORGANIZATIONS_PAGE, organization_anchor(k), here_url, lang),
        orgs[k]["acronym"][lang] if "acronym" in orgs[k] else orgs[k]["name"][lang]) for k in keys)
    return Markup('<p>{}</p><ul class="progress-filters"><li><strong>{}</strong>{}</li><li><strong>{}</strong>{}</li>'
                  '<li><strong>{}</strong>{}</li></ul>').format(
        label(lang, "filters_intro"), label(lang, "by_status"), statuses, label(lang, "by_objective"), objectives,
        label(lang, "by_organization"), organizations)


def dashboard(plan, lang: str, level: int = 2, raw=as_is, here_url: str = "", after: str = "") -> str:
    """The whole progress page below its title; `after` (the download links
    of the progress table) follows the summary."""
    report = latest_report(plan)
    states = latest_states(plan)
    parts = [raw(str(_summary(plan, lang, here_url)) + after),
             heading(level, label(lang, "counts_heading"), "status-counts-heading"),
             raw(counts_figure(plan, lang) + counts_table(plan, lang))]
    if report is None:
        parts += [heading(level, label(lang, "schedule_heading"), "schedule-due-heading"),
                  raw(str(Markup("<p>{}</p>").format(label(lang, "schedule_intro"))) + schedule_table(plan, lang, here_url))]
    else:
        due = due_not_complete(plan)
        date = day(report["as_of"], lang)
        intro = Markup("<p>{}</p>").format(label(lang, "due_intro", date=date))
        body = (deliverables_table(plan, due, "due-not-complete", label(lang, "due_caption", date=date), lang, here_url)
                if due else str(Markup("<p>{}</p>").format(label(lang, "due_none"))))
        parts += [heading(level, label(lang, "due_heading"), "due-not-complete-heading"), raw(str(intro) + body)]
    parts += [heading(level, label(lang, "filters_heading"), "filters"), raw(str(_filters(plan, lang, here_url)))]
    for status in ALL_STATUSES:
        chosen = [d for *_, d in plan.deliverables() if states[d["id"]].status == status]
        parts.append(heading(level + 1, label(lang, "status_list_heading", status=status_name(status, lang), count=len(chosen)),
                             f"status-{status}"))
        if report is None and status == NOT_REPORTED:  # every deliverable: the schedule above lists them
            parts.append(raw(str(Markup('<p><a href="#schedule-due-heading">{}</a></p>').format(label(lang, "all_in_schedule")))))
        elif chosen:
            parts.append(raw(deliverables_table(plan, chosen, f"status-{status}-list",
                                                label(lang, "status_list_caption", status=status_name(status, lang)), lang, here_url)))
        else:
            parts.append(raw(str(Markup("<p>{}</p>").format(label(lang, "none_in_list")))))
    return "\n\n".join(parts)

