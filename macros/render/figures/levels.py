"""Figure 3: the maturity scale, six steps from 0 to 5."""
from __future__ import annotations

from markupsafe import Markup

from .. import svg
from ..svg import NAVY, PAPER, TINT


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
