"""`make check` (scripts/check.py): one line per problem, naming the file to
change, never a traceback."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from scripts.check import annotation, build_problems

from tests.conftest import ROOT, project_copy

BUILD_LOG = """\
INFO    -  Building documentation...
INFO    -  The following pages exist in the docs directory, but are not included in the "nav" configuration:
  - fr/x.md
ERROR   -  docs/en/index.md:6: org("nope"): "nope" is not an organization's key (there are 71); the closest: "nrc"
ERROR   -  2 problèmes dans les données du plan\u00a0:
  data/plan.yml:352: objectives[0].supports[1]: clé d’organisation inconnue «\u00a0lerning\u00a0»
  data/plan.yml:354: un texte ouvert par un guillemet (") n’est pas fermé
      354 |   title: "Texte
          |          ^
WARNING -  docs/fr/section-02.md:4: the link section-99.md leads to no page (docs/fr/section-99.md does not exist)
Traceback (most recent call last):
  File "/x/mkdocs/__main__.py", line 1, in <module>
ZeroDivisionError: division by zero
"""


def test_build_messages_become_one_problem_each_with_the_lines_that_continue_it():
    assert build_problems(BUILD_LOG) == [
        'docs/en/index.md:6: org("nope"): "nope" is not an organization\'s key (there are 71); the closest: "nrc"',
        "data/plan.yml:352: objectives[0].supports[1]: clé d’organisation inconnue «\u00a0lerning\u00a0»",
        'data/plan.yml:354: un texte ouvert par un guillemet (") n’est pas fermé\n      354 |   title: "Texte\n'
        "          |          ^",
        "docs/fr/section-02.md:4: the link section-99.md leads to no page (docs/fr/section-99.md does not exist)",
        "the build stopped on an error it does not explain (ZeroDivisionError: division by zero): tell the "
        "developers, with the page you changed",
    ]


def test_a_problem_becomes_an_annotation_on_its_file_and_line():
    assert annotation("data/plan.yml:354: a quote\n      354 | x: \"y\n          |    ^ 100%") == \
        "::error file=data/plan.yml,line=354::data/plan.yml:354: a quote%0A      354 | x: \"y%0A          |    ^ 100%25"
    assert annotation("docs/en/x.md: missing") == "::error file=docs/en/x.md::docs/en/x.md: missing"
    assert annotation("the build failed (x)") == "::error::the build failed (x)"


def test_make_check_names_each_problem_once_with_its_line_and_tells_github_in_both_languages(tmp_path):
    project = project_copy(tmp_path / "project")
    env = {"GIT_AUTHOR_NAME": "W", "GIT_AUTHOR_EMAIL": "w@example.org",
           "GIT_COMMITTER_NAME": "W", "GIT_COMMITTER_EMAIL": "w@example.org", "PATH": "/usr/bin:/bin"}
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "Copy"]):
        subprocess.run(["git", *command], cwd=project, env=env, check=True)
    lines_before = {}
    for lang, text in (("en", "\nSee [the tables](section-10.md#nope).\n"), ("fr", "\nVoir [les tableaux](section-10.md#nope) ; merci.\n")):
        page = project / "docs" / lang / "section-03.md"
        lines_before[lang] = page.read_text(encoding="utf-8").count("\n")
        with page.open("a", encoding="utf-8") as out:
            out.write(text)
    summary = tmp_path / "summary.md"
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "scripts.check", "--root", str(project), "--github"], cwd=ROOT,
                            env=dict(os.environ, GITHUB_STEP_SUMMARY=str(summary)), capture_output=True, text=True,
                            timeout=240)
    seconds = time.perf_counter() - start
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for lang in ("en", "fr"):
        place = f"docs/{lang}/section-03.md:{lines_before[lang] + 2}"
        said = f"{place}: the link section-10.md#nope names #nope, which is on no heading or element of docs/{lang}/section-10.md"
        assert [line for line in lines if line.startswith(said)] != [] and sum(place in line for line in lines) == 2
        assert any(line.startswith(f"::error file=docs/{lang}/section-03.md,line={lines_before[lang] + 2}::") for line in lines)
    assert "make check: 2 problem(s) found" in result.stderr
    assert not any("; merci" in line for line in lines)  # the build spaces French text: nothing to report
    assert not any("section-03" in line for line in lines if "translation" in line.lower())  # both changed
    written = summary.read_text(encoding="utf-8")
    assert "## Problèmes trouvés par make check" in written and "## Problems found by make check" in written
    assert "le lien section-10.md#nope nomme #nope" in written and "the link section-10.md#nope names #nope" in written
    assert seconds < 60, seconds


def test_make_check_finds_no_build_link_or_translation_problem_in_the_project():
    """The project as it is: nothing to report."""
    result = subprocess.run([sys.executable, "-m", "scripts.check"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.stdout == "" and result.returncode == 0, result.stdout
