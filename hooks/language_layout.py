"""The bilingual layout: /fr/ and /en/ side by side, a language selection
page at the root and a 404 page in both languages.

mkdocs-static-i18n builds its default language at the site's root; this site
wants it under its own folder, and GitHub Pages serves only the root 404.html.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from macros.site.standalone import not_found_page, splash_page  # noqa: E402

DEFAULT_LANGUAGE = "fr"
_site_names: dict = {}  # language -> the site's name in it, from its pages' builds
log = logging.getLogger("mkdocs.hooks.language_layout")


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


def on_page_context(context, page, config, nav):
    """The site's name in the page's language, for the root pages."""
    _site_names[page.file.locale] = config.site_name
    return context


_told_site_url: list = []


@event_priority(-200)  # after mkdocs-static-i18n has built every language
def on_post_build(config):
    """The root pages, with every site name known so far."""
    base = urlsplit(config.site_url or "/").path or "/"
    if not os.environ.get("SITE_URL") and not _told_site_url:
        _told_site_url.append(True)  # once, not once per language build
        log.info("404.html: its links and stylesheet start at %s (site_url %s). Set SITE_URL to the address the site "
                 "is published at (https://<owner>.github.io/<repository>/ for a GitHub Pages project site) for its "
                 "404 page to work there.", base, config.site_url)
    site = Path(config.site_dir)
    (site / "index.html").write_text(splash_page(_site_names), encoding="utf-8")
    (site / "404.html").write_text(not_found_page(_site_names, base), encoding="utf-8")
