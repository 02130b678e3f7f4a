"""A status as a shape, where a chart shows it beside words (Figure 7 and
its legend): the mark that macros/data/statuses.py gives each status."""
from __future__ import annotations

from markupsafe import Markup

from .. import svg
from ...data.statuses import status as status_of
from ..svg import NAVY, PAPER


def status_mark(status: str, x: float, y: float) -> Markup:
    """A status as a shape centred on x, y: a Harvey ball (a ring, a quarter,
    three quarters, full), a cross, or nothing (not reported)."""
    r = 5.5
    ring = Markup(f'<circle cx="{svg._n(x)}" cy="{svg._n(y)}" r="{r}" fill="{PAPER}" stroke="{NAVY}" stroke-width="1.5"/>')
    mark = status_of(status).mark
    if mark == "cross":
        return svg.line(x - r, y - r, x + r, y + r, stroke=NAVY, width=2) + svg.line(x - r, y + r, x + r, y - r, stroke=NAVY, width=2)
    if mark == "full":
        return Markup(f'<circle cx="{svg._n(x)}" cy="{svg._n(y)}" r="{r}" fill="{NAVY}" stroke="{NAVY}" stroke-width="1.5"/>')
    if mark == "quarter":  # from 12 to 3 o'clock
        return ring + Markup(f'<path d="M{svg._n(x)},{svg._n(y)} L{svg._n(x)},{svg._n(y - r)} A{r},{r} 0 0 1 '
                             f'{svg._n(x + r)},{svg._n(y)} z" fill="{NAVY}"/>')
    if mark == "three-quarters":  # from 12 round to 9 o'clock
        return ring + Markup(f'<path d="M{svg._n(x)},{svg._n(y)} L{svg._n(x)},{svg._n(y - r)} A{r},{r} 0 1 1 '
                             f'{svg._n(x - r)},{svg._n(y)} z" fill="{NAVY}"/>')
    if mark == "ring":
        return ring
    return Markup("")
