"""The "Report a problem on this page" link: one address for the whole site
(REPORT_PROBLEM_URL, extra.report_problem_url in mkdocs.yml), checked, with
the page's title and address added so that the reader does not have to.

An https: address (the deploy's: the repository's issue form) gets `title`
(the issue's title) and `page` (the form's field of that id); a mailto:
address gets them in the e-mail's body. Anything else stops the build.
Pure functions of the address and the page's title and address.
"""
from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from ..language.messages import message, shown


# Characters that have no place in an address and could end the href="…".
_UNSAFE = re.compile(r"""[\s"'<>`\\]""")


def address_problem(url) -> str | None:
    """Why `url` cannot be the report address, in the writer's language, or None."""
    parts = urlsplit(url) if isinstance(url, str) else None
    if not url or not parts or parts.scheme not in ("https", "mailto") or _UNSAFE.search(url) \
            or (parts.scheme == "https" and not parts.netloc):
        return message("report_problem_url", value=shown(repr(url)) if url else '""')
    return None


def report_link(url: str, title: str, page_address: str) -> str:
    """`url` with the page's title and address added to its query."""
    if url.startswith("mailto:"):
        fields = {"body": f"{title}\n{page_address}\n\n"}
    else:
        fields = {"title": title, "page": page_address}
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in fields.items())
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}{query}"
