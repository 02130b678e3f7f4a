"""Checks of the data: its shape (the JSON Schemas of data/) and what a
schema cannot say (references between parts, numbering, periods in order).

Every check returns Problems for the writer; none raises. Cross-reference
checks look only at parts whose shape is right, so that one typo does not
hide the others. The messages are in the writer's language (messages: of
macros/language/fr.yml and en.yml); where they quote a schema, they quote
its description in that language (x-description-fr beside description).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import jsonschema_rs

from ..language.languages import LANGUAGES, name_in
from ..language.messages import message, shown, writer_language
from .source import Problem, Source
from .value_checks import described, did_you_mean, found, value_problems

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
SCHEMA_PATH = DATA_DIR / "plan.schema.json"
GUIDE_SCHEMA_PATH = DATA_DIR / "guide.schema.json"


@lru_cache(maxsize=1)
def _schemas() -> dict:
    """Every schema of data/, by file name (how they refer to each other);
    the schemas themselves are checked by the tests."""
    return {path.name: json.loads(path.read_text(encoding="utf-8")) for path in DATA_DIR.glob("*.schema.json")}


@lru_cache(maxsize=4)
def _validator(schema_path: Path):
    """The validator of one schema of data/ (jsonschema-rs: the checks of a
    whole plan take a millisecond, so a bigger plan stays quick to build)."""
    schemas = _schemas()
    registry = jsonschema_rs.Registry(list(schemas.items()))
    return jsonschema_rs.Draft202012Validator(schemas[schema_path.name], registry=registry)


def check(source: Source) -> list[Problem]:
    """All problems of a parsed plan, in file order."""
    if source.problems or source.data is None:
        return list(source.problems)
    problems = _shape_problems(source, SCHEMA_PATH)
    if isinstance(source.data, dict):
        problems += _reference_problems(source)
        problems += _numbering_problems(source)
        problems += _schedule_problems(source)
        problems += _maturity_problems(source)
    return sorted(set(problems), key=lambda p: (p.line or 0, p.message))


def check_guide(source: Source, organizations: set) -> list[Problem]:
    """All problems of a parsed guide; `organizations` are the plan's keys."""
    if source.problems or source.data is None:
        return list(source.problems)
    problems = _shape_problems(source, GUIDE_SCHEMA_PATH)
    if isinstance(source.data, dict):
        for part in ("questions", "myths", "steps"):
            for position, (path, item) in enumerate(_dicts(source, part), start=1):
                if isinstance(item.get("id"), str) and item["id"] != str(position):
                    problems.append(source.problem(path + ("id",), message(
                        "data_guide_number", found=shown(item["id"]), wanted=position, part=part)))
        for path, step in _dicts(source, "steps"):
            for role in ("responsible", "support"):
                for index, key in enumerate(_items(step, role)):
                    if isinstance(key, str) and key not in organizations:
                        problems.append(_unknown_key(source, path + (role, index), key, organizations))
        seen = {}
        for path, checklist in _dicts(source, "checklists"):
            key = checklist.get("id")
            if isinstance(key, str) and key in seen:
                problems.append(source.problem(path + ("id",), message(
                    "data_duplicate_checklist", key=shown(key), line=seen[key])))
            if isinstance(key, str):
                seen.setdefault(key, source.line(path + ("id",)))
    return sorted(set(problems), key=lambda p: (p.line or 0, p.message))


def _shape_problems(source: Source, schema_path: Path) -> list[Problem]:
    """The schema's problems, then those of single values at other places."""
    problems = list(_schema_problems(source, schema_path))
    reported = {problem.path for problem in problems}
    return problems + [problem for problem in value_problems(source) if problem.path not in reported]


def _unknown_key(source: Source, path, key: str, known) -> Problem:
    return source.problem(path, message("data_unknown_organization", key=shown(key), hint=did_you_mean(key, known)))


# --- shape -----------------------------------------------------------------

def _schema_problems(source: Source, schema_path: Path):
    for error in _validator(schema_path).iter_errors(source.data):
        yield from _describe(error, _failed_schema(schema_path.name, error.evaluation_path), source, schema_path.name)


def _failed_schema(document: str, evaluation_path: list) -> dict:
    """The schema whose keyword failed: the evaluation path walked from the
    root of `document`, following each $ref (to this schema or another)."""
    node = _schemas()[document]
    for step in evaluation_path[:-1]:
        if step == "$ref":
            target, _, pointer = node["$ref"].partition("#")
            document = target or document
            node = _schemas()[document]
            for part in filter(None, pointer.split("/")):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        else:
            node = node[step]
    return node


def _describe(error, schema: dict, source: Source, schema_file: str):
    """The problems of one error of the schema, quoting the description of
    the failed part of `schema_file` in the writer's language."""
    path = tuple(error.instance_path)
    keyword = error.kind.name
    value = error.instance
    expected = described(schema)
    if keyword == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        for key in sorted(error.kind.unexpected):
            yield source.problem(path + (key,), message(
                "data_unknown_field", key=shown(key), hint=did_you_mean(key, allowed), allowed=", ".join(allowed)))
    elif keyword == "required":
        missing = error.kind.property
        if set(schema.get("required", [])) == set(LANGUAGES):
            yield source.problem(path, message("data_missing_translation", code=missing,
                                               language=name_in(missing, writer_language())))
        else:
            yield source.problem(path, message("data_missing_field", field=missing))
    elif not expected:  # every part of the schemas is described (the tests check it)
        yield source.problem(path, message("data_not_expected_form", found=found(value), schema=schema_file))
    elif keyword in ("minItems", "maxItems"):
        yield source.problem(path, message("data_item_count", count=len(value), expected=expected))
    elif keyword == "pattern" and "non-empty" in schema.get("description", ""):
        yield source.problem(path, message("data_empty_text", expected=expected))
    elif not path and keyword == "type":
        parts = ", ".join(schema.get("properties", {}))
        yield source.problem(path, message("data_file_shape", found=found(value), parts=parts))
    elif keyword == "anyOf" and isinstance(value, dict) and "org" in str(schema.get("description")) \
            and list(_party_problems(source, path, value)):
        yield from _party_problems(source, path, value)
    else:
        yield source.problem(path, message("data_not_expected", found=found(value), expected=expected))


_PARTY_FIELDS = ("org", "unit", "office")


def _party_problems(source: Source, path, party: dict):
    """What is wrong with a lead or support written as a mapping, key by key."""
    for key in party:
        if key not in _PARTY_FIELDS:
            yield source.problem(path + (key,), message(
                "data_party_unknown_field", key=shown(str(key)), hint=did_you_mean(str(key), _PARTY_FIELDS)))
    if "org" not in party:
        yield source.problem(path, message("data_party_missing_org"))
    for key in ("org", "unit"):
        if key in party and not isinstance(party[key], str):
            yield source.problem(path + (key,), message("data_party_not_a_key", found=found(party[key])))
    if "office" in party and party["office"] not in ("opi", "osi"):
        yield source.problem(path + ("office",), message("data_party_office", found=found(party["office"])))


# --- references --------------------------------------------------------------

def _dicts(source: Source, *path):
    """(path, item) for each mapping item of the list at `path`."""
    items = source.data
    for key in path:
        items = items.get(key) if isinstance(items, dict) else None
    if not isinstance(items, list):
        return
    for index, item in enumerate(items):
        if isinstance(item, dict):
            yield tuple(path) + (index,), item


def _deliverables(source: Source):
    """(path, deliverable) for every deliverable of section 10."""
    for o_path, objective in _dicts(source, "objectives"):
        for c_index, commitment in enumerate(_list(objective, "commitments")):
            for a_index, activity in enumerate(_list(commitment, "activities")):
                for d_index, deliverable in enumerate(_list(activity, "deliverables")):
                    yield o_path + ("commitments", c_index, "activities", a_index, "deliverables", d_index), deliverable


def _items(item, key) -> list:
    """The list at `item[key]`; nothing when it is not a list (the schema says so)."""
    value = item.get(key) if isinstance(item, dict) else None
    return value if isinstance(value, list) else []


def _list(item, key) -> list:
    """The mappings of the list at `item[key]`, others standing as empty ones."""
    return [x if isinstance(x, dict) else {} for x in _items(item, key)]


def _reference_problems(source: Source):
    known = {}
    for path, org in _dicts(source, "organizations"):
        key = org.get("key")
        if isinstance(key, str):
            if key in known:
                yield source.problem(path + ("key",), message(
                    "data_duplicate_organization", key=shown(key), line=source.line(known[key])))
            known.setdefault(key, path + ("key",))

    def unknown(path, key):
        return _unknown_key(source, path, key, known) if isinstance(key, str) and key not in known else None

    refs = []
    plan = source.data.get("plan")
    if isinstance(plan, dict) and isinstance(plan.get("approval"), dict):
        refs.append((("plan", "approval", "body"), plan["approval"].get("body")))
    for path, deliverable in _deliverables(source):
        for role in ("leads", "supports"):
            for index, party in enumerate(_items(deliverable, role)):
                if isinstance(party, dict):
                    refs += [(path + (role, index, part), party.get(part)) for part in ("org", "unit") if part in party]
                else:
                    refs.append((path + (role, index), party))
    for path, body in _dicts(source, "governance", "bodies"):
        refs += [(path + ("orgs", i), key) for i, key in enumerate(_items(body, "orgs"))]
    for path, role in _dicts(source, "roles"):
        refs += [(path + ("orgs", i), key) for i, key in enumerate(_items(role, "orgs"))]
        for r_index, duty in enumerate(_list(role, "responsibilities")):
            refs += [(path + ("responsibilities", r_index, "osi", i), key) for i, key in enumerate(_items(duty, "osi"))]
    for path, key in refs:
        problem = unknown(path, key)
        if problem:
            yield problem

    bodies = {}
    for path, body in _dicts(source, "governance", "bodies"):
        key = body.get("id")
        if isinstance(key, str) and key in bodies:
            yield source.problem(path + ("id",), message(
                "data_duplicate_body", key=shown(key), line=source.line(bodies[key] + ("id",))))
        if isinstance(key, str):
            bodies.setdefault(key, path)
    relations = [("reports_to", ("from", "to")), ("members", ("committee", "member"))]
    for name, ends in relations:
        for path, relation in _dicts(source, "governance", name):
            for end in ends:
                yield from _unknown_body(source, path + (end,), relation.get(end), bodies)
    for path, relation in _dicts(source, "governance", "collaborations"):
        for index, body in enumerate(_items(relation, "between")):
            yield from _unknown_body(source, path + ("between", index), body, bodies)


def _unknown_body(source, path, body, bodies):
    if isinstance(body, str) and body not in bodies:
        yield source.problem(path, message("data_unknown_body", body=shown(body), hint=did_you_mean(body, bodies),
                                           ids=", ".join(bodies)))


# --- numbering ---------------------------------------------------------------

# What is numbered: the key of its name in messages: of the language files
# is data_kind_<kind> ("deliverable" / "du livrable").
NUMBERED = ("objective", "previous_objective", "commitment", "previous_commitment", "activity", "deliverable",
            "category", "indicator", "risk")


def _numbering_problems(source: Source):
    """Ids are 1, 2, … in order, each extending its parent's ("4.2" -> "4.2.1")."""
    seen = {}

    def expect(path, item, parent_id, position, kind):
        found_id = item.get("id")
        if not isinstance(found_id, str) or (parent_id is not None and not _is_number(parent_id)):
            return  # the schema reports an id that is not a number, or a parent's missing one
        wanted = f"{parent_id}.{position}" if parent_id else str(position)
        what = message(f"data_kind_{kind}")
        if found_id in seen.setdefault(kind, {}):
            yield source.problem(path + ("id",), message(
                "data_duplicate_number", kind=what, found=shown(found_id), line=seen[kind][found_id]))
        elif found_id != wanted and parent_id:
            yield source.problem(path + ("id",), message(
                "data_number_in_parent", kind=what, found=shown(found_id), wanted=wanted, parent=shown(parent_id)))
        elif found_id != wanted:
            yield source.problem(path + ("id",), message(
                "data_number_in_order", kind=what, found=shown(found_id), wanted=wanted))
        seen[kind].setdefault(found_id, source.line(path + ("id",)))

    for keys, objective_kind, commitment_kind in ((("objectives",), "objective", "commitment"),
                                                  (("previous_plan", "objectives"), "previous_objective",
                                                   "previous_commitment")):
        for o_index, (o_path, objective) in enumerate(_dicts(source, *keys), start=1):
            yield from expect(o_path, objective, None, o_index, objective_kind)
            o_id = _parent_number(objective)
            for c_index, commitment in enumerate(_list(objective, "commitments"), start=1):
                c_path = o_path + ("commitments", c_index - 1)
                yield from expect(c_path, commitment, o_id, c_index, commitment_kind)
                for a_index, activity in enumerate(_list(commitment, "activities"), start=1):
                    a_path = c_path + ("activities", a_index - 1)
                    yield from expect(a_path, activity, _parent_number(commitment), a_index, "activity")
                    for d_index, deliverable in enumerate(_list(activity, "deliverables"), start=1):
                        yield from expect(a_path + ("deliverables", d_index - 1), deliverable, _parent_number(activity), d_index, "deliverable")
    for c_index, (c_path, category) in enumerate(_dicts(source, "maturity", "categories"), start=1):
        yield from expect(c_path, category, None, c_index, "category")
        for i_index, indicator in enumerate(_list(category, "indicators"), start=1):
            yield from expect(c_path + ("indicators", i_index - 1), indicator, _parent_number(category), i_index, "indicator")
    for r_index, (r_path, risk) in enumerate(_dicts(source, "risks"), start=1):
        yield from expect(r_path, risk, None, r_index, "risk")
    roles = {}
    for path, item in _dicts(source, "roles"):
        key = item.get("id")
        if isinstance(key, str) and key in roles:
            yield source.problem(path + ("id",), message("data_duplicate_role", key=shown(key), line=roles[key]))
        if isinstance(key, str):
            roles.setdefault(key, source.line(path + ("id",)))


_NUMBER = re.compile(r"[1-9][0-9]*(\.[1-9][0-9]*)*")  # as the schemas' $defs/id


def _is_number(value) -> bool:
    return isinstance(value, str) and bool(_NUMBER.fullmatch(value))


def _parent_number(item: dict) -> str:
    """The id its children extend; "" when it has none (the schema says so)."""
    value = item.get("id")
    return value if isinstance(value, str) else ""


# --- schedules -----------------------------------------------------------------

_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")


def _schedule_problems(source: Source):
    for path, deliverable in _deliverables(source):
        previous_end = None
        for index, period in enumerate(_list(deliverable, "schedule")):
            p_path = path + ("schedule", index)
            start, end, first = (period.get(k) for k in ("start", "end", "first"))
            if not all(isinstance(v, str) and _MONTH.fullmatch(v) for v in (start, end)):
                continue  # the schema reports a value that is not a month
            if end < start:
                yield source.problem(p_path + ("end",), message("data_period_reversed", start=start, end=end))
            if previous_end and start < previous_end:
                yield source.problem(p_path + ("start",), message("data_period_overlap", start=start, previous_end=previous_end))
            if isinstance(first, str) and not start <= first[:7] <= end:
                yield source.problem(p_path + ("first",), message("data_first_outside", first=shown(first), start=start, end=end))
            if "first" in period and "recurrence" not in period:
                yield source.problem(p_path + ("first",), message("data_first_needs_recurrence"))
            previous_end = end


# --- maturity ------------------------------------------------------------------

def _maturity_problems(source: Source):
    for index, (path, level) in enumerate(_dicts(source, "maturity", "levels")):
        if isinstance(level.get("level"), int) and level["level"] != index:
            yield source.problem(path + ("level",), message("data_level_position", level=level["level"], position=index))
    plan = source.data.get("plan")
    period = plan.get("period") if isinstance(plan, dict) else None
    if isinstance(period, dict) and all(isinstance(period.get(k), int) for k in ("start", "end")) and period["end"] < period["start"]:
        yield source.problem(("plan", "period", "end"), message("data_plan_reversed", start=period["start"], end=period["end"]))
