"""The list of macros in CONTRIBUTING.md is written from the registered
macros (scripts/macro_docs.py) and the words of the language files, and
cannot drift from them."""
from __future__ import annotations

import inspect

from macros.language.labels import LABELS
from macros.language.languages import LANGUAGES
from macros.render.figures import FIGURES
from macros.site.allowlist import ELEMENTS
from scripts.macro_docs import EXAMPLES, GUIDE, allowlist_table, first_uses, registered, shows, table, takes, with_tables


def _described(group: str) -> set:
    prefix = f"macro_docs.{group}."
    return {key[len(prefix):] for key in LABELS["en"] if key.startswith(prefix)}


def test_every_registered_macro_is_described_in_every_language_and_nothing_else():
    names = set(registered())
    described = _described("macros")
    assert names == described, {"not described": names - described, "not registered": described - names}
    for name in names:
        words = {lang: shows(name, lang) for lang in LANGUAGES}
        assert all(text.strip() for text in words.values()) and len(set(words.values())) == len(LANGUAGES), name


def test_every_argument_is_described_and_every_macro_has_an_example():
    arguments = set()
    for name, function in registered().items():
        arguments |= set(inspect.signature(function).parameters)
        assert name in first_uses() or name in EXAMPLES, name
    assert arguments == _described("arguments")
    assert set(EXAMPLES).isdisjoint(first_uses()), "an example the pages now give: drop it from EXAMPLES"


def test_the_list_gives_each_macro_its_arguments_and_example():
    rows = {line.split("|")[1].strip(" `"): line for line in table("en").splitlines()[2:]}
    assert list(rows) == list(registered())
    assert '`number`: the figure\'s number' in rows["figure"] and '`{{ figure("1") }}`' in rows["figure"]
    assert "| none |" in rows["plan_title"]
    assert "| aucun |" in table("fr").splitlines()[2]


def test_the_figures_argument_names_the_first_and_last_figures_of_the_registry():
    first, last = min(FIGURES, key=int), max(FIGURES, key=int)
    assert takes("number", "en").endswith(f'"{first}" to "{last}"')
    assert takes("number", "fr").endswith(f'"{first}" à "{last}"')


def test_contributing_md_is_up_to_date():
    text = GUIDE.read_text(encoding="utf-8")
    assert with_tables(text) == text, "run `make macro-docs` and commit CONTRIBUTING.md"
    for lang in ("en", "fr"):
        assert table(lang) in text and allowlist_table(lang) in text


def test_the_allowlist_in_contributing_md_names_every_element_a_page_may_hold():
    rows = allowlist_table("en").splitlines()[2:]
    assert [row.split("`")[1] for row in rows] == [f"<{element}>" for element in sorted(ELEMENTS)]
    assert "| `<img>` | `alt`, `height`, `role`, `src`, `width` |" in rows
