"""MkDocs hooks for the progress reports' Atom feeds: one per language,
written with the site (macros/render/feed.py) and announced in every page's <head>."""
from __future__ import annotations

import sys
from pathlib import Path

from markupsafe import escape
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hooks.shared import plan  # noqa: E402
from macros.render.feed import FEED_FILE, atom_feed  # noqa: E402
from macros.language.labels import LANGUAGES, label  # noqa: E402


def on_post_page(output, page, config):
    """A <link rel="alternate"> to the feed of the page's language."""
    lang = page.file.locale
    link = (f'<link rel="alternate" type="application/atom+xml" '
            f'title="{escape(label(lang, "feed_title", plan=plan()["plan"]["short_title"][lang]))}" '
            f'href="{get_relative_url(f"{lang}/{FEED_FILE}", page.url or f"{lang}/")}">')
    return output.replace("</head>", link + "</head>", 1)


def on_post_build(config):
    site = Path(config.site_dir)
    for lang in LANGUAGES:
        (site / lang).mkdir(parents=True, exist_ok=True)
        (site / lang / FEED_FILE).write_bytes(atom_feed(plan(), lang, config.site_url or "/"))
