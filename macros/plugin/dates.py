"""When each page last changed, for its "Date modified": from git, the
page's source and the data files its macros read."""
from __future__ import annotations

import datetime
import subprocess
from pathlib import Path


def _commits(project: Path, *options: str) -> list[tuple[str, str]]:
    """(date YYYY-MM-DD, file) for each file each commit of `git log
    *options` names, newest first; none outside a git checkout."""
    try:
        log = subprocess.run(["git", "log", "--format=@%cs", "--name-only", *options],
                             cwd=project, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    named, date = [], None
    for line in log.splitlines():
        if line.startswith("@"):
            date = line[1:]
        elif line:
            named.append((date, line))
    return named


def last_changes(project: Path) -> dict:
    """Date of the last commit that changed each file of the project's
    pages and data."""
    changes = {}
    for date, name in _commits(project, "--", "docs", "data"):
        changes.setdefault(name, date)  # newest first: the latest change stays
    return changes


def date_modified(sources: list[Path], project: Path, changes: dict) -> str:
    """The latest change of `sources` (files of `project`): from git; for a
    file not yet committed, its modification time."""
    dates = []
    for path in sources:
        committed = changes.get(path.relative_to(project).as_posix())
        dates.append(committed or datetime.date.fromtimestamp(path.stat().st_mtime).isoformat())
    return max(dates)


def first_changes(project: Path) -> dict:
    """Date of the commit that added each file of the project's pages."""
    # Newest first: the oldest addition is written last and stays.
    return {name: date for date, name in _commits(project, "--diff-filter=A", "--", "docs")}
