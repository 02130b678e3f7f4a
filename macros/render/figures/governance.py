"""Figure 5: the governance of Open PSC, its bodies in boxes; solid arrows
for "reports to", dashed lines for "collaboration as needed"."""
from __future__ import annotations

from markupsafe import Markup

from .. import svg
from ...language.labels import label
from ...language.words import body_name
from ..svg import ACCENT, INK, PAPER, TINT
from .layout import Box, connector, governance_layout


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


def _governance_legend(lang: str, width: float) -> Markup:
    y = 8
    return Markup("").join([
        svg.line(0, y + 8, 50, y + 8, width=2, marker_end="arrow"),
        svg.text(58, y, [label(lang, "legend_reports_to")], size=13),
        svg.line(0, y + 34, 50, y + 34, width=2, dash="7 5", stroke=ACCENT),
        svg.text(58, y + 26, [label(lang, "legend_collaboration")], size=13),
    ])
