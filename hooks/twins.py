"""MkDocs hook: every page has its twin in the other language and a place in
`nav`, checked before anything is built, every problem named at once.

mkdocs-static-i18n pairs a page with its translation by their shared path
(docs/fr/x.md, docs/en/x.md); without this check a missing twin is an INFO
line, or a nav warning that names neither the file nor its language.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from macros.render.navigation import nav_files  # noqa: E402

LANGUAGES = {"fr": "French", "en": "English"}


def pages(docs: Path) -> dict[str, set[str]]:
    """{language: the page files of its folder, relative to it}."""
    return {lang: {path.relative_to(docs / lang).as_posix() for path in (docs / lang).rglob("*.md")}
            for lang in LANGUAGES}


def problems(found: dict[str, set[str]], nav: list[str], docs_name: str = "docs") -> list[str]:
    """What is missing, one line each, naming the file and its language."""
    lines = []
    for name in sorted(set().union(*found.values()) | set(nav)):
        present = [lang for lang in LANGUAGES if name in found[lang]]
        missing = [lang for lang in LANGUAGES if lang not in present]
        if not present:
            lines.append(f"mkdocs.yml: nav names {name}, but neither {docs_name}/fr/{name} nor "
                         f"{docs_name}/en/{name} exists: write both pages, or take {name} out of nav")
            continue
        for lang in missing:
            twin = present[0]
            lines.append(f"{docs_name}/{lang}/{name}: missing; the {LANGUAGES[lang]} twin of "
                         f"{docs_name}/{twin}/{name} ({LANGUAGES[twin]}) must exist, with the same file name")
        if name not in nav:
            lines.append(f"{docs_name}/{present[0]}/{name}: not in nav of mkdocs.yml: add '- {name}' where the "
                         "page belongs in the menu (one entry serves both languages)")
    return lines


@event_priority(100)  # before the i18n plugin reads the pages
def on_config(config):
    docs = Path(config.docs_dir)
    found = problems(pages(docs), nav_files(config.nav), docs.name)
    if found:
        raise PluginError(f"{len(found)} page problem(s):\n" + "\n".join(f"  {line}" for line in found))
    return config
