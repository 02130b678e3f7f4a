"""Small, pure helpers for drawing accessible SVG: wrapped real text, boxes,
lines, and the WCAG contrast ratio that the palette is tested against."""
from __future__ import annotations

import re

from markupsafe import Markup

# Canada.ca colours (text #333, links #2b4380, the dark blue of its header).
INK = "#333333"
NAVY = "#26374a"
PAPER = "#ffffff"
TINT = "#eaebed"      # light grey fill behind dark text
ACCENT = "#2b4380"
PALETTE = {"ink": INK, "navy": NAVY, "paper": PAPER, "tint": TINT, "accent": ACCENT}

FONT_SIZE = 14
LINE_HEIGHT = 1.3
CHAR_WIDTH = 0.6  # average advance of a (bold) sans-serif character, in ems: a safe over-estimate


def luminance(colour: str) -> float:
    """Relative luminance of "#rrggbb" (WCAG 2.1)."""
    def channel(hex_pair):
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(colour[i:i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


_TOKENS = re.compile(r"[^\s/]+/?|/")


def wrap(words: str, width: float, size: float = FONT_SIZE) -> list[str]:
    """Lines of `words` that fit `width` user units at `size`: wrapped at
    spaces or after a slash ("information/technologie"), never cut."""
    columns = max(4, int(width / (size * CHAR_WIDTH)))
    lines, line = [], ""
    for match in _TOKENS.finditer(words):
        token = match.group()
        spaced = match.start() > 0 and words[match.start() - 1].isspace()
        candidate = line + (" " if spaced and line else "") + token
        if line and len(candidate) > columns:
            lines.append(line)
            line = token
        else:
            line = candidate
    return lines + [line] if line or not lines else lines


def text_height(lines: list, size: float = FONT_SIZE) -> float:
    return len(lines) * size * LINE_HEIGHT


def text(x: float, y: float, lines: list, *, size: float = FONT_SIZE, anchor: str = "start",
         fill: str = INK, weight: str = "normal") -> Markup:
    """Real, selectable text: one <tspan> per line; `y` is the top of the first line."""
    first_baseline = y + size
    spans = Markup("").join(
        Markup('<tspan x="{}" y="{}">{}</tspan>').format(_n(x), _n(first_baseline + i * size * LINE_HEIGHT), line)
        for i, line in enumerate(lines))
    return Markup('<text font-size="{}" text-anchor="{}" fill="{}" font-weight="{}">{}</text>').format(
        _n(size), anchor, fill, weight, spans)


def rect(x, y, width, height, *, fill=PAPER, stroke=NAVY, stroke_width=1.5, radius=4, dash=None) -> Markup:
    dashes = Markup(' stroke-dasharray="{}"').format(dash) if dash else Markup("")
    return Markup('<rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{}" stroke="{}" stroke-width="{}"{}/>').format(
        _n(x), _n(y), _n(width), _n(height), radius, fill, stroke, stroke_width, dashes)


def line(x1, y1, x2, y2, *, stroke=INK, width=1.5, dash=None, marker_end=None, marker_start=None) -> Markup:
    extra = Markup("")
    if dash:
        extra += Markup(' stroke-dasharray="{}"').format(dash)
    if marker_end:
        extra += Markup(' marker-end="url(#{})"').format(marker_end)
    if marker_start:
        extra += Markup(' marker-start="url(#{})"').format(marker_start)
    return Markup('<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"{}/>').format(
        _n(x1), _n(y1), _n(x2), _n(y2), stroke, width, extra)


def polyline(points: list, *, stroke=INK, width=1.5, dash=None, marker_end=None) -> Markup:
    """A path through `points` [(x, y), …]: straight when there are two."""
    extra = Markup("")
    if dash:
        extra += Markup(' stroke-dasharray="{}"').format(dash)
    if marker_end:
        extra += Markup(' marker-end="url(#{})"').format(marker_end)
    coordinates = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
    return Markup('<polyline points="{}" fill="none" stroke="{}" stroke-width="{}"{}/>').format(
        coordinates, stroke, width, extra)


def crosses(start: tuple, end: tuple, box: tuple, margin: float = 3) -> bool:
    """Whether the segment start-end enters the rectangle (x, y, width, height),
    grown by `margin` (Liang-Barsky clipping)."""
    (x1, y1), (x2, y2) = start, end
    left, top = box[0] - margin, box[1] - margin
    right, bottom = box[0] + box[2] + margin, box[1] + box[3] + margin
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def svg(width: float, height: float, title_id: str, title: str, body: Markup, defs: Markup = Markup("")) -> str:
    """An <svg role="img"> named by its <title>; one line, no blank line."""
    return str(Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" class="plan-svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        'role="img" aria-labelledby="{tid}" font-family="Noto Sans, system-ui, sans-serif">'
        '<title id="{tid}">{title}</title><defs>{defs}</defs>{body}</svg>').format(
            w=_n(width), h=_n(height), tid=title_id, title=title, defs=defs, body=body))


def _n(value: float) -> str:
    """Numbers for SVG attributes, without needless decimals."""
    return f"{value:.1f}".rstrip("0").rstrip(".")
