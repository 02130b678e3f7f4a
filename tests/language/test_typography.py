"""Canadian French typography (Translation Bureau, Le guide du rédacteur 6.13)
everywhere a French reader looks: every French page of the built site, its
navigation, table of contents, <title>, captions, figures, aria-labels and
footer; the data and the labels it is made from."""
from __future__ import annotations

import re

import pytest
import yaml
from bs4 import BeautifulSoup, Comment

from macros.data.files import DataFiles
from macros.language.typography import french_markdown
from macros.language.typography import french_text, typeset_texts
from macros.language.labels import LABELS, NBSP

from tests.conftest import ROOT

# Each fault, found in a text as a reader gets it (checked independently of the pass that fixes them).
FAULTS = {
    "a space before ; ! ?": re.compile(r"[^\S\u202f][;!?]"),
    "no no-break space before a colon": re.compile(r"(?<![\u00a0\u202f]):(?=\s|$)"),
    "no no-break space after «": re.compile(r"«(?![\u00a0\u202f])"),
    "no no-break space before »": re.compile(r"(?<![\u00a0\u202f])»"),
}
HUMAN_ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")
NOT_TEXT = ("script", "style", "code", "pre")


def faults(text: str) -> list[str]:
    return [f"{name}: …{text[max(0, m.start() - 30):m.end() + 20]}…"
            for name, regex in FAULTS.items() for m in regex.finditer(text)]


def reader_texts(soup: BeautifulSoup):
    """Every text of a page a person reads or hears: text (the <title>,
    navigation and SVG text included) and human attributes."""
    for element in soup.find_all(True):
        for attribute in HUMAN_ATTRIBUTES:
            if element.get(attribute):
                yield element[attribute]
    meta = soup.find("meta", attrs={"name": "description"})
    if meta:
        yield meta["content"]
    for string in soup.find_all(string=True):
        if not isinstance(string, Comment) and not string.find_parent(NOT_TEXT):
            yield str(string)


def test_every_french_page_follows_canadian_typography(built):
    site, _ = built
    found = []
    pages = sorted((site / "fr").rglob("*.html"))
    assert len(pages) > 20
    for html_file in pages:
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        found += [f"{html_file.relative_to(site)}: {fault}" for text in reader_texts(soup) for fault in faults(text)]
    assert not found, f"{len(found)} faults:\n" + "\n".join(found[:40])


@pytest.mark.parametrize("name", ["index.html", "404.html"])
def test_the_french_half_of_the_bilingual_root_pages_too(built, name):
    site, _ = built
    soup = BeautifulSoup((site / name).read_text(encoding="utf-8"), "html.parser")
    for english in soup.select("body [lang=en]"):
        english.decompose()
    found = [fault for text in reader_texts(soup.body) for fault in faults(text)]
    assert soup.body.select("[lang=fr]") and not found, "\n".join(found)


def french_strings(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "fr" and isinstance(value, str):
                yield value
            else:
                yield from french_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from french_strings(value)


@pytest.mark.parametrize("part", ["plan", "guide"])
def test_the_french_data_as_read_is_typeset(part):
    """What the renderers and the open data get: every French text of the
    data typeset, whatever spaces the writer typed."""
    files = DataFiles(ROOT)
    data = files.plan().data if part == "plan" else files.guide()
    found = [fault for text in french_strings(data) for fault in faults(text)]
    assert not found, "\n".join(found)


def test_the_french_labels_are_written_right():
    """Code in a message (`https:`, `# Titre`) is between backquotes, or on
    lines of its own indented by six spaces (what to paste in a file), and
    left alone."""
    def prose(text):
        text = re.sub(r"(?m)^ {6}.*$", "", text)
        return re.sub(r"`[^`]*`", "code", text.replace("{nbsp}", NBSP))
    found = [f"{key}: {fault}" for key, text in LABELS["fr"].items() for fault in faults(prose(text))]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("wrong, right", [
    ("Annexe A : Rôles", f"Annexe A{NBSP}: Rôles"),
    ("Suivant: Démarrer", f"Suivant{NBSP}: Démarrer"),
    ("du SCT ; veiller", "du SCT; veiller"),
    (f"Pourquoi{NBSP}? Parce que !", "Pourquoi? Parce que!"),
    ("« ouverte par défaut »", f"«{NBSP}ouverte par défaut{NBSP}»"),
    ("«ouverte»", f"«{NBSP}ouverte{NBSP}»"),
    ("Pourquoi\u202f?", "Pourquoi\u202f?"),  # a narrow no-break space is tolerated
    (f"Membres{NBSP}: Président", f"Membres{NBSP}: Président"),
])
def test_the_pass_spaces_french_text(wrong, right):
    assert french_text(wrong) == right
    assert not faults(right)


def test_data_typed_with_ordinary_spaces_is_typeset_as_the_pages_are():
    """A writer types ordinary spaces in the data too: the reader typesets
    every French text (and leaves the English as typed)."""
    data = {"title": {"fr": "Annexe A : Rôles ; « ouverte »", "en": "Annex A: Roles ; keep"},
            "items": [{"fr": "Pourquoi ?", "en": "Why ?"}]}
    typeset_texts(data)
    assert data == {"title": {"fr": f"Annexe A{NBSP}: Rôles; «{NBSP}ouverte{NBSP}»", "en": "Annex A: Roles ; keep"},
                    "items": [{"fr": "Pourquoi?", "en": "Why ?"}]}


@pytest.mark.parametrize("kept", [
    "https://ouvert.canada.ca/fr et mailto:x@y.ca",
    "à 12:30, le 2022-07-01",
    "`a : b ; c`",
    "```\nclé : valeur ; autre\n```\n",
    "<!-- plan-block:3 -->",
    '<span style="color: red">',
    "[^2]: Membres du PGO",
])
def test_the_pass_leaves_addresses_times_code_and_markdown_syntax_alone(kept):
    assert french_markdown(kept) == kept
