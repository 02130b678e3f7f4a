"""MkDocs hooks that give the bilingual site the Canada.ca layout.

mkdocs-static-i18n builds its default language at the site's root; this site
wants /fr/ and /en/ side by side, a language selection page at the root and a
404 page in both languages (GitHub Pages serves only the root 404.html).
The hooks also assemble the one-page plan from the section pages, mark the
glossary's acronyms in every page, and give templates the page's labels.
"""
from __future__ import annotations

import datetime
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from macros.data.files import DATA_FILE, load_plan  # noqa: E402
from macros.language.acronyms import glossary, mark  # noqa: E402
from macros.render import opendata  # noqa: E402
from macros.site.blocks import restore, stash  # noqa: E402
from macros.language.labels import LABELS, label  # noqa: E402
from macros.site.one_page import demoted, duplicate_ids, localized_links, merged_footnotes, numbered_footnotes  # noqa: E402
from macros.data.progress import PROGRESS_FILE  # noqa: E402
from macros.site.standalone import not_found_page, splash_page  # noqa: E402

DEFAULT_LANGUAGE = "fr"
_site_names: dict = {}  # language -> the site's name in it, from its pages' builds
log = logging.getLogger("mkdocs.hooks.i18n_layout")


def _plan():
    return load_plan(PROJECT)


def _move_under_language(file, config) -> None:
    """Put a page of the default language under /fr/ instead of the root."""
    lang = getattr(file, "localization", None)
    if lang == DEFAULT_LANGUAGE and not file.dest_path.startswith(f"{lang}/"):
        file.dest_path = f"{lang}/{file.dest_path}"
        file.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, file.dest_path))
        file.url = file._get_url(config.use_directory_urls)


@event_priority(-200)  # after mkdocs-static-i18n (-100) has localized the files
def on_files(files, config):
    for file in files:
        _move_under_language(file, config)
        for alternate in getattr(file, "alternates", {}).values():
            _move_under_language(alternate, config)
    return files


_section_html: dict = {}  # section page's source -> its HTML, before acronyms and footnotes


def _is_section(page) -> bool:
    return Path(page.file.src_uri).name.startswith("section-")


def _finished(html: str, lang: str) -> str:
    """Every acronym of the glossary marked, in `lang`, with its expansion;
    the footnotes numbered, their links back titled in `lang`."""
    return numbered_footnotes(mark(html, glossary(_plan(), lang)), lang)


def on_page_content(html, page, config, files):
    """The macros' blocks of HTML back in place (macros/site/blocks.py), then the
    acronyms and footnotes. The one-page plan is finished once its sections
    are added (on_page_context)."""
    html = restore(html)
    if page.meta.get("whole_plan"):
        return html
    if _is_section(page):
        _section_html[page.file.src_uri] = html
    return _finished(html, page.file.locale)


def _add_sections(page, nav) -> None:
    """The one-page plan (front matter `whole_plan: true`): its own text,
    then every section page of the navigation, headings one level down and
    links between them kept within the page. Every page has been converted
    when the first one is templated."""
    sections = [other for other in nav.pages if _is_section(other)]
    html = "\n".join([page.content] + [demoted(_section_html[section.file.src_uri]) for section in sections])
    html = localized_links(html, {get_relative_url(section.url, page.url): section.toc.items[0].id
                                  for section in sections if section.toc.items})
    duplicates = duplicate_ids(html)
    if duplicates:
        raise PluginError(f"{page.file.src_uri}: these ids appear on more than one of the pages that make up "
                          f"the one-page plan: {', '.join(duplicates)}. "
                          "Give the headings different titles or explicit ids ({ #an-id }).")
    page.content = _finished(merged_footnotes(html), page.file.locale)
    top = page.toc.items[0].children if page.toc.items and page.toc.items[0].level == 1 else page.toc.items
    for section in sections:
        top.extend(_demoted_toc(section.toc))


def _demoted_toc(links) -> list:
    copies = []
    for link in links:
        copy = AnchorLink(link.title, link.id, link.level + 1)
        copy.children = _demoted_toc(link.children)
        copies.append(copy)
    return copies


def _last_changes() -> dict:
    """Date (YYYY-MM-DD) of the last commit that changed each file of the
    project, from one `git log`; empty outside a git checkout."""
    try:
        log = subprocess.run(["git", "log", "--format=@%cs", "--name-only", "--", "docs", "data"],
                             cwd=PROJECT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    changes, date = {}, None
    for line in log.splitlines():
        if line.startswith("@"):
            date = line[1:]
        elif line:
            changes.setdefault(line, date)
    return changes


def date_modified(page, changes: dict) -> str:
    """When the page's source last changed (and the data, if the page shows
    it): from git; for a file not yet committed, its modification time."""
    sources = [Path(page.file.abs_src_path)]
    if page.meta.get("whole_plan"):
        sources += sorted(sources[0].parent.glob("section-*.md"))
    if any("{{" in path.read_text(encoding="utf-8") for path in sources):
        sources += [PROJECT / DATA_FILE, PROJECT / PROGRESS_FILE]
    dates = []
    for path in sources:
        committed = changes.get(path.relative_to(PROJECT).as_posix())
        dates.append(committed or datetime.date.fromtimestamp(path.stat().st_mtime).isoformat())
    return max(dates)


_changes: dict = {}


def on_pre_build(config):
    _section_html.clear()
    _changes.clear()
    _changes.update(_last_changes())


# The figures' SVG, kept away from Material's search indexer: it skips them
# (data-search-exclude) but would still walk their every element.
_SVG = re.compile(r"<svg\b.*?</svg>", re.S)


@event_priority(50)  # before Material's search reads the page
def on_page_context(context, page, config, nav):
    """The one-page plan's sections; the figures out of search's way (back
    in on_post_page); labels, the <title>, the date modified and the
    language toggle for the page's templates."""
    if page.meta.get("whole_plan"):
        _add_sections(page, nav)
    page.content = _SVG.sub(lambda match: stash(match.group()), page.content)
    lang = page.file.locale
    _site_names[lang] = config.site_name
    context["ui"] = LABELS[lang]
    context["date_modified"] = date_modified(page, _changes)
    context["plan_title"] = _plan()["plan"]["title"][lang]
    short_title = _plan()["plan"]["short_title"][lang]
    context["page_title"] = label(lang, "page_title", plan=short_title, page=page.title) if not page.is_homepage else \
        label(lang, "page_title", plan=short_title, page=config.site_name.split(" – ")[0])
    alternates = getattr(page.file, "alternates", {})
    other = next((code for code in alternates if code != lang), None)
    if other:
        context["language_toggle"] = {
            "href": get_relative_url(alternates[other].url or ".", page.url or "."),
            "lang": other,
        }
    return context


_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


# Material's checkbox toggles carry autocomplete="off", which HTML allows on text-like inputs only.
_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')


def on_post_page(output, page, config):
    """The figures back in place. Point Material's search at the page's own
    language: its `base` (used for the search index and the results' links)
    becomes the language's folder. Drop the attribute that makes Material's
    HTML invalid."""
    def language_base(match):
        settings = json.loads(match.group(2))
        settings["base"] = f"{settings['base']}/{page.file.locale}/"
        return match.group(1) + json.dumps(settings, ensure_ascii=False) + match.group(3)
    output = _CONFIG_SCRIPT.sub(language_base, restore(output), count=1)
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1", output)


_told_site_url: list = []


@event_priority(-200)  # after mkdocs-static-i18n has built every language and merged the search index
def on_post_build(config):
    """The root pages, with every site name known so far, and one search
    index per language, so that a search returns pages in the reader's language."""
    base = urlsplit(config.site_url or "/").path or "/"
    if not os.environ.get("SITE_URL") and not _told_site_url:
        _told_site_url.append(True)  # once, not once per language build
        log.info("404.html: its links and stylesheet start at %s (site_url %s). Set SITE_URL to the address the site "
                 "is published at (https://<owner>.github.io/<repository>/ for a GitHub Pages project site) for its "
                 "404 page to work there.", base, config.site_url)
    site = Path(config.site_dir)
    (site / "index.html").write_text(splash_page(_site_names), encoding="utf-8")
    (site / "404.html").write_text(not_found_page(_site_names, base), encoding="utf-8")
    data_folder = site / opendata.FOLDER
    data_folder.mkdir(exist_ok=True)
    for name, content in opendata.files(_plan()).items():
        (data_folder / name).write_bytes(content)
    merged = site / "search" / "search_index.json"
    if merged.exists():
        index = json.loads(merged.read_text(encoding="utf-8"))
        for lang in LABELS:
            docs = [dict(doc, location=doc["location"][len(lang) + 1:])
                    for doc in index["docs"] if doc["location"].startswith(f"{lang}/")]
            own = dict(index, config=dict(index["config"], lang=[lang]), docs=docs)
            target = site / lang / "search" / "search_index.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(own, ensure_ascii=False), encoding="utf-8")
