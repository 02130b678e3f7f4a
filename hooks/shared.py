"""What several hooks need: the project's folder (on sys.path, for the
macros package), its plan and the finishing of a page's HTML. Imported by
the hooks, never listed in mkdocs.yml."""
from __future__ import annotations

import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from macros.data.files import load_plan  # noqa: E402
from macros.language.acronyms import glossary, mark  # noqa: E402
from macros.site.one_page import numbered_footnotes  # noqa: E402


def plan():
    return load_plan(PROJECT)


def finished(html: str, lang: str) -> str:
    """Every acronym of the glossary marked, in `lang`, with its expansion;
    the footnotes numbered, their links back titled in `lang`."""
    return numbered_footnotes(mark(html, glossary(plan(), lang)), lang)
