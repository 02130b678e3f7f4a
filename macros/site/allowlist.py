"""What a page may hold, read as a browser reads it: the allowlist of the
elements, attributes and addresses of the pages' own HTML (the Markdown's
output, before the macros' blocks are put back), and the faults a writer
would otherwise publish without knowing (an image without a text, a skipped
heading level, a page without a title, an element left open).

The page is parsed by an HTML5 parser that follows the standard browsers
follow (justhtml, scripting on, as in a browser), so that what is checked is
what a browser would build: markup hidden in a <noscript>, a <![CDATA[…]]>
or an attribute is seen where a browser puts it. Nothing is removed: every
finding stops the build, and says what to write instead (CONTRIBUTING.md,
"What a page may hold"). Pure functions of the page's HTML.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from justhtml import JustHTML

# Each element a page may hold, and the attributes it may carry beyond the
# ones every element may (GLOBAL). Markdown makes most of them; the rest are
# what a writer may type in a page (CONTRIBUTING.md lists them).
GLOBAL = frozenset({"id", "class", "lang", "dir", "title"})
ELEMENTS = {
    "a": {"href"}, "abbr": set(), "b": set(), "blockquote": {"cite"}, "br": set(), "caption": set(), "cite": set(),
    "code": set(), "col": {"span"}, "colgroup": {"span"}, "dd": set(), "del": {"cite", "datetime"},
    "details": {"open"}, "dfn": set(), "div": set(), "dl": set(), "dt": set(), "em": set(), "figcaption": set(),
    "figure": set(), "h1": set(), "h2": set(), "h3": set(), "h4": set(), "h5": set(), "h6": set(), "hr": set(),
    "i": set(), "img": {"src", "alt", "width", "height", "role"}, "ins": {"cite", "datetime"}, "kbd": set(),
    "li": {"value"}, "mark": set(), "ol": {"start", "reversed", "type"}, "p": set(), "pre": set(), "q": {"cite"},
    "s": set(), "samp": set(), "section": set(), "small": set(), "span": set(), "strong": set(), "sub": set(),
    "summary": set(), "sup": set(), "table": set(), "tbody": set(), "td": {"colspan", "rowspan", "headers", "style"},
    "tfoot": set(), "th": {"colspan", "rowspan", "headers", "scope", "style"}, "thead": set(), "time": {"datetime"},
    "tr": set(), "u": set(), "ul": set(), "var": set(), "wbr": set(),
}
# Elements whose end tag HTML lets a writer leave out.
_OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption"})
_VOID = frozenset({"br", "col", "hr", "img", "wbr"})
# Addresses: a link may lead to the site or to another site (https:,
# mailto:); an address the browser loads by itself (an image) must be the site's.
LINKS = {("a", "href"), ("blockquote", "cite"), ("q", "cite"), ("del", "cite"), ("ins", "cite")}
LOADS = {("img", "src")}
LINK_SCHEMES = ("https", "mailto")
# The only style a page may give: a column's alignment, as Markdown's tables write it.
_STYLE = re.compile(r"\s*text-align:\s*(left|right|center)\s*;?\s*")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_ADDRESS_IGNORED = re.compile(r"[\t\n\r]")  # browsers take these out of an address
MAX_DEPTH = 40  # elements within elements; the pages need about 8


@dataclass(frozen=True)
class Finding:
    """One thing a page may not hold: its message's key and values, and the
    texts to look for in the page's source to give its line."""

    key: str
    values: dict = field(default_factory=dict)
    needles: tuple = ()


def findings(html: str) -> list[Finding]:
    """Every fault of a page's own HTML, in the order of the page."""
    document = JustHTML(html, fragment=True, sanitize=False, track_node_locations=True)
    found: list[Finding] = []
    _walk(document.root, html, found, depth=0)
    found += _heading_faults(document.root, html)
    return found


def _walk(node, html: str, found: list, depth: int) -> None:
    for child in node.children or ():
        name = child.name or ""
        if name.startswith("#"):  # text, comment
            continue
        tag = _start_tag(child, html)
        if depth >= MAX_DEPTH:
            found.append(Finding("page_too_deep", {"depth": MAX_DEPTH}, (tag,)))
            return
        if name not in ELEMENTS:
            found.append(Finding(_ELEMENT_KEYS.get(name, "page_element"), {"element": name}, (tag, f"<{name}")))
        else:
            found += _attribute_faults(child, tag)
            if name not in _VOID and name not in _OPTIONAL_END and not _closed(child):
                found.append(Finding("page_unclosed", {"element": name}, (tag,)))
        # A refused element's content is read too: a writer learns every fault at once.
        _walk(child, html, found, depth + 1)
        if getattr(child, "template_content", None) is not None:
            _walk(child.template_content, html, found, depth + 1)


# What to write instead of an element a page may not hold.
_ELEMENT_KEYS = {
    **dict.fromkeys(("script", "noscript"), "page_script"),
    **dict.fromkeys(("iframe", "frame", "frameset", "object", "embed", "portal"), "page_embedded"),
    **dict.fromkeys(("style", "link", "font", "center"), "page_style"),
    **dict.fromkeys(("form", "input", "button", "select", "textarea", "option", "label", "fieldset"), "page_form"),
    **dict.fromkeys(("svg", "math", "canvas"), "page_drawing"),
    **dict.fromkeys(("img", "picture", "video", "audio", "source", "track"), "page_media"),
    **dict.fromkeys(("meta", "base", "title", "head", "html", "body"), "page_document"),
}


def _attribute_faults(element, tag: str) -> list[Finding]:
    faults = []
    name = element.name
    allowed = GLOBAL | ELEMENTS[name]
    for attribute, value in (element.attrs or {}).items():
        value = value or ""
        needles = (tag, f"{attribute}=")
        if attribute.startswith("on"):
            faults.append(Finding("page_handler", {"attribute": attribute, "element": name}, needles))
        elif attribute not in allowed:
            faults.append(Finding("page_attribute", {"attribute": attribute, "element": name}, needles))
        elif attribute == "style" and not _STYLE.fullmatch(value):
            faults.append(Finding("page_style_attribute", {"element": name}, needles))
        elif attribute == "role" and value != "presentation":
            faults.append(Finding("page_role", {"value": value}, needles))
        elif (name, attribute) in LINKS | LOADS:
            problem = address_problem(value, loads=(name, attribute) in LOADS)
            if problem:
                faults.append(Finding(problem, {"address": value, "attribute": attribute, "element": name},
                                      (tag, value, f"{attribute}=")))
    if name == "img":
        alt = (element.attrs or {}).get("alt")
        if not alt and (element.attrs or {}).get("role") != "presentation":
            faults.append(Finding("page_image_without_text", {}, (tag, "![")))
    return faults


def address_problem(address: str, loads: bool) -> str | None:
    """Why a page may not hold `address` (a message key), or None. It is read
    as a browser reads it: spaces and control characters around it and tabs
    and line breaks within it do not count."""
    cleaned = _ADDRESS_IGNORED.sub("", address.strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
                                                       "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "))
    scheme = _SCHEME.match(cleaned)
    if loads:
        if scheme or cleaned.startswith(("//", "/", "\\")):
            return "page_loads_elsewhere"
        return None
    if scheme:
        return None if scheme.group(1).lower() in LINK_SCHEMES else "page_link_scheme"
    if cleaned.startswith(("//", "\\\\", "/\\", "\\/")):
        return "page_link_scheme"
    if cleaned.startswith("/"):
        return "page_link_root"
    return None


def _heading_faults(root, html: str) -> list[Finding]:
    """A page has its own title (one first-level heading, first), its
    headings one level at a time, and something to read."""
    elements = list(_elements(root))
    if not elements and not any((node.data or "").strip() for node in root.children or () if node.name == "#text"):
        return [Finding("page_empty")]
    headings = [(int(node.name[1]), node) for node in elements if re.fullmatch(r"h[1-6]", node.name)]
    faults = []
    if not headings or headings[0][0] != 1:
        faults.append(Finding("page_without_title", {}, ()))
    elif sum(1 for level, _ in headings if level == 1) > 1:
        second = [node for level, node in headings if level == 1][1]
        faults.append(Finding("page_two_titles", {}, (_start_tag(second, html), "\n# ")))
    for (before, _), (level, node) in zip(headings, headings[1:]):
        if level > before + 1:
            faults.append(Finding("page_heading_skipped", {"level": level, "before": before, "hashes": "#" * (before + 1)},
                                  (_start_tag(node, html), "#" * level + " ")))
    return faults


def _elements(node):
    """The elements below `node`, in the page's order, down to MAX_DEPTH."""
    stack = [(child, 1) for child in reversed(node.children or ())]
    while stack:
        child, depth = stack.pop()
        if child.name and not child.name.startswith("#") and depth <= MAX_DEPTH:
            yield child
            stack += [(grandchild, depth + 1) for grandchild in reversed(child.children or ())]


def _start_tag(element, html: str) -> str:
    """The element's start tag as the HTML holds it."""
    start = element.origin_offset
    if start is None:
        return f"<{element.name}"
    end = html.find(">", start)
    return html[start:end + 1 if end >= 0 else len(html)]


def _closed(element) -> bool:
    """Whether the HTML closes the element itself (justhtml records it when
    it tracks where each node comes from)."""
    return getattr(element, "_end_tag_present", True)
