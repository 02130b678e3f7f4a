"""No script in a page: a page holding a <script> (or <iframe>, <object>,
<embed>), an inline event handler (onclick=…) or a javascript:, vbscript: or
data: address stops the build, named with its line.

The check reads each page's HTML after Markdown and before the macros'
blocks are put back (macros/site/blocks.py), so it sees what the writer
wrote, not the site's own tables and figures.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements that run code, load another document or change where links and
# the page itself lead.
ACTIVE_ELEMENTS = ("script", "iframe", "frame", "object", "embed", "base", "meta", "link")
ADDRESS_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset")
_UNSAFE_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.I)
_IGNORED = re.compile(r"[\x00-\x20]")  # browsers ignore these in a scheme ("java\tscript:")


def active_content(html: str) -> list[tuple[str, str]]:
    """(what was found, the text to look for in the source) for each piece
    of active content in `html`."""
    found = []

    class Finder(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ACTIVE_ELEMENTS:
                found.append((f"a <{tag}> element", f"<{tag}"))
            for name, value in attrs:
                if name.startswith("on"):
                    found.append((f"an inline event handler {name}=… on <{tag}>", name))
                elif name in ADDRESS_ATTRIBUTES and value and _UNSAFE_SCHEME.match(_IGNORED.sub("", value)):
                    scheme = _UNSAFE_SCHEME.match(_IGNORED.sub("", value)).group(1).lower()
                    found.append((f"a {scheme}: address in {name}= on <{tag}>", f"{scheme}:"))

        handle_startendtag = handle_starttag

    Finder(convert_charrefs=True).feed(html)
    return found


def _line(source: str, needle: str) -> int | None:
    index = source.lower().find(needle.lower())
    return source.count("\n", 0, index) + 1 if index >= 0 else None


def page_problems(html: str, meta: dict, source: str, where: str) -> list[str]:
    """One line per piece of active content in a page's HTML or front
    matter, with its line in the page's `source` when it can be found."""
    problems = active_content(html) + [
        (f"{what} in the front matter's '{key}'", needle) for key, value in meta.items()
        if isinstance(value, str) for what, needle in active_content(value)]
    lines = []
    for what, needle in problems:
        line = _line(source, needle)
        lines.append(f"  {where}{f':{line}' if line else ''}: {what}")
    return lines
