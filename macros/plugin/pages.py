"""The site's pages as files: every page has its twin in the other language
and a place in the menu (data/navigation.yml), and the plan's parts are listed with the
titles their pages give themselves.

mkdocs-static-i18n pairs a page with its translation by their shared path
(docs/fr/x.md, docs/en/x.md); without this check a missing twin is an INFO
line, or a nav warning that names neither the file nor its language.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from markupsafe import escape

from ..language.languages import LANGUAGES, name_in
from ..language.messages import message, shown, writer_language
from ..render.navigation import is_plan_part

_HEADING = re.compile(r"^# +(.+?)\s*(\{[^}]*\})?\s*$", re.M)
_FRONT_MATTER = re.compile(r"\A---\n(.*?\n)?---\n", re.S)
_TITLE = re.compile(r"^title: *(.+?) *$", re.M)


def title_menu(items, navigation, docs: Path, lang: str) -> None:
    """The sections and links of the menu built for `lang` given their
    titles: a section its own page's, a link the one the menu's file gives
    it in that language (MkDocs knows only one title for both)."""
    for item in items:
        placeholder = getattr(item, "title", None)
        if placeholder in navigation.sections:
            page = navigation.sections[placeholder]
            item.title = page_title((docs / lang / page).read_text(encoding="utf-8"), page)
        elif getattr(item, "url", None) in navigation.links:
            item.title = escape(navigation.links[item.url][lang])  # the theme prints titles as HTML
        title_menu(getattr(item, "children", None) or [], navigation, docs, lang)


def pages(docs: Path) -> dict[str, set[str]]:
    """{language: the page files of its folder, relative to it}."""
    return {lang: {path.relative_to(docs / lang).as_posix() for path in (docs / lang).rglob("*.md")}
            for lang in LANGUAGES}


def problems(found: dict[str, set[str]], menu: list[str], lines: dict | None = None, docs_name: str = "docs",
             menu_file: str = "data/navigation.yml") -> list[str]:
    """What is missing, one line each, naming the file (its line in the
    menu, `lines`) and its language, in the writer's language."""
    lines = lines or {}
    problems_found = []
    for name in sorted(set().union(*found.values()) | set(menu)):
        present = [lang for lang in LANGUAGES if name in found[lang]]
        if not present:
            where = f"{menu_file}:{lines[name]}" if lines.get(name) else menu_file
            files = ", ".join(f"{docs_name}/{lang}/{name}" for lang in LANGUAGES)
            problems_found.append(f"{where}: " + message("menu_page_missing", page=shown(name), files=shown(files)))
            continue
        for lang in LANGUAGES:
            if lang not in present:
                problems_found.append(f"{docs_name}/{lang}/{name}: " + message(
                    "page_twin_missing", language=name_in(lang, writer_language()), twin=f"{docs_name}/{present[0]}/{name}"))
        if name not in menu:
            problems_found.append(f"{docs_name}/{present[0]}/{name}: " + message("page_not_in_menu", page=shown(name)))
    return problems_found


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
