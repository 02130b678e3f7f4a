"""Each YAML mistake a writer makes is told in plain words, at its line,
with the line shown and a caret under the place, and what to type instead
(macros/data/yaml_mistakes.py), in the writer's language."""
from __future__ import annotations

import pytest

from macros.data.source import parse

GOOD = """reports:
  - as_of: 2023-03-31
    deliverables:
      - id: "2.1.1.1"
        status: withdrawn
        progress:
          fr: "Retiré"
          en: "Withdrawn"
"""

CASES = {
    "a tab in the indentation": (GOOD.replace('        status', '\tstatus'), 5, 1, "a tab in the indentation"),
    "one space off": (GOOD.replace('        status', '         status'), 5, 10,
                      "this line starts after 9 space(s), the line above it (line 4) after 8: the lines of one "
                      "group start in the same column; move it to column 8"),
    "a missing colon": (GOOD.replace("    deliverables:", "    deliverables"), 3, 17, "a key without its colon"),
    "a colon in a text": (GOOD.replace('fr: "Retiré"', "fr: Retiré : remplacé"), 7, 22,
                          "the text of fr holds a colon followed by a space"),
    "a colon in a text between braces": (GOOD.replace('progress:\n          fr: "Retiré"\n          en: "Withdrawn"',
                                                      'progress: {fr: Retiré : remplacé, en: "Withdrawn"}'), 6, 31,
                                         "the text of fr holds a colon followed by a space"),
    "[] left in place": ("reports: []\n  - as_of: 2023-03-31\n", 1, 10, "`[]` (an empty list) is followed by items"),
    "a quote not closed": (GOOD.replace('fr: "Retiré"', 'fr: "Retiré'), 7, 15,
                           'a text opened with a double quote (") is not closed'),
    "a bracket not closed": (GOOD.replace('fr: "Retiré"', 'fr: [Retiré'), 7, 15, "a list opened with [ is not closed"),
    "curly quotes": (GOOD.replace('fr: "Retiré"', "fr: “Retiré”"), 7, 15, "the text is between “ and ”"),
    "French quotes": (GOOD.replace('fr: "Retiré"', "fr: « Retiré »"), 7, 15, "the text is between « and »"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_yaml_mistake_is_explained_at_its_line_with_a_caret(case):
    text, line, column, words = CASES[case]
    problems = parse(text, "data/progress.yml").problems
    assert problems, case
    said = str(problems[0])
    first, shown, caret = said.split("\n")[:3]
    assert first.startswith(f"data/progress.yml:{line}: ") and words in first, said
    assert shown == f"{line:>7} | {text.split(chr(10))[line - 1]}".replace("\t", "→"), said  # a tab, seen
    assert caret == " " * 8 + "| " + " " * (column - 1) + "^", said


def test_a_french_writer_reads_it_in_french(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr_CA.UTF-8")
    said = str(parse(GOOD.replace('fr: "Retiré"', "fr: Retiré : remplacé"), "data/progress.yml").problems[0])
    assert said.startswith("data/progress.yml:7: le texte de fr contient un deux-points suivi d’une espace, que YAML "
                           "lit comme le début d’une nouvelle clé\u00a0: mettez tout le texte entre guillemets droits")


def test_good_yaml_has_no_problem():
    assert parse(GOOD, "data/progress.yml").problems == []
