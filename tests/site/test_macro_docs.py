"""The list of macros in CONTRIBUTING.md is written from the registered
macros (scripts/macro_docs.py) and cannot drift from them."""
from __future__ import annotations

import inspect

from macros.catalogue import ARGUMENTS, EXAMPLES, MACROS
from scripts.macro_docs import GUIDE, first_uses, registered, table, with_tables


def test_every_registered_macro_is_described_in_both_languages_and_nothing_else():
    names = set(registered())
    assert names == set(MACROS), {"not described": names - set(MACROS), "not registered": set(MACROS) - names}
    assert all(en.strip() and fr.strip() and en != fr for en, fr in MACROS.values())


def test_every_argument_is_described_and_every_macro_has_an_example():
    for name, function in registered().items():
        assert set(inspect.signature(function).parameters) <= set(ARGUMENTS), name
        assert name in first_uses() or name in EXAMPLES, name
    assert set(EXAMPLES).isdisjoint(first_uses()), "an example the pages now give: drop it from EXAMPLES"


def test_the_list_gives_each_macro_its_arguments_and_example():
    rows = {line.split("|")[1].strip(" `"): line for line in table("en").splitlines()[2:]}
    assert list(rows) == list(registered())
    assert '`number`: the figure\'s number' in rows["figure"] and '`{{ figure("1") }}`' in rows["figure"]
    assert "| none |" in rows["plan_title"]
    assert "| aucun |" in table("fr").splitlines()[2]


def test_contributing_md_is_up_to_date():
    text = GUIDE.read_text(encoding="utf-8")
    assert with_tables(text) == text, "run `make macro-docs` and commit CONTRIBUTING.md"
    assert table("en") in text and table("fr") in text
