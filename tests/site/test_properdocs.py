"""ProperDocs, MkDocs 1.6's maintained successor, builds this site
identically: the same files, byte for byte, but for the generator <meta>.
When MkDocs must go, the move is the one described in README.md."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SITE_URL

_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def properdocs_build(site: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=SITE_URL)
    command = [str(Path(sys.executable).with_name("properdocs")), "build", "--strict", "--site-dir", str(site)]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def test_properdocs_builds_the_same_site(built, tmp_path):
    mkdocs_site, _ = built
    result = properdocs_build(tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    theirs, ours = files(tmp_path / "site"), files(mkdocs_site)
    assert sorted(theirs) == sorted(ours)
    generators = set()
    for name, content in ours.items():
        if name.endswith(".html"):
            generators.update(_GENERATOR.findall(theirs[name]))
            assert _GENERATOR.sub(b"", theirs[name]) == _GENERATOR.sub(b"", content), name
        else:
            assert theirs[name] == content, name
    assert any(b"ProperDocs" in generator for generator in generators)
