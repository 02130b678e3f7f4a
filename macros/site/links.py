"""Links between pages of one language, written relative to the page being
built so that the site works under any sub-path."""
from __future__ import annotations

from mkdocs.utils import get_relative_url

# The guide's page of what each organization leads and supports.
ORGANIZATIONS_PAGE = "guide-organizations"


def organization_anchor(key: str) -> str:
    return f"org-{key}"


def href(target_page: str, anchor: str, here_url: str, lang: str) -> str:
    """A link from the page at `here_url` ("fr/section-04/") to `anchor` on
    `target_page` ("section-c"): just "#anchor" when both are on one page.
    (The one-page plan's links between sections are made in-page when it is
    put together: macros/site/one_page.py.)"""
    here = here_url.strip("/").split("/")[-1] if here_url.strip("/") else ""
    if here == target_page:
        return f"#{anchor}"
    return get_relative_url(f"{lang}/{target_page}/", here_url or f"{lang}/") + f"#{anchor}"
