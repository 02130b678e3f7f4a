"""`make build` (scripts/build.py) never leaves a half-written site: a
failed build keeps the previous site/ whole, a good one replaces it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

from scripts.build import shown

from tests.conftest import ROOT, project_copy


def run_build(project):
    return subprocess.run([sys.executable, "scripts/build.py"], cwd=project, capture_output=True, text=True,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), timeout=600)


def test_a_failed_build_leaves_the_previous_site_and_a_good_one_replaces_it(tmp_path):
    project = project_copy(tmp_path / "project")
    shutil.copytree(ROOT / "scripts", project / "scripts")
    previous = project / "site" / "en" / "index.html"
    previous.parent.mkdir(parents=True)
    previous.write_text("the previous site", encoding="utf-8")
    page = project / "docs" / "en" / "section-02.md"
    good = page.read_text(encoding="utf-8")
    page.write_text(good + '\n{{ org("nope") }}\n', encoding="utf-8")  # the French half would be written first

    failed = run_build(project)
    assert failed.returncode != 0 and "site/ left as it was" in failed.stderr
    assert 'org("nope"): "nope" is not an organization\'s key' in failed.stderr and "INFO" not in failed.stderr
    assert "Aborted" not in failed.stdout + failed.stderr  # MkDocs' words: the last line says it
    assert previous.read_text(encoding="utf-8") == "the previous site"
    assert sorted(p.name for p in (project / "site").rglob("*")) == ["en", "index.html"]
    assert not list(project.glob(".site-*"))

    page.write_text(good, encoding="utf-8")
    built = run_build(project)
    assert built.returncode == 0, built.stderr[-2000:]
    assert built.stderr == "" and built.stdout.startswith("site/ built: ") and built.stdout.count("\n") == 1
    assert int(built.stdout.split()[2]) == sum(1 for _ in (project / "site").rglob("*.html"))
    assert "the previous site" not in previous.read_text(encoding="utf-8")
    assert (project / "site" / "fr" / "section-02" / "index.html").exists()
    assert not list(project.glob(".site-*"))


def test_the_build_shows_only_warnings_errors_and_what_is_not_a_routine_line():
    log = ["INFO    -  Cleaning site directory\n", "  - an INFO's list\n", "WARNING -  docs/en/x.md:3: a problem\n",
           "  - its detail\n", "INFO    -  Documentation built\n", "Traceback (most recent call last):\n",
           "  File \"x.py\"\n", "ZeroDivisionError: division by zero\n"]
    assert list(shown(log)) == ["WARNING - docs/en/x.md:3: a problem\n"] + log[3:4] + log[5:]


def test_a_french_writer_reads_the_builds_levels_in_french(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    assert list(shown(["ERROR   -  docs/fr/x.md:3: un problème\n"])) == ["ERREUR  - docs/fr/x.md:3: un problème\n"]
