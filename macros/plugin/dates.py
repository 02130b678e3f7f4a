"""When each page last changed, for its "Date modified": from git, the
page's source and the data files its macros read."""
from __future__ import annotations

import datetime
import subprocess
from pathlib import Path


def last_changes(project: Path) -> dict:
    """Date (YYYY-MM-DD) of the last commit that changed each file of the
    project's pages and data, from one `git log`; empty outside a git checkout."""
    try:
        log = subprocess.run(["git", "log", "--format=@%cs", "--name-only", "--", "docs", "data"],
                             cwd=project, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    changes, date = {}, None
    for line in log.splitlines():
        if line.startswith("@"):
            date = line[1:]
        elif line:
            changes.setdefault(line, date)
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
    """Date (YYYY-MM-DD) of the commit that added each file of the
    project's pages, from one `git log`; empty outside a git checkout."""
    try:
        log = subprocess.run(["git", "log", "--format=@%cs", "--name-only", "--diff-filter=A", "--", "docs"],
                             cwd=project, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    added, date = {}, None
    for line in log.splitlines():
        if line.startswith("@"):
            date = line[1:]
        elif line:
            added[line] = date  # the log runs newest first: the oldest addition stays
    return added
