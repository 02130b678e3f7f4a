"""The site's menu, data/navigation.yml: the writers' file, checked like the
other data files (data/navigation.schema.json, each problem with its line),
and given to MkDocs as its `nav`. Titles come from the pages themselves, in
each language: a section of the menu takes its page's title, a link to
another site the title the file gives it in each language.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..language.messages import message, shown
from .source import Problem, Source, parse
from .validation import DATA_DIR, _shape_problems
from .value_checks import text_problems

SCHEMA_PATH = DATA_DIR / "navigation.schema.json"


@dataclass
class Navigation:
    """The menu: its entries as MkDocs takes them, and what the plugin
    fills in for each language (the sections' and links' titles)."""

    nav: list                                      # MkDocs' nav: pages, {placeholder: [pages]}, {placeholder: url}
    sections: dict = field(default_factory=dict)   # placeholder -> the section's own page (its title's source)
    links: dict = field(default_factory=dict)      # url -> its title in each language
    lines: dict = field(default_factory=dict)      # page file -> its line in the file

    def pages(self) -> list[str]:
        """The pages of the menu, in its order."""
        return [page for page in _pages(self.nav)]


def read_navigation(text: str, file: str) -> Navigation:
    """The menu of `text`; raise DataError listing every problem."""
    from .plan import DataError  # the data layer's one error, defined with the plan
    source = parse(text, file)
    problems = list(source.problems) or _shape_problems(source, SCHEMA_PATH) or text_problems(source)
    if not problems:
        navigation = Navigation([])
        navigation.nav = _entries(source.data["menu"], ("menu",), source, navigation, problems)
    if problems:
        raise DataError(problems, "navigation")
    return navigation


def _entries(entries: list, path: tuple, source: Source, navigation: Navigation, problems: list) -> list:
    nav = []
    for index, entry in enumerate(entries):
        where = path + (index,)
        if isinstance(entry, str):
            nav.append(_page(entry, where, source, navigation, problems))
        elif "link" in entry:
            navigation.links[entry["link"]] = entry["title"]
            nav.append({entry["link"]: entry["link"]})
        else:
            (page, children), = entry.items()
            placeholder = f"section:{page}"
            navigation.sections[placeholder] = page
            nav.append({placeholder: [_page(page, where, source, navigation, problems)]
                        + _entries(children, where + (page,), source, navigation, problems)})
    return nav


def _page(page: str, where: tuple, source: Source, navigation: Navigation, problems: list) -> str:
    if page in navigation.lines:
        problems.append(source.problem(where, message("navigation_twice", page=shown(page),
                                                      line=navigation.lines[page])))
    navigation.lines.setdefault(page, source.line(where))
    return page


def _pages(nav):
    for entry in nav:
        if isinstance(entry, str):
            yield entry
        elif isinstance(entry, dict):
            value = next(iter(entry.values()))
            if isinstance(value, list):
                yield from _pages(value)


__all__ = ["Navigation", "Problem", "read_navigation"]
