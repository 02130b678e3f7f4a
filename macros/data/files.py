"""The project's data files, read and checked: the one way in to the data
layer for the site's plugin, the writers' commands and the tests.

Each file is read again only when it has changed (its size, modification
time, or the plan it is checked against): `make serve` keeps one DataFiles
between rebuilds, and static-i18n builds every page once per language.
Whether a file has changed is asked once per build (`refresh`), not at each
of the hundreds of macro calls that read the data. A file that cannot be
read is a DataError like wrong data, in the writer's language.
"""
from __future__ import annotations

import errno
from pathlib import Path

import yaml

from .approved import APPROVED_FILE, CORRECTIONS_FILE, approved_problems
from .navigation import Navigation, read_navigation
from .plan import DataError, Plan, read, read_guide
from .progress import PROGRESS_FILE, read_progress
from ..language.messages import message, shown
from ..language.typography import typeset_texts
from .source import Problem, _PlainLoader

DATA_FILE = "data/plan.yml"
GUIDE_FILE = "data/guide.yml"
NAVIGATION_FILE = "data/navigation.yml"
# What each file's problems are about (DataError's heading).
ABOUT = {DATA_FILE: "plan", GUIDE_FILE: "guide", PROGRESS_FILE: "progress", NAVIGATION_FILE: "navigation"}


class DataFiles:
    """The data files of the project at `project`."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self._read: dict = {}  # file -> (signature, what was made of it)
        self._checked: set = set()  # the files looked at since the last refresh

    def refresh(self) -> None:
        """The files may have changed since they were read: look again."""
        self._checked.clear()

    def approved_plan(self) -> Plan:
        """The plan as approved (data/plan.yml), without its progress reports,
        its approved values guarded when the project holds them (source/)."""
        return self._cached(DATA_FILE, lambda text: _typeset(read(text, DATA_FILE, self._guard())))

    def navigation(self) -> Navigation:
        """The site's menu (data/navigation.yml)."""
        return self._cached(NAVIGATION_FILE, lambda text: read_navigation(text, NAVIGATION_FILE))

    def _guard(self):
        """The check of data/plan.yml against the approved plan's data, or
        None in a copy of the project without it (the benchmark's, the tests')."""
        approved_path = self.project / APPROVED_FILE
        if not approved_path.exists():
            return None
        approved = yaml.load(approved_path.read_text(encoding="utf-8"), Loader=_PlainLoader)
        corrections_path = self.project / CORRECTIONS_FILE
        corrections = yaml.load(corrections_path.read_text(encoding="utf-8"), Loader=_PlainLoader) \
            if corrections_path.exists() else []
        return lambda source: approved_problems(source, approved, corrections or [])

    def plan(self) -> Plan:
        """The approved plan with its progress reports."""
        approved = self.approved_plan()
        return self._cached(PROGRESS_FILE, lambda text: _typeset(read_progress(text, approved, PROGRESS_FILE)),
                            depends_on=approved)

    def guide(self) -> dict:
        """The guide for writers, checked against the plan it refers to."""
        plan = self.plan()
        return self._cached(GUIDE_FILE, lambda text: _typeset(read_guide(text, plan, GUIDE_FILE)), depends_on=plan)

    def _cached(self, name: str, make, depends_on=None):
        """`make(text)` for the file `name`, made again only when the file
        (or the object it `depends_on`) has changed."""
        if name in self._checked and self._read.get(name, (None, None, None))[2] is depends_on:
            return self._read[name][1]
        path = self.project / name
        about = ABOUT.get(name, "plan")
        if path.is_symlink() or (path.exists() and not path.resolve().is_relative_to(self.project.resolve())):
            raise DataError([Problem(name, None, (), message("file_outside", file=name, target=shown(str(path.resolve()))))],
                            about)
        try:
            stat = path.stat()
        except OSError:
            raise DataError([Problem(name, None, (), message("data_file_missing"))], about) from None
        signature = (stat.st_size, stat.st_mtime_ns, id(depends_on))
        if self._read.get(name, (None,))[0] != signature:
            self._read[name] = (signature, make(_text(path, name, about)), depends_on)
        self._checked.add(name)
        return self._read[name][1]


def _typeset(read):
    """What was read, its texts typeset in their language, as the pages are
    (Canadian French spacing): writers type ordinary spaces."""
    typeset_texts(read.data if isinstance(read, Plan) else read)
    typeset_texts(list(read.reports) if isinstance(read, Plan) else [])
    return read


def _text(path: Path, shown_as: str, about: str) -> str:
    """The file's text; a folder, an unreadable file or bytes that are not
    UTF-8 are a Problem with the line they are on."""
    if path.is_dir():
        raise DataError([Problem(shown_as, None, (), message("data_file_folder"))], about)
    try:
        content = path.read_bytes()
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM):
            problem = message("data_file_forbidden", file=shown_as)
        else:  # the system's words are English: its code (EIO…) is the same in every language
            problem = message("data_file_unreadable", code=errno.errorcode.get(error.errno, str(error.errno)))
        raise DataError([Problem(shown_as, None, (), problem)], about) from None
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as error:
        line = content.count(b"\n", 0, error.start) + 1
        column = error.start - (content.rfind(b"\n", 0, error.start) + 1) + 1
        raise DataError([Problem(shown_as, line, (), message(
            "data_file_not_utf8", byte=f"{content[error.start]:02x}", column=column))], about) from None
