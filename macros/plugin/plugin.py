"""The site's MkDocs plugin: every stage of the assembly, called by the
event methods below in the order they are written, its state on the
instance. Registered by pyproject.toml as `opengov` (mkdocs.yml lists it last
under `plugins:`, after search and mkdocs-static-i18n).

mkdocs-static-i18n runs the whole build once per language (French, then
English, each a `build()` of its own) with the same plugin instances; the
files of the whole site are written once, after the last language.
"""
from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from mkdocs import utils as mkdocs_utils
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url

from ..data.files import DataFiles
from ..data.plan import DataError
from ..language.acronyms import glossary
from ..language.labels import LABELS, label
from ..language.messages import message
from ..language.languages import DEFAULT, LANGUAGES, language
from ..language.typography import typeset, typeset_markdown
from ..render import opendata
from ..render.feed import FEED_FILE, atom_feed
from ..render.navigation import is_plan_part
from ..site import finishing, metadata, one_page, search
from ..site.blocks import Blocks
from ..site.report_problem import report_link
from ..site.standalone import not_found_page, splash_page
from . import dates, mkdocs_messages, pages, theme
from .page_checks import front_matter_faults, page_faults
from .page_macros import page_macros
from .sandbox import rendered_page, sandbox
from .settings import setting_problems

_ID = re.compile(r"""\sid=["']([^"']+)["']""")
log = logging.getLogger("mkdocs.plugins.opengov")
_CLEAN_DIRECTORY = mkdocs_utils.clean_directory  # as MkDocs has it, before mkdocs-static-i18n replaces it


class SitePlugin(BasePlugin):
    """The Open Government site's assembly, from the data and the pages."""

    def __init__(self) -> None:
        self.data: DataFiles | None = None  # the data files read, kept while they are unchanged
        self.page = None  # the page whose macros are being rendered
        self.config_plugins = None
        self.bytecode_cache = theme.MemoryBytecodeCache()
        self.site_names: dict = {}  # language -> the site's name in it, from its pages' builds
        self.root_metadata: dict = {}  # the root page's: descriptions by language, first day issued, last modified
        self.told_site_url = False

    def on_startup(self, *, command, dirty) -> None:
        """Defined so that MkDocs keeps this instance for the whole run: the
        rebuilds of `make serve` reuse the data read and the compiled templates."""

    # --- before anything is built ---------------------------------------------------

    def on_config(self, config):
        """The settings checked; the data and the menu read and checked, the
        menu given to MkDocs; the pages checked against it; the page macros
        made (once per language build)."""
        project = Path(config.config_file_path).parent
        mkdocs_messages.install(Path(config.docs_dir))
        self.config_plugins = config.plugins
        found = setting_problems(config, getattr(getattr(self, "navigation", None), "nav", None))
        if found:
            raise PluginError("\n".join(found))
        if self.data is None or self.data.project != project:
            self.data = DataFiles(project)
        self.data.refresh()
        try:
            self.navigation = self.data.navigation()
            self.macros = sandbox(page_macros(self))
        except DataError as error:
            raise PluginError(str(error)) from None
        config["nav"] = self.navigation.nav
        docs = Path(config.docs_dir)
        found = pages.linked_files(pages.docs_files(docs), project) + pages.problems(
            pages.pages(docs), self.navigation.pages(), self.navigation.lines, docs.name)
        if found:
            raise PluginError(message("pages_problems", count=len(found)) + "\n" + "\n".join(f"  {line}" for line in found))
        self.material_worker = theme.search_worker(config.theme.dirs)
        # The theme's 404 page would be drawn once per language, navigation
        # and all, to be replaced by the site's bilingual one (on_post_build).
        config.theme.static_templates.discard("404.html")
        return config

    def on_pre_build(self, config) -> None:
        self.blocks = Blocks()
        self.section_html: dict = {}  # section page's source -> its HTML, before acronyms and footnotes
        self.changes = dates.last_changes(self.data.project)
        self.added = dates.first_changes(self.data.project)
        self.read_by_page: dict = {}  # page's source -> the project's files its macros read
        self.faults: list = []  # what the pages may not hold, one line each

    @event_priority(-200)  # after mkdocs-static-i18n (-100) has localized the files
    def on_files(self, files, config):
        """The default language under its folder (/fr/) beside the others
        (static-i18n builds it at the root)."""
        for file in files:
            _move_under_language(file, config)
            for alternate in getattr(file, "alternates", {}).values():
                _move_under_language(alternate, config)
        return files

    @event_priority(-200)  # after mkdocs-static-i18n (-100) has made the language's navigation
    def on_nav(self, nav, config, files):
        """The menu's sections and links titled in the language built (a
        section by its own page's title); the plan's parts, with the titles
        their pages give themselves."""
        self.docs = Path(config.docs_dir)
        pages.title_menu(nav.items, self.navigation, self.docs, config.theme["language"])
        self.plan_parts = pages.plan_parts(self.navigation.pages(), self.docs)
        return nav

    def on_env(self, env, config, files):
        env.bytecode_cache = self.bytecode_cache
        env.filters["striptags"] = theme.striptags
        env.filters["settings_json"] = theme.settings_json
        return env

    # --- each page --------------------------------------------------------------------

    @event_priority(-50)  # after mkdocs-static-i18n (50)
    def on_page_markdown(self, markdown, page, config, files):
        """The page's macros rendered in the sandbox; then its language's
        typography in its text (Canadian French spacing, on a French page)."""
        self.page = page
        source = Path(page.file.abs_src_path).read_text(encoding="utf-8-sig")
        self.faults += front_matter_faults(page.meta, source, f"docs/{page.file.src_uri}")
        return typeset_markdown(rendered_page(markdown, page, self.macros), page.file.locale)

    def on_page_content(self, html, page, config, files):
        """What the writer wrote checked; the macros' blocks put back; a
        section kept for the one-page plan; the page finished; its ids told
        to MkDocs' anchor validation; its titles typeset (the navigation,
        <title> and previous/next links show them)."""
        source = Path(page.file.abs_src_path).read_text(encoding="utf-8-sig")
        self.faults += page_faults(html, source, f"docs/{page.file.src_uri}")
        html = self.blocks.restore(html)
        whole_plan = page.meta.get("whole_plan")
        if is_plan_part(page.file.src_uri) and not whole_plan:
            self.section_html[page.file.src_uri] = html
        if not whole_plan:
            html = finishing.finished(html, page.file.locale, glossary(self.data.plan(), page.file.locale))
        if page.present_anchor_ids is not None:
            # The ids of the macros' tables and figures, which Markdown never saw.
            page.present_anchor_ids.update(_ID.findall(html))
        _typeset_toc(page.toc.items, page.file.locale)
        page.title = typeset(page.title, page.file.locale)
        return html

    @event_priority(50)  # before Material's search (0) reads the page; after mkdocs-static-i18n (50, listed before)
    def on_page_context(self, context, page, config, nav):
        """Every page's faults, if any, stop the build (all of them read, all
        told at once); the one-page plan put together; the figures kept from
        search's parser; what the templates show; the home pages' language links."""
        if self.faults:
            raise PluginError(message("pages_refused", count=len(self.faults)) + "\n"
                              + "\n".join(f"  {line}" for line in self.faults))
        lang = page.file.locale
        if page.meta.get("whole_plan"):
            self._add_sections(page, nav)
        page.content = finishing.kept_from_search(page.content, self.blocks)
        plan = self.data.plan()
        short_title = plan["plan"]["short_title"][lang]
        context["ui"] = LABELS[lang]
        context["date_modified"] = dates.date_modified(self._sources(page, nav), self.data.project, self.changes)
        context["plan_title"] = plan["plan"]["title"][lang]
        context["page_title"] = label(lang, "page_title", plan=short_title,
                                      page=config.site_name.split(" – ")[0] if page.is_homepage else page.title)
        alternates = getattr(page.file, "alternates", {})
        other = next((code for code in alternates if code != lang), None)
        if other:
            context["language_toggle"] = {"href": get_relative_url(alternates[other].url or ".", page.url or "."),
                                          "lang": other}
        context["report_problem_href"] = report_link(config.extra["report_problem_url"], context["page_title"],
                                                     page.canonical_url or page.abs_url or "")
        context["feed"] = {"title": label(lang, "feed_title", plan=short_title),
                           "href": get_relative_url(f"{lang}/{FEED_FILE}", page.url or f"{lang}/")}
        context["search"] = {"base": f"{context['base_url']}/{lang}/",
                             "worker": f"assets/javascripts/workers/search-readers.js?material={self.material_worker}"}
        context["metadata"] = self._metadata(page, config, context["date_modified"])
        _relative_alternates(config)
        self.site_names[lang] = config.site_name
        self._collect_root_metadata(lang, config, context["metadata"], context["date_modified"])
        return context

    def on_post_page(self, output, page, config):
        return finishing.finished_page(output, self.blocks)

    # --- the whole site ------------------------------------------------------------------

    @event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language and merged the search index
    def on_post_build(self, config) -> None:
        """Once every language is built: the language selection page, the
        bilingual 404 page, one search index per language, the feeds and the
        open data."""
        i18n = config.plugins.get("i18n")
        if i18n is not None and i18n.building:
            return
        site = Path(config.site_dir)
        base = urlsplit(config.site_url or "/").path or "/"
        if not os.environ.get("SITE_URL") and not self.told_site_url:
            self.told_site_url = True
            log.info(message("site_url_unset", base=base, site_url=config.site_url))
        (site / "index.html").write_text(splash_page(self.site_names, self.root_metadata), encoding="utf-8")
        self.root_metadata = {}
        (site / "404.html").write_text(not_found_page(self.site_names, base), encoding="utf-8")
        merged = site / "search" / "search_index.json"
        if merged.exists():
            indexes = search.language_indexes(json.loads(merged.read_text(encoding="utf-8")), LANGUAGES)
            for lang, index in indexes.items():
                target = site / lang / "search" / "search_index.json"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
        plan = self.data.plan()
        for lang in LANGUAGES:
            (site / lang).mkdir(parents=True, exist_ok=True)
            (site / lang / FEED_FILE).write_bytes(atom_feed(plan, lang, config.site_url or "/"))
        data_folder = site / opendata.FOLDER
        data_folder.mkdir(exist_ok=True)
        for name, content in opendata.files(plan).items():
            (data_folder / name).write_bytes(content)

    def on_build_error(self, error) -> None:
        """A failed build leaves nothing behind for the next one."""
        _undo_i18n_build_state(self.config_plugins)

    # --- helpers -----------------------------------------------------------------------------

    def _metadata(self, page, config, modified: str) -> dict:
        """What the page's <head> says of it beside its title (main.html):
        its description (its front matter's, else its lead paragraph), the
        day its source was added to the project (dcterms.issued; until it is
        committed, the day it was modified) and its language's ISO 639-2
        code (dcterms.language)."""
        source = Path(page.file.abs_src_path).relative_to(self.data.project).as_posix()
        return {"description": page.meta.get("description") or metadata.lead(page.content) or config.site_description,
                "issued": min(self.added.get(source) or modified, modified),
                "language": language(page.file.locale).iso639_2}

    def _collect_root_metadata(self, lang: str, config, page_metadata: dict, modified: str) -> None:
        """The root page's metadata, gathered from the pages': each
        language's site description, the first day issued, the last modified."""
        found = self.root_metadata
        if config.site_description:
            found.setdefault("descriptions", {})[lang] = config.site_description
        found["issued"] = min(found.get("issued", page_metadata["issued"]), page_metadata["issued"])
        found["modified"] = max(found.get("modified", modified), modified)

    def _sources(self, page, nav) -> list[Path]:
        """The files the page is made of: its source and what its macros read
        (the data files, the pages whose titles it lists); for the one-page
        plan, the same of each section."""
        pages = [page] + ([other for other in nav.pages if is_plan_part(other.file.src_uri)]
                          if page.meta.get("whole_plan") else [])
        files = {Path(each.file.abs_src_path) for each in pages}
        for each in pages:
            files |= self.read_by_page.get(each.file.src_uri, set())
        return sorted(self.data.project / name for name in files)

    def _add_sections(self, page, nav) -> None:
        """The sections added to the one-page plan, which is then finished.
        Every page has been converted when the first one is templated."""
        sections = [other for other in nav.pages if is_plan_part(other.file.src_uri)]
        anchors = {get_relative_url(section.url, page.url): section.toc.items[0].id
                   for section in sections if section.toc.items}
        parts = [one_page.localized_links(html, anchors) for html in
                 [page.content] + [one_page.demoted(self.section_html[section.file.src_uri]) for section in sections]]
        duplicates = one_page.duplicate_messages("\n".join(parts), {f"docs/{section.file.src_uri}": self.section_html[section.file.src_uri]
                                                                    for section in sections})
        if duplicates:
            raise PluginError(message("one_page_problems", page=f"docs/{page.file.src_uri}", count=len(duplicates))
                              + "\n" + "\n".join(f"  {line}" for line in duplicates))
        lang = page.file.locale
        page.content = finishing.finished_plan(parts[0], parts[1:], lang, glossary(self.data.plan(), lang))
        top = page.toc.items[0].children if page.toc.items and page.toc.items[0].level == 1 else page.toc.items
        for section in sections:
            top.extend(_demoted_toc(section.toc))


def _undo_i18n_build_state(plugins) -> None:
    """mkdocs-static-i18n 1.3.1, while it builds the other languages, filters
    the build's log ("Documentation built in…"), keeps MkDocs from emptying
    the site's folder and marks itself as building; it undoes all three only
    when every language has built. After a failed build they would stay: the
    preview's terminal would never again say that the site was built."""
    build_log = logging.getLogger("mkdocs.commands.build")
    for log_filter in list(build_log.filters):
        if type(log_filter).__name__ == "I18nLoggingFilter":
            build_log.removeFilter(log_filter)
    mkdocs_utils.clean_directory = _CLEAN_DIRECTORY
    i18n = plugins.get("i18n") if plugins else None
    if i18n is not None:
        i18n.building = False


def _move_under_language(file, config) -> None:
    """A page of the default language under its folder (/fr/) instead of the root."""
    lang = getattr(file, "localization", None)
    if lang == DEFAULT and not file.dest_path.startswith(f"{lang}/"):
        file.dest_path = f"{lang}/{file.dest_path}"
        file.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, file.dest_path))
        file.url = file._get_url(config.use_directory_urls)


def _relative_alternates(config) -> None:
    """mkdocs-static-i18n gives the pages' hreflang alternates from the root
    of the site's address. With SITE_URL set (the deploy), they are made
    absolute, as search engines expect them; without it, relative to the
    site, so that the theme writes them relative to the page, like every
    other link of the site, and a preview served anywhere points within it.
    (mkdocs-static-i18n sets them as an attribute of `extra`, which the
    theme reads before the mapping's item.)"""
    base = urlsplit(config.site_url or "/").path or "/"
    absolute = bool(os.environ.get("SITE_URL"))
    for alternate in getattr(config.extra, "alternate", None) or []:
        link = alternate.get("link", "")
        if link.startswith("/") and link.startswith(base):
            link = link[len(base):] or "."
        if absolute and not urlsplit(link).scheme:
            link = urljoin(config.site_url, link)
        alternate["link"] = link


def _typeset_toc(links, lang: str) -> None:
    for link in links:
        link.title = typeset(link.title, lang)
        _typeset_toc(link.children, lang)


def _demoted_toc(links) -> list:
    copies = []
    for link in links:
        copy = AnchorLink(link.title, link.id, link.level + 1)
        copy.children = _demoted_toc(link.children)
        copies.append(copy)
    return copies
