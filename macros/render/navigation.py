"""The site's pages as `nav` of mkdocs.yml lists them, so that a page added
there appears in the lists that name the plan's parts, in both languages,
with its own title. Pure functions of (nav, the language's folder)."""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

from markupsafe import escape

_HEADING = re.compile(r"^# +(.+?)\s*(\{[^}]*\})?\s*$", re.M)
_FRONT_MATTER = re.compile(r"\A---\n(.*?\n)?---\n", re.S)
_TITLE = re.compile(r"^title: *(.+?) *$", re.M)


def nav_files(nav) -> list[str]:
    """The page files named in a `nav` configuration, in order."""
    files = []
    for entry in nav or []:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            files += nav_files(value)
        elif isinstance(value, str) and value.endswith(".md") and "://" not in value:
            files.append(value)
    return files


def is_plan_part(name: str) -> bool:
    """A part of the plan (a section or an annex) is a page named section-*.md;
    the one-page plan is made of the same pages."""
    return Path(name).name.startswith("section-")


def page_title(text: str, fallback: str) -> str:
    """The page's title as the menu shows it (MkDocs' rule): its front
    matter `title`, else its first-level heading."""
    front = _FRONT_MATTER.match(text)
    title = _TITLE.search(front.group(1) or "") if front else None
    if title:
        return title.group(1).strip("\"'")
    heading = _HEADING.search(text[front.end():] if front else text)
    return heading.group(1) if heading else fallback


def parts_list(nav: list[str], folder: Path, page_name: str) -> str:
    """A Markdown list linking every part of the plan, in the order of nav,
    from the page `page_name` of the language folder `folder`."""
    here = posixpath.dirname(page_name)
    items = []
    for name in filter(is_plan_part, nav):
        # The menu shows a title as text: markup in it is shown, never run.
        title = escape(page_title((folder / name).read_text(encoding="utf-8"), name))
        items.append(f"- [{title}]({posixpath.relpath(name, here or '.')})")
    return "\n".join(items)
