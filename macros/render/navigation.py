"""The list of the plan's parts (the pages named section-*.md), in the order
of the navigation, each with its own title: a pure function of the parts."""
from __future__ import annotations

import posixpath
from pathlib import PurePosixPath

from markupsafe import escape


def is_plan_part(name: str) -> bool:
    """A part of the plan (a section or an annex) is a page named section-*.md;
    the one-page plan is made of the same pages."""
    return PurePosixPath(name).name.startswith("section-")


def parts_list(parts: list[tuple[str, str]], page_name: str) -> str:
    """A Markdown list linking every part of the plan ((file name, title),
    in the order of the navigation) from the page `page_name`."""
    here = posixpath.dirname(page_name)
    # The menu shows a title as text: markup in it is shown, never run.
    return "\n".join(f"- [{escape(title)}]({posixpath.relpath(name, here or '.')})" for name, title in parts)
