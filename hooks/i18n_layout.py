"""MkDocs hooks that give the bilingual site the Canada.ca layout.

mkdocs-static-i18n builds its default language at the site's root; this site
wants /fr/ and /en/ side by side, a language selection page at the root and a
404 page in both languages (GitHub Pages serves only the root 404.html).
The hooks also assemble the one-page plan from the section pages, mark the
glossary's acronyms in every page, and give templates the page's labels.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from macros import DATA_FILE  # noqa: E402
from macros.acronyms import glossary, mark  # noqa: E402
from macros.labels import LABELS, label  # noqa: E402
from macros.plan import load  # noqa: E402
from macros.standalone import not_found_page, splash_page  # noqa: E402

DEFAULT_LANGUAGE = "fr"
_site_names: dict = {}


def _plan():
    return load(PROJECT / DATA_FILE, DATA_FILE)


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


_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)


@event_priority(50)  # before mkdocs-macros renders the page
def on_page_markdown(markdown, page, config, files):
    """The one-page plan (front matter `whole_plan: true`): its own text, then
    every page of the navigation that follows it, headings one level down."""
    if not page.meta.get("whole_plan"):
        return markdown
    folder = Path(page.file.abs_src_path).parent
    sections = [name for name in _nav_pages(config) if name.startswith("section-")]
    parts = [markdown]
    for name in sections:
        text, _ = get_data((folder / name).read_text(encoding="utf-8"))  # without its front matter
        parts.append(_HEADING.sub(lambda m: "#" + m.group(1) + " ", text))
    return "\n\n".join(parts)


def _nav_pages(config) -> list:
    """File names of the configured navigation, in order."""
    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                yield from walk(value)
            else:
                yield value
    return list(walk(config.nav or []))


def on_page_content(html, page, config, files):
    """Every acronym of the glossary, in the page's language, with its expansion."""
    return mark(html, glossary(_plan(), page.file.locale))


def on_page_context(context, page, config, nav):
    """Labels, the <title>, and the language toggle for the page's templates."""
    lang = page.file.locale
    context["ui"] = LABELS[lang]
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


def on_post_build(config):
    """After each language's build: the root pages, with every site name known so far."""
    _site_names[config.theme["language"]] = config.site_name
    base = urlsplit(config.site_url or "/").path or "/"
    site = Path(config.site_dir)
    (site / "index.html").write_text(splash_page(_site_names), encoding="utf-8")
    (site / "404.html").write_text(not_found_page(_site_names, base), encoding="utf-8")
