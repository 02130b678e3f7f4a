"""Links to a heading that does not exist stop the build (`validation:
anchors` in mkdocs.yml); this hook tells MkDocs about the ids of the macros'
tables and figures, which Markdown never saw (macros/site/blocks.py), so that a
link to `section-04.md#figure-2` is known to be good."""
from __future__ import annotations

import re

from mkdocs.plugins import event_priority

_ID = re.compile(r"""\sid=["']([^"']+)["']""")


@event_priority(-10)  # after hooks/blocks.py has put the blocks back
def on_page_content(html, page, config, files):
    if page.present_anchor_ids is not None:
        page.present_anchor_ids.update(_ID.findall(html))
    return html
