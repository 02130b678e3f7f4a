"""A page finished: every acronym of the glossary marked with its
expansion, the footnotes numbered, in the page's language. The one-page
plan is finished once its sections are added (hooks/one_page.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hooks.shared import finished  # noqa: E402


def on_page_content(html, page, config, files):
    if page.meta.get("whole_plan"):
        return html
    return finished(html, page.file.locale)
