"""What the live preview keeps from one rebuild to the next, so that a page
edit is served sooner (`make serve` only; `make build` runs none of this).

Each rebuild still builds every page of both languages from the files as
they are: only the results below are reused, each while what it is made of
is unchanged.
"""
from __future__ import annotations

import re
from pathlib import Path

from material.plugins.search.plugin import SearchIndex
from mkdocs.structure.files import Files


class ThemeListing:
    """The theme's files, listed once per set of theme folders: listing
    Material's package (thousands of icons) twice per rebuild, once per
    language, is a tenth of a rebuild. The theme's own folders do not change
    while the preview runs; the site's overrides folder may, so the files
    under it are part of the key."""

    def __init__(self) -> None:
        self._listed: dict[tuple, tuple[tuple, list[str]]] = {}  # per language's folders: (overrides, names)

    def names(self, env, config, filter_func) -> list[str]:
        folders = (tuple(config.theme.dirs), tuple(config.theme.static_templates))
        custom = config.theme.custom_dir
        overrides = tuple(sorted(str(path) for path in Path(custom).rglob("*"))) if custom else ()
        kept = self._listed.get(folders)
        if not kept or kept[0] != overrides:
            self._listed[folders] = kept = (overrides, env.list_templates(filter_func=filter_func))
        return kept[1]


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


class SearchEntries:
    """The search index's entries of each page, kept while the page's
    content, title, table of contents and metadata are unchanged: reading
    each page's HTML again for the index is another tenth of a rebuild, and
    a page edit changes one page of fifty. The index never reads HTML
    comments, which hold numbers that change at every rebuild (the markers
    of macros/site/blocks.py): they are left out of the comparison."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[tuple, list[dict]]] = {}

    def add(self, index: SearchIndex, page, add_entries) -> None:
        key = (page.title, _COMMENT.sub("", page.content), str(page.toc), repr(page.meta))
        kept = self._entries.get(page.url)
        if kept and kept[0] == key:
            index.entries.extend(dict(entry) for entry in kept[1])
            return
        start = len(index.entries)
        add_entries(index, page)
        self._entries[page.url] = (key, [dict(entry) for entry in index.entries[start:]])


def install() -> None:
    """Every rebuild of this process uses the caches."""
    listing, entries = ThemeListing(), SearchEntries()
    add_files_from_theme, add_entry_from_context = Files.add_files_from_theme, SearchIndex.add_entry_from_context

    class _Listed:
        def __init__(self, env, config):
            self.env, self.config = env, config

        def list_templates(self, filter_func=None):
            return listing.names(self.env, self.config, filter_func)

    Files.add_files_from_theme = lambda files, env, config: add_files_from_theme(files, _Listed(env, config), config)
    SearchIndex.add_entry_from_context = lambda index, page: entries.add(index, page, add_entry_from_context)
