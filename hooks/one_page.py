"""The one-page plan (front matter `whole_plan: true`): its own text, then
every section page of the navigation, headings one level down and links
between them kept within the page (macros/site/one_page.py)."""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hooks.shared import finished  # noqa: E402
from macros.site.one_page import demoted, duplicate_ids, localized_links, merged_footnotes  # noqa: E402

_section_html: dict = {}  # section page's source -> its HTML, before acronyms and footnotes


def _is_section(page) -> bool:
    return Path(page.file.src_uri).name.startswith("section-")


def on_pre_build(config):
    _section_html.clear()


def on_page_content(html, page, config, files):
    """A section's HTML as Markdown made it, its blocks back in place
    (hooks/blocks.py, listed before) and before its acronyms and footnotes
    (hooks/page_finishing.py, listed after)."""
    if _is_section(page) and not page.meta.get("whole_plan"):
        _section_html[page.file.src_uri] = html
    return html


def _demoted_toc(links) -> list:
    copies = []
    for link in links:
        copy = AnchorLink(link.title, link.id, link.level + 1)
        copy.children = _demoted_toc(link.children)
        copies.append(copy)
    return copies


def _add_sections(page, nav) -> None:
    """The sections added to the one-page plan, which is then finished.
    Every page has been converted when the first one is templated."""
    sections = [other for other in nav.pages if _is_section(other)]
    html = "\n".join([page.content] + [demoted(_section_html[section.file.src_uri]) for section in sections])
    html = localized_links(html, {get_relative_url(section.url, page.url): section.toc.items[0].id
                                  for section in sections if section.toc.items})
    duplicates = duplicate_ids(html)
    if duplicates:
        raise PluginError(f"{page.file.src_uri}: these ids appear on more than one of the pages that make up "
                          f"the one-page plan: {', '.join(duplicates)}. "
                          "Give the headings different titles or explicit ids ({ #an-id }).")
    page.content = finished(merged_footnotes(html), page.file.locale)
    top = page.toc.items[0].children if page.toc.items and page.toc.items[0].level == 1 else page.toc.items
    for section in sections:
        top.extend(_demoted_toc(section.toc))


@event_priority(50)  # before hooks/blocks.py (listed after) takes the figures out of search's way
def on_page_context(context, page, config, nav):
    if page.meta.get("whole_plan"):
        _add_sections(page, nav)
    return context
