"""Raw HTML kept out of Markdown's way (and the figures out of the search
indexer's).

The tables and figures are large blocks of finished HTML; Python-Markdown
would parse every tag of them again. A macro leaves a marker instead (an
HTML comment, which Markdown passes through), and the blocks are put back
once Markdown is done (the figures' SVG, once the page is written).
"""
from __future__ import annotations

import itertools
import re

MARKER = re.compile(r"<!-- plan-block:(\d+) -->")


class Blocks:
    """The blocks of one build, each stood for by a numbered marker."""

    def __init__(self) -> None:
        self._html: dict[int, str] = {}
        self._numbers = itertools.count()

    def stash(self, html: str) -> str:
        """A marker that stands for `html` in the page's Markdown."""
        number = next(self._numbers)
        self._html[number] = html
        return f"<!-- plan-block:{number} -->"

    def take(self, number: int) -> str:
        """The block of marker `number`, which is then forgotten."""
        return self._html.pop(number)

    def restore(self, html: str) -> str:
        """`html` with every marker replaced by its block."""
        return MARKER.sub(lambda match: self.take(int(match.group(1))), html)
