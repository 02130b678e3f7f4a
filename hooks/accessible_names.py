"""Names that Material's templates leave out, in the page's language: its
search dialog is named for screen readers."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from macros.language.labels import label  # noqa: E402

_SEARCH_DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>')


def on_post_page(output, page, config):
    name = label(page.file.locale, "search_dialog")
    return _SEARCH_DIALOG.sub(lambda match: f'{match.group(1)} aria-label="{name}">', output, count=1)
