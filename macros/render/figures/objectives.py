"""Figures 2 and 4: each objective as a dark heading box, its commitments in
boxes below it; Figure 2 for the previous plan, Figure 4 for this one."""
from __future__ import annotations

from markupsafe import Markup

from .. import svg
from ...language.labels import label
from ..svg import NAVY, PAPER


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
