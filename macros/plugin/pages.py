"""The site's pages as files: every page has its twin in the other language
and a place in the navigation, and the plan's parts are listed with the
titles their pages give themselves.

mkdocs-static-i18n pairs a page with its translation by their shared path
(docs/fr/x.md, docs/en/x.md); without this check a missing twin is an INFO
line, or a nav warning that names neither the file nor its language.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from urllib.parse import urlsplit

from ..language.languages import LANGUAGES, name_in
from ..language.messages import message, shown
from ..render.navigation import is_plan_part

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


def nav_problems(nav, where: str = "mkdocs.yml") -> list[str]:
    """An entry of the menu is a page of the site, by its file name, or a
    page of another site at an https: address; a page's title is its own."""
    problems = []
    for entry in nav or []:
        title, value = next(iter(entry.items())) if isinstance(entry, dict) else (None, entry)
        if isinstance(value, list):
            problems += nav_problems(value, where)
        elif isinstance(value, str) and value.endswith(".md") and "://" not in value:
            if title is not None:
                problems.append(f"{where}: " + message("nav_titled_page", title=shown(str(title)), page=shown(value)))
        elif not (isinstance(value, str) and urlsplit(value.strip()).scheme == "https" and urlsplit(value.strip()).netloc):
            problems.append(f"{where}: " + message("nav_link", title=shown(str(title or value)), address=shown(str(value))))
    return problems


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
            files = " nor ".join(f"{docs_name}/{lang}/{name}" for lang in LANGUAGES)
            lines.append(f"mkdocs.yml: nav names {name}, but neither {files} exists: write "
                         f"{'both pages' if len(LANGUAGES) == 2 else 'every page'}, or take {name} out of nav")
            continue
        for lang in missing:
            twin = present[0]
            lines.append(f"{docs_name}/{lang}/{name}: missing; the {name_in(lang, 'en')} twin of "
                         f"{docs_name}/{twin}/{name} ({name_in(twin, 'en')}) must exist, with the same file name")
        if name not in nav:
            lines.append(f"{docs_name}/{present[0]}/{name}: not in nav of mkdocs.yml: add '- {name}' where the "
                         "page belongs in the menu (one entry serves both languages)")
    return lines


def page_title(text: str, fallback: str) -> str:
    """The page's title as the menu shows it (MkDocs' rule): its front
    matter `title`, else its first-level heading."""
    front = _FRONT_MATTER.match(text)
    title = _TITLE.search(front.group(1) or "") if front else None
    if title:
        return title.group(1).strip("\"'")
    heading = _HEADING.search(text[front.end():] if front else text)
    return heading.group(1) if heading else fallback


def plan_parts(nav: list[str], docs: Path) -> dict[str, list[tuple[str, str]]]:
    """{language: (file name, title) of every part of the plan, in the order of nav}."""
    return {lang: [(name, page_title((docs / lang / name).read_text(encoding="utf-8"), name))
                   for name in filter(is_plan_part, nav)]
            for lang in LANGUAGES}


def linked_elsewhere(path: Path, project: Path) -> str | None:
    """Where `path` really is, if it is a link (a symbolic link, or in a
    linked folder) rather than a file of the project as it stands: a page
    or data file that is a link could publish any file of the machine, or of
    .git/."""
    absolute = Path(os.path.abspath(path))
    real = absolute.resolve()
    return None if real == absolute and real.is_relative_to(project.resolve()) else str(real)


def docs_files(docs: Path) -> list[Path]:
    """Every file under `docs`, as MkDocs lists them (following links)."""
    return [Path(folder) / name for folder, _, names in os.walk(docs, followlinks=True) for name in names]


def linked_files(paths, project: Path) -> list[str]:
    """One line per file of `paths` that is a link, with where it leads."""
    return [message("file_outside", file=shown(Path(os.path.abspath(path)).relative_to(project).as_posix()),
                    target=shown(target))
            for path in paths if (target := linked_elsewhere(Path(path), project))]
