"""What the page templates get: the labels, the <title>, the date modified
and the language toggle (overrides/main.html); and the one attribute that
makes Material's HTML invalid, dropped."""
from __future__ import annotations

import datetime
import re
import subprocess
import sys
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hooks.shared import PROJECT, plan  # noqa: E402
from macros.data.files import DATA_FILE  # noqa: E402
from macros.data.progress import PROGRESS_FILE  # noqa: E402
from macros.language.labels import LABELS, label  # noqa: E402


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
    _changes.clear()
    _changes.update(_last_changes())


@event_priority(50)  # before hooks/report_problem.py (40) reads the page's title
def on_page_context(context, page, config, nav):
    lang = page.file.locale
    context["ui"] = LABELS[lang]
    context["date_modified"] = date_modified(page, _changes)
    context["plan_title"] = plan()["plan"]["title"][lang]
    short_title = plan()["plan"]["short_title"][lang]
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


# Material's checkbox toggles carry autocomplete="off", which HTML allows on text-like inputs only.
_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')


def on_post_page(output, page, config):
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1", output)
