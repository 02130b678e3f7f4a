"""Figure 7, a chart of the site: the deliverables on a time axis, by
objective and commitment; once a report is published, the latest report's
date, each deliverable's status and its revised end."""
from __future__ import annotations

from markupsafe import Markup

from .. import svg
from ...data.progress import latest_report, latest_states
from ...data.statuses import REPORTED
from ...language.labels import label
from ...language.words import day
from ..status import status_name
from ..svg import ACCENT, INK, NAVY, TINT
from .marks import status_mark


def _month_index(value: str) -> int:
    year, month = map(int, value.split("-"))
    return year * 12 + month - 1


def occurrences(period: dict) -> list[float]:
    """When a recurring period's work falls due, in months on the time axis:
    from its first date if given, else at the end of each month or quarter."""
    if "recurrence" not in period:
        return []
    step = {"monthly": 1, "quarterly": 3, "annually": 12}[period["recurrence"]]
    if "first" in period:
        first = _month_index(period["first"][:7]) + (int(period["first"][8:]) - 1) / 30
    else:
        first = _month_index(period["start"]) + step
    end = _month_index(period["end"]) + 1
    due, when = [], first
    while when <= end:
        due.append(when)
        when += step
    return due


def timeline_svg(plan, lang: str, title_id: str, title: str) -> str:
    """Deliverables on a time axis, grouped by objective and commitment: a bar
    per period; ticks where recurring work falls due; an arrow where work
    was already under way. One drawing per objective, each with its own
    time axis, so that a printed page breaks between them, never through a
    row. Once a report is published: the latest report's date as a line,
    each deliverable's status as a mark before its number, a revised end as
    a dashed box."""
    periods = [period for *_, deliverable in plan.deliverables() for period in deliverable["schedule"]]
    report = latest_report(plan)
    states = latest_states(plan)
    ends = [_month_index(p["end"]) for p in periods] + [_month_index(s.revised_end) for s in states.values() if s.revised_end]
    first = min(_month_index(p["start"]) for p in periods)
    last = max(ends + ([_month_index(report["as_of"][:7])] if report else []))
    first -= first % 12 % 3  # start on a quarter
    drawings = []
    for index, objective in enumerate(plan["objectives"]):
        heading = label(lang, "objective_n", id=objective["id"], title=objective["title"][lang])
        number = label(lang, "objective_n", id=objective["id"], title="").rstrip(" :\u00a0")
        part_id, part_title = (title_id, title) if index == 0 else (f"{title_id}-{objective['id']}", f"{title} – {number}")
        drawings.append(_timeline_part(objective, heading, (first, last), (report, states), lang, part_id, part_title,
                                       legend=index == 0))
    return "".join(drawings)


def _timeline_part(objective, heading: str, months: tuple, progress: tuple, lang: str, title_id: str, title: str,
                   legend: bool) -> str:
    (first, last), (report, states) = months, progress
    label_width, width, row = 90 if report else 74, 760, 20
    unit = (width - label_width) / (last + 1 - first)

    def at(month):
        return label_width + (month - first) * unit

    parts = [_timeline_legend(lang)] if legend else []
    shift = 0
    if report and legend:
        parts.append(_progress_legend(lang, report))
        shift = 50
    axis_top = 52 + shift if legend else 4
    y = axis_top + 28
    # The grid runs through the deliverables' rows only, never through a
    # heading's text: one band from the axis, then one per run of rows.
    bands, band_top = [], axis_top
    rows = [("objective", heading, None)]
    for commitment in objective["commitments"]:
        rows.append(("commitment", f"{commitment['id']} {commitment['title'][lang]}", None))
        rows += [("deliverable", d["id"], d) for a in commitment["activities"] for d in a["deliverables"]]
    for kind, words, deliverable in rows:
        if kind != "deliverable":
            if band_top is not None:
                bands.append((band_top, y - 3))  # clear of the ascenders below
                band_top = None
            lines = svg.wrap(words, width - 8, 13)
            if kind == "objective":
                y += 6
            parts.append(svg.text(4, y, lines, size=13, weight="bold" if kind == "objective" else "normal"))
            y += svg.text_height(lines, 13) + 4
            continue
        band_top = y if band_top is None else band_top
        middle = y + row / 2
        parts.append(svg.text(label_width - 6, y + 2, [words], size=12, anchor="end"))
        state = states[deliverable["id"]]
        if report:
            parts.append(status_mark(state.status, 9, middle))
        for period in deliverable["schedule"]:
            start, end = _month_index(period["start"]), _month_index(period["end"]) + 1
            recurring = "recurrence" in period
            parts.append(svg.rect(at(start) + 1, middle - 6, max(at(end) - at(start) - 2, 3), 12,
                                  fill=TINT if recurring else ACCENT, stroke=ACCENT, stroke_width=1, radius=2))
            for when in occurrences(period):
                parts.append(svg.line(at(when), middle - 9, at(when), middle + 9, stroke=NAVY, width=2))
            if period.get("ongoing"):
                parts.append(Markup('<path d="M{x},{t} L{l},{m} L{x},{b} z" fill="{f}"/>').format(
                    x=svg._n(at(start) - 2), t=svg._n(middle - 7), l=svg._n(at(start) - 12), m=svg._n(middle),
                    b=svg._n(middle + 7), f=NAVY))
        if state.revised_end:
            planned = max(_month_index(p["end"]) for p in deliverable["schedule"]) + 1
            revised = _month_index(state.revised_end) + 1
            low, high = sorted((planned, revised))
            parts.append(svg.rect(at(low), middle - 8, max(at(high) - at(low), 3), 16, fill="none", stroke=INK,
                                  stroke_width=1.5, radius=2, dash="4 3"))
        y += row
    height = y + 4
    bands.append((band_top, height))
    grid = []
    for month in range(first, last + 2):
        if month % 3 == 0:
            year_start = month % 12 == 0
            for top, bottom in bands:
                top = top if year_start or top > axis_top else axis_top + 14
                grid.append(svg.line(at(month), top, at(month), bottom,
                                     stroke=INK if year_start else TINT, width=1.5 if year_start else 1))
            if year_start and month <= last:
                grid.append(svg.text(at(month) + 4, axis_top, [str(month // 12)], size=13, weight="bold"))
    if report:
        when = _month_index(report["as_of"][:7]) + int(report["as_of"][8:]) / 31
        grid.append(svg.line(at(when), axis_top, at(when), height, stroke=INK, width=2.5, dash="8 4"))
    return svg.svg(width, height, title_id, title, Markup("").join(grid + parts))


def _progress_legend(lang: str, report: dict) -> Markup:
    """The marks of the statuses, the report line and the revised end."""
    parts, x = [], 6.0
    for status in REPORTED:
        words = status_name(status, lang)
        parts += [status_mark(status, x, 58), svg.text(x + 10, 51, [words], size=13)]
        x += 10 + svg.text_width(words, 13) + 20
    parts += [svg.line(0, 84, 40, 84, stroke=INK, width=2.5, dash="8 4"),
              svg.text(48, 76, [label(lang, "legend_status_line", date=day(report["as_of"], lang))], size=13),
              svg.rect(380, 78, 34, 12, fill="none", stroke=INK, stroke_width=1.5, radius=2, dash="4 3"),
              svg.text(422, 76, [label(lang, "legend_revised")], size=13)]
    return Markup("").join(parts)


def _timeline_legend(lang: str) -> Markup:
    return Markup("").join([
        svg.rect(0, 6, 34, 12, fill=ACCENT, stroke=ACCENT, stroke_width=1, radius=2),
        svg.text(42, 3, [label(lang, "legend_period")], size=13),
        svg.rect(250, 6, 34, 12, fill=TINT, stroke=ACCENT, stroke_width=1, radius=2),
        svg.line(262, 3, 262, 21, stroke=NAVY, width=2),
        svg.line(274, 3, 274, 21, stroke=NAVY, width=2),
        svg.text(292, 3, [label(lang, "legend_recurring")], size=13),
        Markup('<path d="M12,29 L2,36 L12,43 z" fill="{}"/>').format(NAVY),
        svg.text(20, 28, [label(lang, "legend_ongoing")], size=13),
    ])
