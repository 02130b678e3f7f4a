"""MkDocs' own messages a writer meets, in the writer's language, with the
page and the line (macros/plugin/mkdocs_messages.py)."""
from __future__ import annotations

import pytest

from macros.plugin.mkdocs_messages import translated


@pytest.fixture
def docs(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "x.md").write_text("# X\n\nText.\n\nSee [the plan](plan.md#nope) and [y](y.md).\n", encoding="utf-8")
    return tmp_path


def test_a_link_to_no_page_or_no_place_is_told_with_its_line(docs):
    assert translated("Doc file 'en/x.md' contains a link 'y.md', but the target 'en/y.md' is not found among "
                      "documentation files.", docs) == \
        "docs/en/x.md:5: the link y.md leads to no page (docs/en/y.md does not exist): correct the file name, or write the page"
    assert translated("Doc file 'en/x.md' contains a link 'plan.md#nope', but the doc 'en/plan.md' does not contain "
                      "an anchor '#nope'.", docs).startswith(
        "docs/en/x.md:5: the link plan.md#nope names #nope, which is on no heading or element of docs/en/plan.md: ")
    assert translated("Doc file 'en/x.md' contains a link '#nowhere', but there is no such anchor on this page.",
                      docs).startswith("docs/en/x.md:1: the link #nowhere names a place that is not on this page")


def test_a_french_writer_reads_them_in_french(docs, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    assert translated("Doc file 'en/x.md' contains a link 'y.md', but the target 'en/y.md' is not found among "
                      "documentation files.", docs) == \
        ("docs/en/x.md:5: le lien y.md ne mène à aucune page (docs/en/y.md n’existe pas)\u00a0: corrigez le nom de "
         "fichier, ou rédigez la page")


def test_what_only_announces_the_plugins_message_is_left_out_and_a_crash_is_told(docs):
    assert translated("Error reading page 'en/x.md':", docs) == ""
    assert translated("Error reading page 'en/x.md': division by zero", docs) == (
        "docs/en/x.md: the build stopped on this page (division by zero): tell the developers, with the page you changed")
    assert translated("Config value 'theme': unrecognised theme name", docs) is None
