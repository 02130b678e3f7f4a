"""MkDocs hooks that give the bilingual site the Canada.ca layout.

mkdocs-static-i18n builds its default language at the site's root; this site
wants /fr/ and /en/ side by side, a language selection page at the root and a
404 page in both languages (GitHub Pages serves only the root 404.html).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from macros.standalone import not_found_page, splash_page  # noqa: E402

DEFAULT_LANGUAGE = "fr"
_site_names: dict = {}


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
    """`language_toggle`: the same page in the other language, as a relative link."""
    lang = page.file.locale
    other = next(code for code in page.file.alternates if code != lang) if len(page.file.alternates) > 1 else None
    if other:
        context["language_toggle"] = {
            "href": get_relative_url(page.file.alternates[other].url or ".", page.url or "."),
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
