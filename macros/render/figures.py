"""The plan's figures, drawn from the data as inline SVG: pure functions of
(plan, language) -> SVG. Text is real text in the page's language, wrapped,
never cut; meaning is carried by shapes, line styles and words, not colour."""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from . import svg
from ..language.labels import label
from ..data.progress import latest_levels, latest_report, latest_states
from .status import status_name
from ..language.words import day
from .svg import ACCENT, INK, NAVY, PAPER, TINT


# --- Figures 2 and 4: objectives and their commitments ----------------------------

def figure_label(commitment: dict, lang: str) -> str:
    """A commitment's (or an objective's) words in its figure's box (they may
    differ from its title)."""
    return commitment.get("figure_label", commitment["title"])[lang]


def objectives_svg(objectives: list, lang: str, title_id: str, title: str) -> str:
    """Each objective as a dark heading box, its commitments in boxes below it
    (narrow, so that its text stays legible on a phone)."""
    width, pad, indent, gap = 320, 10, 24, 8
    parts, y = [], 0.0
    for objective in objectives:
        lines = svg.wrap(label(lang, "objective_n", id=objective["id"], title=figure_label(objective, lang)), width - 2 * pad)
        height = svg.text_height(lines) + 2 * pad
        parts += [svg.rect(0, y, width, height, fill=NAVY),
                  svg.text(pad, y + pad, lines, fill=PAPER, weight="bold")]
        top = y + height
        y = top + gap
        for commitment in objective["commitments"]:
            lines = svg.wrap(f"{commitment['id']} {figure_label(commitment, lang)}", width - indent - 2 * pad)
            box = svg.text_height(lines) + 2 * pad
            parts += [svg.line(indent / 2, top, indent / 2, y + box / 2, stroke=NAVY),
                      svg.line(indent / 2, y + box / 2, indent, y + box / 2, stroke=NAVY),
                      svg.rect(indent, y, width - indent, box),
                      svg.text(indent + pad, y + pad, lines)]
            y += box + gap
        y += 2 * gap
    return svg.svg(width, y - 3 * gap + 2, title_id, title, Markup("").join(parts))


# --- Figure 3: the maturity scale ------------------------------------------------------

def levels_svg(plan, lang: str, title_id: str, title: str) -> str:
    """Six steps, each one further right: the scale rises from 0 to 5."""
    width, step, square, gap = 320, 26, 30, 6
    parts, y = [], 0.0
    for level in plan["maturity"]["levels"]:
        x = level["level"] * step
        lines = svg.wrap(level["name"][lang], width - x - square - 12)
        height = max(square, svg.text_height(lines) + 8)
        parts += [svg.rect(x, y, square, height, fill=NAVY, radius=2),
                  svg.text(x + square / 2, y + height / 2 - svg.FONT_SIZE * 0.65, [str(level["level"])],
                           anchor="middle", fill=PAPER, weight="bold"),
                  svg.rect(x + square, y, width - x - square, height, fill=TINT, stroke=NAVY, radius=2),
                  svg.text(x + square + 8, y + (height - svg.text_height(lines)) / 2, lines)]
        y += height + gap
    return svg.svg(width, y - gap + 1, title_id, title, Markup("").join(parts))


# --- Figure 5: governance ----------------------------------------------------------------

@dataclass
class Box:
    body: str
    layer: int
    column: int
    lines: list
    members: list
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0

    def edge_point(self, other: "Box") -> tuple:
        """Where a straight line towards `other`'s centre leaves this box."""
        cx, cy = self.x + self.width / 2, self.y + self.height / 2
        ox, oy = other.x + other.width / 2, other.y + other.height / 2
        dx, dy = ox - cx, oy - cy
        scale = min(self.width / 2 / abs(dx) if dx else float("inf"), self.height / 2 / abs(dy) if dy else float("inf"))
        return cx + dx * scale, cy + dy * scale


def body_name(plan, body: dict, lang: str) -> str:
    """"Champion du gouvernement ouvert / Dirigeant principal des données (DPD)"."""
    if "name" in body:
        return body["name"][lang]
    names = []
    for key in body["orgs"]:
        org = plan.organizations[key]
        names.append(f"{org['name'][lang]} ({org['acronym'][lang]})" if "acronym" in org else org["name"][lang])
    return " / ".join(names)


def governance_layout(governance: dict) -> dict:
    """Layer (0 = top) and column of each body: a body sits below those it
    reports to; a body outside the hierarchy sits beside its collaborator;
    columns follow the bodies above (a few barycentre sweeps)."""
    ids = [b["id"] for b in governance["bodies"]]
    parents = {i: [r["to"] for r in governance["reports_to"] if r["from"] == i] for i in ids}
    children = {i: [r["from"] for r in governance["reports_to"] if r["to"] == i] for i in ids}
    partners = {i: [j for c in governance["collaborations"] for j in c["between"] if i in c["between"] and j != i] for i in ids}
    layer: dict = {}

    def depth(body, seen=()):
        if body not in layer:
            ups = [p for p in parents[body] if p not in seen]
            layer[body] = 1 + max(depth(p, seen + (body,)) for p in ups) if ups else 0
        return layer[body]

    in_hierarchy = {i for i in ids if parents[i] or children[i]}
    for body in ids:
        if body in in_hierarchy:
            depth(body)
    for body in ids:
        if body not in in_hierarchy:
            anchors = [layer[p] for p in partners[body] if p in layer]
            layer[body] = max(anchors) if anchors else 0
    layers = [[b for b in ids if layer[b] == n] for n in range(max(layer.values()) + 1)]
    columns = max(len(bodies) for bodies in layers)
    column = {}
    for bodies in layers:
        for index, body in enumerate(bodies):
            column[body] = index

    def place(bodies, neighbours):
        wanted = {}
        for position, body in enumerate(bodies):
            near = [column[n] for n in neighbours(body) if n in column]
            wanted[body] = sum(near) / len(near) if near else column.get(body, position)
        taken = set()
        # bodies placed by their hierarchy go first; a collaborator then takes the nearest free column
        for body in sorted(bodies, key=lambda b: (b not in in_hierarchy, wanted[b], ids.index(b))):
            free = min((c for c in range(columns) if c not in taken), key=lambda c: (abs(c - wanted[body]), c))
            column[body] = free
            taken.add(free)

    for _ in range(3):
        for bodies in layers[1:]:
            place(bodies, lambda b: parents[b] or partners[b])
        for bodies in reversed(layers[:-1]):
            place(bodies, lambda b: children[b])
    return {body: (layer[body], column[body]) for body in ids}


def governance_svg(plan, lang: str, title_id: str, title: str) -> str:
    """Bodies in boxes; solid arrows for "reports to", dashed lines for
    "collaboration as needed"; each committee's box lists its members."""
    governance = plan["governance"]
    bodies = {b["id"]: b for b in governance["bodies"]}
    names = {i: body_name(plan, b, lang) for i, b in bodies.items()}
    box_width, column_gap, row_gap, pad, legend_height = 210, 50, 56, 8, 70
    boxes = {}
    for body, (layer, column) in governance_layout(governance).items():
        members = [names[m["member"]] for m in governance["members"] if m["committee"] == body]
        lines = svg.wrap(names[body], box_width - 2 * pad)
        member_lines = svg.wrap(label(lang, "members", names="; ".join(members)), box_width - 2 * pad, 12) if members else []
        boxes[body] = Box(body, layer, column, lines, member_lines)
    for box in boxes.values():
        box.width = box_width
        box.height = svg.text_height(box.lines) + (svg.text_height(box.members, 12) + 6 if box.members else 0) + 2 * pad
    layers = max(b.layer for b in boxes.values()) + 1
    columns = max(b.column for b in boxes.values()) + 1
    row_heights = [max((b.height for b in boxes.values() if b.layer == n), default=0) for n in range(layers)]
    y = legend_height
    for n in range(layers):
        for box in (b for b in boxes.values() if b.layer == n):
            box.x = box.column * (box_width + column_gap)
            box.y = y + (row_heights[n] - box.height) / 2
        y += row_heights[n] + row_gap
    width = columns * box_width + (columns - 1) * column_gap

    parts = [_governance_legend(lang, width)]
    for relation in governance["reports_to"]:
        route = connector(boxes[relation["from"]], boxes[relation["to"]], boxes.values(), row_gap, column_gap)
        parts.append(svg.polyline(route, width=2, marker_end="arrow"))
    for relation in governance["collaborations"]:
        first, second = (boxes[b] for b in relation["between"])
        parts.append(svg.polyline(connector(first, second, boxes.values(), row_gap, column_gap),
                                  width=2, dash="7 5", stroke=ACCENT))
    for box in boxes.values():
        parts.append(svg.rect(box.x, box.y, box.width, box.height, fill=TINT if box.members else PAPER,
                              stroke_width=2 if box.members else 1.5))
        parts.append(svg.text(box.x + pad, box.y + pad, box.lines, weight="bold" if box.members else "normal"))
        if box.members:
            parts.append(svg.text(box.x + pad, box.y + pad + svg.text_height(box.lines) + 6, box.members, size=12))
    defs = Markup('<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
                  'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{}"/></marker>').format(INK)
    return svg.svg(width, y - row_gap + 2, title_id, title, Markup("").join(parts), defs)


def connector(start: Box, end: Box, boxes, row_gap: float, column_gap: float) -> list:
    """The first of a few routes from `start` to `end` that enters no other
    box: straight; or up into the gutter above `start`, across, then up to
    `end`; or through the gap between columns."""
    others = [(b.x, b.y, b.width, b.height) for b in boxes if b not in (start, end)]

    def clear(points):
        return not any(svg.crosses(a, b, box) for a, b in zip(points, points[1:]) for box in others)

    routes = [[start.edge_point(end), end.edge_point(start)]]
    sx, ex = start.x + start.width / 2, end.x + end.width / 2
    if end.y + end.height < start.y:  # `end` is above: leave by the top, arrive at its bottom
        gutter = start.y - row_gap / 2
        below_end = end.y + end.height
        routes.append([(sx, start.y), (sx, gutter), (ex, gutter), (ex, below_end)])
        channel = (max(sx, ex) if ex < sx else min(sx, ex)) + (column_gap / 2 + start.width / 2) * (-1 if ex < sx else 1)
        routes.append([(sx, start.y), (sx, gutter), (channel, gutter), (channel, below_end + row_gap / 2),
                       (ex, below_end + row_gap / 2), (ex, below_end)])
    return next((route for route in routes if clear(route)), routes[-1])


def _governance_legend(lang: str, width: float) -> Markup:
    y = 8
    return Markup("").join([
        svg.line(0, y + 8, 50, y + 8, width=2, marker_end="arrow"),
        svg.text(58, y, [label(lang, "legend_reports_to")], size=13),
        svg.line(0, y + 34, 50, y + 34, width=2, dash="7 5", stroke=ACCENT),
        svg.text(58, y + 26, [label(lang, "legend_collaboration")], size=13),
    ])


# --- Figure 6: maturity gaps -------------------------------------------------------------

def gaps_svg(plan, lang: str, title_id: str, title: str) -> str:
    """For each indicator, its name, then the 0-5 scale with the
    self-assessed level (circle) and the desired level (diamond) joined by a
    bar: the longer the bar, the larger the gap, also written at the right.
    Names sit above their scale, so the chart stays narrow. One drawing per
    category, so that a printed page breaks between them."""
    latest = latest_levels(plan)
    drawings = []
    for index, category in enumerate(plan["maturity"]["categories"]):
        heading = label(lang, "category_heading", id=category["id"], title=category["title"][lang])
        number = label(lang, "category_heading", id=category["id"], title="").rstrip(" :\u00a0")
        part_id, part_title = (title_id, title) if index == 0 else (f"{title_id}-{category['id']}", f"{title} – {number}")
        drawings.append(_gaps_part(category, heading, lang, part_id, part_title, legend=index == 0, latest=latest))
    return "".join(drawings)


def _gaps_part(category, heading_text: str, lang: str, title_id: str, title: str, legend: bool,
               latest: dict) -> str:
    width, scale_left, scale_right, row_gap = 320, 12, 268, 12
    unit = (scale_right - scale_left) / 5
    parts = [_gaps_legend(lang, bool(latest))] if legend else []
    y = (62.0 if latest else 40.0) if legend else 4.0

    def at(level):
        return scale_left + level * unit

    heading = svg.wrap(heading_text, width, 14)
    parts.append(svg.text(0, y, heading, weight="bold"))
    y += svg.text_height(heading) + 6
    for level in range(6):
        parts.append(svg.text(at(level), y, [str(level)], size=12, anchor="middle"))
    parts.append(svg.text(width, y, [label(lang, "gap")], size=12, anchor="end"))
    y += 20
    for indicator in category["indicators"]:
        lines = svg.wrap(f"{indicator['id']} {indicator['name'][lang]}", width, 13)
        parts.append(svg.text(0, y, lines, size=13))
        y += svg.text_height(lines, 13) + 12
        middle = y
        low, high = indicator["self_assessed"], indicator["desired"]
        parts += [svg.line(at(0), middle, at(5), middle, stroke=TINT, width=6),
                  svg.line(at(low), middle, at(high), middle, stroke=ACCENT, width=6),
                  Markup('<path d="M{x},{t} L{r},{m} L{x},{b} L{lft},{m} z" fill="{f}" stroke="{s}" stroke-width="2"/>').format(
                      x=svg._n(at(high)), t=svg._n(middle - 10), r=svg._n(at(high) + 10), m=svg._n(middle),
                      b=svg._n(middle + 10), lft=svg._n(at(high) - 10), f=PAPER, s=NAVY),
                  Markup('<circle cx="{}" cy="{}" r="5.5" fill="{}"/>').format(svg._n(at(low)), svg._n(middle), NAVY),
                  svg.text(width, middle - 9, [f"+{high - low}" if high > low else "0"], size=13, anchor="end",
                           weight="bold")]
        if indicator["id"] in latest:
            parts.append(_latest_mark(at(latest[indicator["id"]][0]), middle))
        y += 12 + row_gap
    return svg.svg(width, y, title_id, title, Markup("").join(parts))


def _latest_mark(x: float, y: float) -> Markup:
    """The latest self-assessed level: an open square around the scale's point."""
    return svg.rect(x - 7, y - 7, 14, 14, fill="none", stroke=INK, stroke_width=2.5, radius=0)


def _gaps_legend(lang: str, with_latest: bool = False) -> Markup:
    latest = [_latest_mark(8, 34), svg.text(22, 26, [label(lang, "legend_latest")], size=13)] if with_latest else []
    return Markup("").join(latest + [
        Markup('<circle cx="8" cy="12" r="5.5" fill="{}"/>').format(NAVY),
        svg.text(22, 4, [label(lang, "legend_self_assessed")], size=13),
        Markup('<path d="M172,3 L181,12 L172,21 L163,12 z" fill="{}" stroke="{}" stroke-width="2"/>').format(PAPER, NAVY),
        svg.text(188, 4, [label(lang, "legend_desired")], size=13),
    ])


# --- Figure 7: timeline of the deliverables ---------------------------------------------------

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
    periods = [p for o in plan["objectives"] for c in o["commitments"] for a in c["activities"]
               for d in a["deliverables"] for p in d["schedule"]]
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


def status_mark(status: str, x: float, y: float) -> Markup:
    """A status as a shape (Harvey balls: empty, a quarter, three quarters,
    full; a cross for withdrawn; nothing when not reported), centred on x, y."""
    r = 5.5
    ring = Markup(f'<circle cx="{svg._n(x)}" cy="{svg._n(y)}" r="{r}" fill="{PAPER}" stroke="{NAVY}" stroke-width="1.5"/>')
    if status == "withdrawn":
        return svg.line(x - r, y - r, x + r, y + r, stroke=NAVY, width=2) + svg.line(x - r, y + r, x + r, y - r, stroke=NAVY, width=2)
    if status == "complete":
        return Markup(f'<circle cx="{svg._n(x)}" cy="{svg._n(y)}" r="{r}" fill="{NAVY}" stroke="{NAVY}" stroke-width="1.5"/>')
    if status == "limited":  # a quarter, from 12 to 3 o'clock
        return ring + Markup(f'<path d="M{svg._n(x)},{svg._n(y)} L{svg._n(x)},{svg._n(y - r)} A{r},{r} 0 0 1 '
                             f'{svg._n(x + r)},{svg._n(y)} z" fill="{NAVY}"/>')
    if status == "substantial":  # three quarters, from 12 round to 9 o'clock
        return ring + Markup(f'<path d="M{svg._n(x)},{svg._n(y)} L{svg._n(x)},{svg._n(y - r)} A{r},{r} 0 1 1 '
                             f'{svg._n(x - r)},{svg._n(y)} z" fill="{NAVY}"/>')
    if status == "not-started":
        return ring
    return Markup("")


def _progress_legend(lang: str, report: dict) -> Markup:
    """The marks of the statuses, the report line and the revised end."""
    parts, x = [], 6.0
    for status in ("not-started", "limited", "substantial", "complete", "withdrawn"):
        words = status_name(status, lang)
        parts += [status_mark(status, x, 58), svg.text(x + 10, 51, [words], size=13)]
        x += 10 + len(words) * 13 * svg.CHAR_WIDTH + 20
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
