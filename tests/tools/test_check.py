"""`make check` (scripts/check.py): one line per problem, naming the file to
change, never a traceback."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from scripts.check import build_problems

from tests.conftest import ROOT, project_copy

BUILD_LOG = """\
INFO    -  Building documentation...
INFO    -  The following pages exist in the docs directory, but are not included in the "nav" configuration:
  - fr/x.md
ERROR   -  docs/en/index.md:6: org('nope'): no organization 'nope'; expected one of the 71 keys of 'organizations' in data/plan.yml
ERROR   -  2 problems in the plan's data:
  data/plan.yml:352: objectives[0].supports[1]: unknown organization key 'lerning'
  data/plan.yml:354: objectives[0].end: '2022-13' is not a month (YYYY-MM)
WARNING -  Doc file 'fr/section-02.md' contains a link 'section-99.md', but the target 'fr/section-99.md' is not found among documentation files.
Traceback (most recent call last):
  File "/x/mkdocs/__main__.py", line 1, in <module>
ZeroDivisionError: division by zero
Aborted with 2 warnings in strict mode!
"""


def test_build_messages_become_one_line_per_problem():
    lines = build_problems(BUILD_LOG)
    assert lines == [
        "docs/en/index.md:6: org('nope'): no organization 'nope'; expected one of the 71 keys of 'organizations' "
        "in data/plan.yml",
        "data/plan.yml:352: objectives[0].supports[1]: unknown organization key 'lerning'",
        "data/plan.yml:354: objectives[0].end: '2022-13' is not a month (YYYY-MM)",
        "docs/fr/section-02.md: the link 'section-99.md' leads to no page (docs/fr/section-99.md does not exist)",
        "the build stopped on an error it does not explain: ZeroDivisionError: division by zero "
        "(tell the developers, with the page you changed)",
    ]


def test_make_check_names_each_problem_of_a_broken_copy_in_one_line(tmp_path):
    project = project_copy(tmp_path / "project")
    env = {"GIT_AUTHOR_NAME": "W", "GIT_AUTHOR_EMAIL": "w@example.org",
           "GIT_COMMITTER_NAME": "W", "GIT_COMMITTER_EMAIL": "w@example.org", "PATH": "/usr/bin:/bin"}
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "Copy"]):
        subprocess.run(["git", *command], cwd=project, env=env, check=True)
    with (project / "docs" / "en" / "section-03.md").open("a", encoding="utf-8") as page:
        page.write("\nSee [the tables](section-10.md#nope).\n")
    with (project / "docs" / "fr" / "section-03.md").open("a", encoding="utf-8") as page:
        page.write("\nVoir [les tableaux](section-10.md#nope) ; merci.\n")
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "scripts.check", "--root", str(project)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - start
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for lang in ("en", "fr"):
        assert f"docs/{lang}/section-03.md: the link '../section-10/#nope' names '#nope', which is on no heading " \
               "or element of that page" in lines
    assert not any("; merci" in line for line in lines)  # the build spaces French text: nothing to report
    assert not any("section-03" in line for line in lines if "translation" in line.lower())  # both changed
    assert seconds < 20, seconds


def test_make_check_finds_no_build_link_or_translation_problem_in_the_project():
    """The project as it is: nothing to report."""
    result = subprocess.run([sys.executable, "-m", "scripts.check"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.stdout == "" and result.returncode == 0, result.stdout
