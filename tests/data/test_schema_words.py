"""The schemas of data/ speak both languages: each description, which an
editor shows and a message quotes to an English writer, has its French twin
beside it (x-description-fr), quoted to a French writer; every part of a
schema that checks a value says what it expects, so that no message falls
back on the validator's own words (English)."""
from __future__ import annotations

import json
import re

import pytest
from jsonschema import Draft202012Validator

from macros.data.validation import DATA_DIR

from tests.language.test_typography import faults

SCHEMAS = sorted(DATA_DIR.glob("*.schema.json"))


# The keywords whose mapping holds names (of fields, of definitions), not keywords.
NAMING = ("properties", "$defs")


def described_parts(node, where="#"):
    """(where, part) of every part of a schema, its fields and definitions
    (a field may be named "description")."""
    if isinstance(node, dict):
        if not where.endswith(tuple(f"/{key}" for key in NAMING)):
            yield where, node
        for key, value in node.items():
            yield from described_parts(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from described_parts(value, f"{where}/{index}")


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda path: path.name)
def test_each_schema_is_a_valid_json_schema(path):
    Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda path: path.name)
def test_every_description_has_its_french_twin(path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    parts = list(described_parts(schema))
    alone = [where for where, part in parts if ("description" in part) != ("x-description-fr" in part)]
    assert not alone, f"{path.name}: description without x-description-fr, or the reverse, at {alone}"
    assert all(part["x-description-fr"].strip() and part["x-description-fr"] != part["description"]
               for _, part in parts if "description" in part)


# What a value is checked by: a part of a schema with one of these says
# what it expects, in words a message can quote.
CHECKING = {"type", "enum", "pattern", "minimum", "maximum", "minItems", "maxItems", "minLength", "anyOf", "required"}


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda path: path.name)
def test_every_part_that_checks_a_value_says_what_it_expects(path):
    """Else a message would fall back on the validator's own words, in English."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    silent = [where for where, part in described_parts(schema) if CHECKING & set(part) and "description" not in part]
    assert not silent, f"{path.name}: no description at {silent}"


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda path: path.name)
def test_the_french_descriptions_follow_canadian_typography(path):
    """As the French messages that quote them; code between backquotes is left alone."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    found = [f"{where}: {fault}" for where, part in described_parts(schema) if "x-description-fr" in part
             for fault in faults(re.sub(r"`[^`]*`", "code", part["x-description-fr"]))]
    assert not found, "\n".join(found)
