"""Small, pure helpers for drawing accessible SVG: wrapped real text, boxes,
lines, and the WCAG contrast ratio that the palette is tested against."""
from __future__ import annotations

import re

from markupsafe import Markup, escape

# Canada.ca colours (text #333, links #2b4380, the dark blue of its header).
INK = "#333333"
NAVY = "#26374a"
PAPER = "#ffffff"
TINT = "#eaebed"      # light grey fill behind dark text
ACCENT = "#2b4380"
PALETTE = {"ink": INK, "navy": NAVY, "paper": PAPER, "tint": TINT, "accent": ACCENT}

FONT_SIZE = 14
LINE_HEIGHT = 1.3
CHAR_WIDTH = 0.58  # average advance of a line's (bold) characters, in ems: an over-estimate (Noto Sans: 0.49–0.59)
# The spacing that WCAG 1.4.12 lets a reader add (their style sheet applies to
# a drawing's text too): a line leaves room for it, never cut at the edge of
# its drawing or its box.
LETTER_SPACING = 0.12  # ems, after every character
WORD_SPACING = 0.16    # ems, after every space


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


# A no-break space (before a colon, inside « ») joins the words on its sides.
_TOKENS = re.compile(r"(?:[^\s/]|[\u00a0\u202f])+/?|/")


def text_width(line: str, size: float = FONT_SIZE) -> float:
    """The width `line` may take at `size`, in user units, with the reader's
    spacing (an over-estimate without it)."""
    return size * (len(line) * (CHAR_WIDTH + LETTER_SPACING) + line.count(" ") * WORD_SPACING)


def wrap(words: str, width: float, size: float = FONT_SIZE) -> list[str]:
    """Lines of `words` that fit `width` user units at `size`, even with the
    reader's spacing (WCAG 1.4.12): wrapped at spaces or after a slash
    ("information/technologie"), never cut."""
    lines, line = [], ""
    for match in _TOKENS.finditer(words):
        token = match.group()
        spaced = match.start() > 0 and words[match.start() - 1].isspace()
        candidate = line + (" " if spaced and line else "") + token
        if line and text_width(candidate, size) > width and len(candidate) > 4:
            lines.append(line)
            line = token
        else:
            line = candidate
    return lines + [line] if line or not lines else lines


def text_height(lines: list, size: float = FONT_SIZE) -> float:
    return len(lines) * size * LINE_HEIGHT


def text(x: float, y: float, lines: list, *, size: float = FONT_SIZE, anchor: str = "start",
         fill: str = INK, weight: str = "normal") -> Markup:
    """Real, selectable text; `y` is the top of the first line. One line is
    one <text>; more lines are one <tspan> each."""
    style = f'font-size="{_n(size)}" text-anchor="{escape(anchor)}" fill="{escape(fill)}" font-weight="{escape(weight)}"'
    first_baseline = y + size
    if len(lines) == 1:
        return Markup(f'<text x="{_n(x)}" y="{_n(first_baseline)}" {style}>{escape(lines[0])}</text>')
    spans = "".join(f'<tspan x="{_n(x)}" y="{_n(first_baseline + i * size * LINE_HEIGHT)}">{escape(line)}</tspan>'
                    for i, line in enumerate(lines))
    return Markup(f"<text {style}>{spans}</text>")


def _stroke(stroke, width, dash=None, marker_end=None, marker_start=None) -> str:
    """The stroke attributes shared by lines and shapes."""
    attributes = f'stroke="{escape(stroke)}" stroke-width="{_n(width)}"'
    if dash:
        attributes += f' stroke-dasharray="{escape(dash)}"'
    if marker_end:
        attributes += f' marker-end="url(#{escape(marker_end)})"'
    if marker_start:
        attributes += f' marker-start="url(#{escape(marker_start)})"'
    return attributes


def rect(x, y, width, height, *, fill=PAPER, stroke=NAVY, stroke_width=1.5, radius=4, dash=None) -> Markup:
    return Markup(f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(width)}" height="{_n(height)}" rx="{_n(radius)}" '
                  f'fill="{escape(fill)}" {_stroke(stroke, stroke_width, dash)}/>')


def line(x1, y1, x2, y2, *, stroke=INK, width=1.5, dash=None, marker_end=None, marker_start=None) -> Markup:
    return Markup(f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" '
                  f"{_stroke(stroke, width, dash, marker_end, marker_start)}/>")


def polyline(points: list, *, stroke=INK, width=1.5, dash=None, marker_end=None) -> Markup:
    """A path through `points` [(x, y), …]: straight when there are two."""
    coordinates = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
    return Markup(f'<polyline points="{coordinates}" fill="none" {_stroke(stroke, width, dash, marker_end)}/>')


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
    """An <svg role="img"> named by its <title> alone (named by
    aria-labelledby too, its <title> would also be read as its
    description); one line, no blank line."""
    w, h, tid = _n(width), _n(height), escape(title_id)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="plan-svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
            f'role="img" font-family="Noto Sans, system-ui, sans-serif">'
            f'<title id="{tid}">{escape(title)}</title><defs>{escape(defs)}</defs>{escape(body)}</svg>')


def _n(value: float) -> str:
    """Numbers for SVG attributes, without needless decimals."""
    return f"{value:.1f}".rstrip("0").rstrip(".")
