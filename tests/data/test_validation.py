"""Bad data stops the build with a message a writer can act on: the file, the
line, the path in the data, what was found and what was expected."""
from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from macros.data.plan import DataError, read
from macros.data.source import parse
from macros.data.validation import SCHEMA_PATH, check, check_guide

from tests.conftest import DATA_TEXT, ROOT, broken


def problems_of(text: str) -> list:
    with pytest.raises(DataError) as raised:
        read(text)
    return raised.value.problems


def only_problem(text: str):
    problems = problems_of(text)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_the_real_data_is_valid():
    read(DATA_TEXT)


def test_the_schema_is_a_valid_json_schema():
    Draft202012Validator.check_schema(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def test_month_out_of_range_names_file_line_path_value_and_form():
    text, line = broken("end: 2022-08}", "end: 2022-13}")
    problem = only_problem(text)
    assert problem.line == line
    assert str(problem) == (f"data/plan.yml:{line}: objectives[0].commitments[0].activities[0]"
                            ".deliverables[0].schedule[0].end: '2022-13' is not a month (YYYY-MM)")


def test_missing_translation():
    text, line = broken('en: "Foster our', 'xx: "Foster our')
    messages = [str(p) for p in problems_of(text)]
    # The problem is reported on the text's own line (its key, two lines above).
    assert any(f":{line - 2}:" in m and "objectives[0].title: missing English translation 'en'" in m for m in messages), messages
    assert any("unknown field 'xx'" in m for m in messages)


def test_empty_translation():
    text, line = broken('en: "Foster our “open by default” culture"', 'en: "  "')
    problem = only_problem(text)
    assert (problem.line, problem.path) == (line, ("objectives", 0, "title", "en"))
    assert "empty text" in problem.message


def test_unknown_organization_key_suggests_the_closest():
    text, line = broken("supports: [cas, learning]", "supports: [cas, lerning]")
    problem = only_problem(text)
    assert problem.line == line
    assert problem.path[-2:] == ("supports", 1)
    assert "unknown organization key 'lerning'" in problem.message
    assert "did you mean 'learning'" in problem.message


def test_unknown_organization_in_a_role():
    text, _ = broken("osi: [business-lines]", "osi: [business-line]")
    assert "unknown organization key 'business-line'" in only_problem(text).message


def test_duplicate_identifier():
    text, line = broken('id: "1.1.1.1"', 'id: "1.1.2.1"')
    messages = [str(p) for p in problems_of(text)]
    assert any(f":{line}:" in m and "should be '1.1.1.1'" in m for m in messages), messages
    text, line = broken('id: "1.2"', 'id: "1.1"')
    messages = [str(p) for p in problems_of(text)]
    assert any(f":{line}:" in m and "duplicate commitment number '1.1'" in m for m in messages), messages


def test_deliverable_number_must_extend_its_activity():
    text, line = broken('id: "4.2.1.3"', 'id: "4.2.9.3"')
    problem = only_problem(text)
    assert problem.line == line
    assert problem.message.startswith("deliverable number '4.2.9.3' should be '4.2.1.3'")


def test_level_outside_the_scale():
    text, line = broken("self_assessed: 3\n          desired: 5", "self_assessed: 3\n          desired: 6")
    line += 1
    problem = only_problem(text)
    assert problem.line == line
    assert problem.path[-1] == "desired"
    assert problem.message == "6 is not a maturity level from 0 to 5"


def test_period_that_ends_before_it_starts():
    text, line = broken("{start: 2022-04, end: 2022-08}", "{start: 2022-09, end: 2022-08}")
    problem = only_problem(text)
    assert problem.line == line
    assert problem.message == ("the period ends (2022-08) before it starts (2022-09); "
                               "`start` is its first month, `end` its last")


def test_unknown_field_suggests_the_right_one():
    text, line = broken("supports: [cas, learning]", "suports: [cas, learning]")
    messages = [str(p) for p in problems_of(text)]
    assert any(f":{line}:" in m and "unknown field 'suports' (did you mean 'supports'?)" in m for m in messages), messages
    assert any("missing required field 'supports'" in m for m in messages)


def test_malformed_yaml_gives_a_line_not_a_traceback():
    text, line = broken("supports: [cas, learning]", "supports: [cas, learning")
    problem = only_problem(text)
    assert problem.line == line
    assert problem.message.startswith("a list opened with [ is not closed: end it with ] on the same line")
    assert "supports: [cas, learning\n" in problem.message and problem.message.endswith("^")


def test_duplicate_yaml_key():
    text, line = broken("                supports: [cas, learning]\n", "                supports: [cas, learning]\n                supports: []\n")
    problem = only_problem(text)
    assert problem.line == line + 1
    assert "the key 'supports' is already given on line %d" % line in problem.message


def test_unknown_governance_body():
    text, line = broken("- {from: ogs, to: ogwg}", "- {from: ogs, to: owg}")
    problem = only_problem(text)
    assert problem.line == line
    assert "unknown governance body 'owg'" in problem.message


def test_all_problems_are_listed_at_once():
    text, _ = broken("end: 2022-08}", "end: 2022-13}")
    text = text.replace("supports: [cas, learning]", "supports: [cas, lerning]", 1)
    text = text.replace("self_assessed: 3\n", "self_assessed: 9\n", 1)
    assert len(problems_of(text)) == 3


def test_unquoted_dates_and_ids_are_explained():
    text, line = broken('id: "1.1"', "id: 1.1")
    problem = only_problem(text)
    assert problem.line == line
    assert problem.message == "1.1 is not a quoted number such as \"4.2.1.3\""
    # A date written without quotes is read as text, like a quoted one.
    read(DATA_TEXT.replace("date: 2022-03-30", 'date: "2022-03-30"'))


def places(value, path=()):
    """Every place in the data, the first item of each list standing for the others."""
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from places(child, path + (key,))
    elif isinstance(value, list) and value:
        yield from places(value[0], path + (0,))


WRONG_SHAPES = (7, "x", [1], {"x": 1}, None)


def wrong_shapes(data):
    """Each place of `data` (but the root) holding each of WRONG_SHAPES in
    turn, put back afterwards: yields (place, wrong shape) while it is there."""
    for path in list(places(data))[1:]:
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        original = parent[path[-1]]
        for wrong in WRONG_SHAPES:
            parent[path[-1]] = wrong
            yield path, wrong
        parent[path[-1]] = original


@pytest.mark.parametrize("name", ["plan", "guide"])
def test_a_wrong_shape_anywhere_is_a_problem_never_a_crash(name):
    """Each place of the real data given each wrong shape in turn: the checks
    report problems with a line; none raises (a writer would get a traceback)."""
    text = (ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8")
    source = parse(text, f"data/{name}.yml")
    organizations = {org["key"] for org in read(DATA_TEXT)["organizations"]}
    run = check if name == "plan" else lambda s: check_guide(s, organizations)
    tried = 0
    for path, wrong in wrong_shapes(source.data):
        problems = run(source)
        assert all(problem.line for problem in problems), (path, wrong, [str(p) for p in problems])
        tried += 1
    assert tried > 100 and not run(source)
