"""Shared fixtures: the real plan data, and a way to break it on purpose."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros.data.plan import DataError, read

ROOT = Path(__file__).resolve().parent.parent
DATA_TEXT = (ROOT / "data" / "plan.yml").read_text(encoding="utf-8")
# The site is built as GitHub Pages serves a project site: under a sub-path.
SUB_PATH = "/opengov/"
SITE_URL = f"https://example.github.io{SUB_PATH}"
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides")
# The tools speak the writer's language (the locale): the tests read their
# English unless a test asks for French.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"


def project_copy(target: Path) -> Path:
    """The site's sources copied to `target`, to build them changed on purpose."""
    target.mkdir()
    for part in PROJECT_PARTS:
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target / part)
    return target


def mkdocs_build(project: Path, site: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=SITE_URL)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                          cwd=project, env=env, capture_output=True, text=True, timeout=600)


def pytest_sessionstart(session):
    """Wrong data would make nearly every test fail: say so once, as the build does."""
    try:
        read(DATA_TEXT)
    except DataError as error:
        pytest.exit(f"{error}\nEvery test reads data/plan.yml: fix it first (`make check` lists the same).", returncode=1)


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """One strict build of the whole site, shared by every test of the built site."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site, result


@pytest.fixture(scope="session")
def site_url(built, tmp_path_factory):
    """The built site served under the project sub-path, for the browser gates."""
    from tests.browser.browser import serve  # browser.py imports this module
    site, _ = built
    server, url = serve(site, tmp_path_factory.mktemp("www"))
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def plan():
    return read(DATA_TEXT)


def broken(old: str, new: str) -> tuple[str, int]:
    """The plan's YAML with the first `old` replaced by `new`, and that line's number."""
    index = DATA_TEXT.index(old)
    line = DATA_TEXT.count("\n", 0, index) + 1
    return DATA_TEXT[:index] + new + DATA_TEXT[index + len(old):], line


def deliverables(plan):
    return [d for o in plan["objectives"] for c in o["commitments"] for a in c["activities"] for d in a["deliverables"]]
