"""`make check` (scripts/check.py) and its typography rules
(scripts/typography.py): one line per problem, naming the file to change,
never a traceback."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from scripts.check import build_problems
from macros.language.typography import problems_in
from scripts.typography import page_problems

from tests.conftest import ROOT, project_copy

NBSP, NARROW = "\u00a0", "\u202f"


@pytest.mark.parametrize("text", [
    f"Annexe A{NBSP}: Rôles", f"Annexe A{NARROW}: Rôles", "citoyens; ils", f"Pourquoi{NARROW}?",
    f"«{NBSP}ouverte par défaut{NBSP}»", "à 10:30, https://example.org/a?b=1.", "`a ; b` {{ org(\"ogs\") }}",
    "![image](x.png)", "[lien](section-10.md#a) et { #un-id }",
])
def test_canadian_french_typography_is_accepted(text):
    assert problems_in(text) == []


@pytest.mark.parametrize("text, rule", [
    ("Annexe A : Rôles", "before the colon"), ("Annexe A: Rôles", "before the colon"),
    ("citoyens ; ils", "no space before"), (f"Pourquoi{NBSP}?", "no space before"), ("Continuons !", "no space before"),
    (f"« ouverte{NBSP}»", "after «"), (f"«{NBSP}ouverte »", "before »"),
])
def test_each_fault_is_named(text, rule):
    [(_, message)] = problems_in(text)
    assert rule in message


def test_a_page_fault_gives_its_file_and_line_and_skips_what_is_not_text():
    page = ("---\ntitle: Annexe A : Rôles\nhide: [toc]\n---\n\n# Titre\n\nTexte ; suite.\n\n[^1]: Une note.\n"
            "\n```\nmake check   # avant : ; !\n```\n")
    lines = page_problems(page, "docs/fr/x.md")
    assert [line.split(": ")[0] for line in lines] == ["docs/fr/x.md:2", "docs/fr/x.md:8"]
    assert "before the colon" in lines[0] and "no space before" in lines[1]


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
    assert any(line.startswith("docs/fr/section-03.md:") and "no space before ; ! ?" in line for line in lines)
    assert not any("section-03" in line for line in lines if "translation" in line.lower())  # both changed
    assert seconds < 20, seconds


def test_make_check_finds_no_build_link_or_translation_problem_in_the_project():
    """Today only typography (its fixes are under way) may be reported."""
    result = subprocess.run([sys.executable, "-m", "scripts.check"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    others = [line for line in result.stdout.splitlines() if "Canadian French" not in line and "no-break" not in line]
    assert others == []
