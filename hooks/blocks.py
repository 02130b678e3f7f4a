"""The macros' blocks of HTML (macros/site/blocks.py) back in place once
Markdown is done; the figures' SVG and the tables search skips kept away
from the search indexer until the page is written."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from macros.render.tables import UNSEARCHED_TABLE  # noqa: E402
from macros.site.blocks import restore, stash  # noqa: E402


def on_page_content(html, page, config, files):
    """Before the one-page plan keeps the sections' HTML and before the page
    is finished (hooks/one_page.py, hooks/page_finishing.py, listed after)."""
    return restore(html)


# The figures' SVG, kept away from Material's search indexer: it skips them
# (data-search-exclude) but would still walk their every element.
_SVG = re.compile(r"<svg\b.*?</svg>", re.S)


@event_priority(50)  # before Material's search reads the page; after hooks/one_page.py, listed before
def on_page_context(context, page, config, nav):
    page.content = _SVG.sub(lambda match: stash(match.group()), page.content)
    # The table without its marker, as Material leaves what it skipped.
    page.content = UNSEARCHED_TABLE.sub(lambda match: stash(match.group().replace(" data-search-exclude", "", 1)), page.content)
    return context


def on_post_page(output, page, config):
    return restore(output)
