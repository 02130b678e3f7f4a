"""Raw HTML kept out of Markdown's way (and the figures out of the search
indexer's).

The tables and figures are large blocks of finished HTML; Python-Markdown
would parse every tag of them again. A macro leaves a marker instead (an
HTML comment, which Markdown passes through), and hooks/blocks.py puts
the HTML back once Markdown is done (the figures' SVG, once the page is
written).
"""
from __future__ import annotations

import itertools
import re

_blocks: dict = {}
_numbers = itertools.count()
MARKER = re.compile(r"<!-- plan-block:(\d+) -->")


def stash(html: str) -> str:
    """A marker that stands for `html` in the page's Markdown."""
    number = next(_numbers)
    _blocks[number] = html
    return f"<!-- plan-block:{number} -->"


def restore(html: str) -> str:
    """The page's HTML with every marker replaced by its block."""
    return MARKER.sub(lambda match: _blocks.pop(int(match.group(1))), html)
