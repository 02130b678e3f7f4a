"""Search as readers type: the site's search runs Material's worker through
overrides/assets/javascripts/workers/search-readers.js, which ignores French
elisions and English possessives and matches words with or without accents."""
from __future__ import annotations

import re

# Material's worker, as the page's settings (<script id="__config">) name it.
_WORKER = re.compile(r'("search": ")([^"]*/)(search\.[0-9a-f]+\.min\.js)(")')


def on_post_page(output, page, config):
    return _WORKER.sub(r"\1\2search-readers.js?material=\3\4", output, count=1)
