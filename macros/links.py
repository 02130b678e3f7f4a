"""Links between pages of one language, written relative to the page being
built so that the site works under any sub-path."""
from __future__ import annotations

from mkdocs.utils import get_relative_url

# The page that holds the whole plan: every section's anchors are on it.
WHOLE_PLAN = "plan"


def href(target_page: str, anchor: str, here_url: str, lang: str) -> str:
    """A link from the page at `here_url` ("fr/section-04/") to `anchor` on
    `target_page` ("section-c"): just "#anchor" when both are on one page."""
    here = here_url.strip("/").split("/")[-1] if here_url.strip("/") else ""
    if here in (target_page, WHOLE_PLAN):
        return f"#{anchor}"
    return get_relative_url(f"{lang}/{target_page}/", here_url or f"{lang}/") + f"#{anchor}"
