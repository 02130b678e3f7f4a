"""Figure 6, a chart of the site: each indicator's self-assessed and desired
levels of maturity, and the gap between them; the latest self-assessment
once a report gives one."""
from __future__ import annotations

from markupsafe import Markup

from .. import svg
from ...data.progress import latest_levels
from ...language.labels import label
from ..svg import ACCENT, INK, NAVY, PAPER, TINT


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
    parts, y = [], 4.0
    if legend:
        key, y = _gaps_legend(lang, width, bool(latest))
        parts.append(key)

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


def _gaps_legend(lang: str, width: float, with_latest: bool = False) -> tuple[Markup, float]:
    """The circle, the diamond (and the square of the latest level), each
    with its words, side by side while they fit the width with the reader's
    spacing counted, else on a line of their own; and the legend's height."""
    entries = [(Markup('<circle cx="{x}" cy="{y}" r="5.5" fill="{f}"/>'), label(lang, "legend_self_assessed")),
               (Markup('<path d="M{x},{t} L{r},{y} L{x},{b} L{lft},{y} z" fill="{p}" stroke="{f}" stroke-width="2"/>'),
                label(lang, "legend_desired"))]
    if with_latest:
        entries.append((None, label(lang, "legend_latest")))
    parts, x, y = [], 0.0, 0.0
    for index, (symbol, words) in enumerate(entries):
        needed = 22 + svg.text_width(words, 13)
        if index and (x + needed > width or symbol is None):
            x, y = 0.0, y + 22
        centre_x = x + 8 if symbol is None or index == 0 else x + 9
        if symbol is None:
            parts.append(_latest_mark(centre_x, y + 12))
        else:
            parts.append(symbol.format(x=svg._n(centre_x), y=svg._n(y + 12), t=svg._n(y + 3), b=svg._n(y + 21),
                                       r=svg._n(centre_x + 9), lft=svg._n(centre_x - 9), f=NAVY, p=PAPER))
        parts.append(svg.text(x + 22, y + 4, [words], size=13))
        x += needed + 20
    return Markup("").join(parts), y + 40
