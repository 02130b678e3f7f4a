"""Broken or hostile data ends in a located message (file, line, place,
what was found, what was expected), never a traceback nor minutes of work."""
from __future__ import annotations

import shutil

import time

import pytest

from macros.data.files import DataFiles
from macros.data.plan import DataError, read
import yaml

from macros.data.source import MAX_FILE_BYTES, _PlainLoader, parse

from tests.conftest import DATA_TEXT, ROOT, broken

SCHEDULE = "{start: 2022-04, end: 2022-08}"
FIRST_TITLE_EN = 'en: "Foster our “open by default” culture"'

CASES = {
    "a day that does not exist": ('date: 2022-03-30', 'date: 2022-02-30',
                                  "plan.approval.date: '2022-02-30' is not a day of the calendar (February 2022 has 28 days)"),
    "a first day that does not exist": ('first: "2022-07-01"', 'first: "2022-09-31"',
                                        "'2022-09-31' is not a day of the calendar (September 2022 has 30 days)"),
    "year zero": (SCHEDULE, "{start: 0000-01, end: 2022-08}",
                  "schedule[0].start: '0000-01' is outside the plan's period; expected a date from 2020 to 2026"),
    "year 9999": (SCHEDULE, "{start: 2022-04, end: 9999-12}",
                  "schedule[0].end: '9999-12' is outside the plan's period; expected a date from 2020 to 2026"),
    "a level written 3.0": ("    - level: 3\n", "    - level: 3.0\n",
                            "maturity.levels[3].level: 3.0 is a decimal number; expected a whole number (3)"),
    "a key that is a number": ("plan:\n", "1: x\nplan:\n",
                               "the key '1' (a number) is not a name; write a name such as `title`"),
    "a key that is a list": ("plan:\n", "? [a, b]\n: x\nplan:\n", "the key […] (a list) is not a name"),
    "nesting 300 deep": ("plan:\n", "x: " + "[" * 300 + "]" * 300 + "\nplan:\n",
                         "x[0]: values nested more than 30 levels deep"),
    "nesting 990 deep": ("plan:\n", "x: " + "[" * 990 + "]" * 990 + "\nplan:\n",
                         "values nested more than 30 levels deep"),
    "a wrong party mapping": ("supports: [cas, learning]", "supports: [cas, {org: learning, unt: x}]",
                              "supports[1].unt: unknown field 'unt' (did you mean 'unit'?) in a lead or support"),
    "a month of two digits": (SCHEDULE, "{start: 22-04, end: 2022-08}", "'22-04' is not a month (YYYY-MM)"),
    "zero-width-only text": (FIRST_TITLE_EN, 'en: "\u200b\u200d"',
                             "objectives[0].title.en: 'U+200BU+200D' shows nothing (only invisible characters); "
                             "write a text a reader can see"),
    "English identical to French": (FIRST_TITLE_EN, 'en: "Favoriser notre culture «\u00a0ouverte par défaut\u00a0»"',
                                    "objectives[0].title.en: the English text is the same as the French"),
    "a text too long": (FIRST_TITLE_EN, 'en: "' + "x" * 6000 + '"',
                        "objectives[0].title.en: a text of 6,000 characters; expected at most 5,000"),
}


@pytest.mark.parametrize("case", CASES)
def test_each_case_is_one_located_problem(case):
    old, new, expected = CASES[case]
    text, line = broken(old, new)
    with pytest.raises(DataError) as raised:
        read(text)
    problems = raised.value.problems
    assert len(problems) == 1, [str(p) for p in problems]
    assert problems[0].line == line, str(problems[0])
    assert expected in str(problems[0])
    assert str(problems[0]).startswith(f"data/plan.yml:{line}: ")


def test_only_the_allowed_names_may_be_the_same_in_both_languages(plan):
    assert any(org.get("acronym") == {"fr": "GC", "en": "GC"} for org in plan["organizations"])
    text, line = broken('acronym: {fr: "ACC", en: "VAC"}', 'acronym: {fr: "ACC", en: "ACC"}')
    with pytest.raises(DataError, match=f"data/plan.yml:{line}: organizations.0..acronym.en: the English text is the same"):
        read(text)


def test_an_alias_is_refused_on_its_line():
    text, line = broken("plan:\n", "a: &a [x]\nb: *a\nplan:\n")
    with pytest.raises(DataError) as raised:
        read(text)
    assert [str(p) for p in raised.value.problems] == [
        f"data/plan.yml:{line + 1}: b: a YAML alias (*name) repeats a value written elsewhere; "
        "write the value out instead (the data uses no anchors or aliases)"]


def test_an_alias_bomb_is_refused_at_once():
    bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 10))
    started = time.monotonic()
    with pytest.raises(DataError) as raised:
        read(bomb + DATA_TEXT)
    assert time.monotonic() - started < 5
    assert "a1[0]: a YAML alias" in str(raised.value)


def test_a_huge_file_is_refused_before_it_is_parsed():
    with pytest.raises(DataError) as raised:
        read(DATA_TEXT + "# " + "x" * MAX_FILE_BYTES + "\n")
    assert f"expected at most {MAX_FILE_BYTES:,}" in str(raised.value)


def test_a_file_that_is_a_list():
    with pytest.raises(DataError) as raised:
        read("- a\n- b\n")
    assert str(raised.value.problems[0]) == ("data/plan.yml: the file holds a list; expected a mapping of its parts "
                                             "(long_descriptions, plan, organizations, objectives, previous_plan, maturity, governance, risks, roles)")


def test_a_file_that_is_not_utf8_names_its_line(tmp_path):
    path = tmp_path / "data" / "plan.yml"
    path.parent.mkdir()
    lines = DATA_TEXT.splitlines(keepends=True)
    path.write_bytes("".join(lines[:40]).encode() + "  # Montréal\n".encode("latin-1") + "".join(lines[40:]).encode())
    with pytest.raises(DataError) as raised:
        DataFiles(tmp_path).approved_plan()
    assert str(raised.value.problems[0]) == ("data/plan.yml:41: byte 0xe9 in column 10 is not UTF-8; "
                                             "expected the file saved as UTF-8 text (save it again as UTF-8 in "
                                             "the editor, or retype that character)")


def test_a_missing_file_or_a_folder(tmp_path):
    with pytest.raises(DataError, match="data/plan.yml: the file is missing"):
        DataFiles(tmp_path).approved_plan()
    (tmp_path / "data" / "plan.yml").mkdir(parents=True)
    with pytest.raises(DataError, match="data/plan.yml: this is a folder; expected the data file"):
        DataFiles(tmp_path).approved_plan()


def test_guide_problems_are_headed_by_the_guide(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    path = tmp_path / "data" / "guide.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("en: ", "xx: ", 1), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        DataFiles(tmp_path).guide()
    assert str(raised.value).startswith("2 problems in the guide's data:\n  data/guide.yml:")


@pytest.mark.parametrize("file", ["data/plan.yml", "data/guide.yml", "data/progress.yml", "tests/fixtures/progress.yml"])
def test_the_data_read_is_pyyamls_own(file):
    """The reader builds texts, mappings and lists itself (macros/data/source.py):
    the result is what PyYAML's safe constructor makes of the same file."""
    text = (ROOT / file).read_text(encoding="utf-8")
    assert parse(text, file).data == yaml.load(text, Loader=_PlainLoader)


def test_every_kind_of_value_is_read_as_pyyaml_reads_it():
    text = ("text: plain\nquoted: '007'\nnumber: 7\nreal: 1.5\nyes_no: true\nempty:\nnull_word: null\n"
            "date: 2023-03-31\nlist: [1, two, 3.0, ~]\nnested: {a: [x, {b: false}]}\n"
            "set: !!set {a, b}\nordered: !!omap [{a: 1}, {b: 2}]\ntagged: !!str 12\nhex: 0x1F\n")
    data = parse(text, "x.yml").data
    assert data == yaml.load(text, Loader=_PlainLoader)
    assert (data["quoted"], data["number"], data["empty"], data["date"], data["tagged"]) == ("007", 7, None, "2023-03-31", "12")
    assert (data["set"], data["ordered"]) == ({"a", "b"}, [("a", 1), ("b", 2)])


def test_the_readme_gives_the_limits_the_reader_applies():
    from macros.data.source import MAX_DEPTH, MAX_TEXT
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert f"a text over {MAX_TEXT:,} characters or a file over {MAX_FILE_BYTES:,} characters" in readme
    assert f"nested more than {MAX_DEPTH} levels" in readme
