"""Acronym marking (macros/language/acronyms.py), called directly on HTML fragments:
text is marked, the first use is spelled out, and tags, attributes and
elements whose text must stay as it is are left alone."""
from __future__ import annotations

from bs4 import BeautifulSoup

from macros.language.acronyms import mark

ENTRIES = {"SGO": "Secteur de la gouvernance", "GC": "gouvernement du Canada", "ÉDP": "Équipe des données"}


def marked(html: str) -> BeautifulSoup:
    return BeautifulSoup(mark(html, ENTRIES), "html.parser")


def test_each_use_is_an_abbr_and_only_the_first_is_spelled_out():
    soup = marked("<p>Le SGO et le GC.</p><p>Encore le SGO, puis l’ÉDP.</p>")
    assert [(a.get_text(), a["title"]) for a in soup.find_all("abbr")] == [
        ("SGO", ENTRIES["SGO"]), ("GC", ENTRIES["GC"]), ("SGO", ENTRIES["SGO"]), ("ÉDP", ENTRIES["ÉDP"])]
    assert [s.get_text() for s in soup.select(".visually-hidden")] == [
        f" ({ENTRIES['SGO']})", f" ({ENTRIES['GC']})", f" ({ENTRIES['ÉDP']})"]


def test_whole_words_only():
    soup = marked("<p>SGOS, GC-1, IM/GC, xGC, GCs</p>")
    assert soup.find("abbr") is None


def test_attributes_and_skipped_elements_are_left_alone():
    html = ('<p title="le SGO"><a href="#GC" data-x="SGO">lien</a></p>'
            '<svg><title>SGO</title><text>GC</text></svg><code>SGO</code>'
            '<abbr title="autre">GC</abbr><pre>GC</pre><p>GC</p>')
    soup = marked(html)
    assert soup.find("p")["title"] == "le SGO" and soup.find("a")["data-x"] == "SGO"
    assert soup.svg.find("abbr") is None and soup.code.find("abbr") is None and soup.pre.find("abbr") is None
    assert [a["title"] for a in soup.find_all("abbr")] == ["autre", ENTRIES["GC"]]


def test_a_self_closing_element_does_not_hide_the_text_after_it():
    soup = marked('<svg viewBox="0 0 1 1"/><p>Le SGO.</p><svg><text>x</text></svg>')
    assert soup.p.abbr["title"] == ENTRIES["SGO"]


def test_an_acronym_right_after_its_expansion_is_not_spelled_out_again():
    soup = marked("<p>Le <a href='#'>Secteur de la gouvernance</a> (SGO) et le GC. Le SGO.</p>")
    assert [a["title"] for a in soup.find_all("abbr")] == [ENTRIES["SGO"], ENTRIES["GC"], ENTRIES["SGO"]]
    assert [s.get_text() for s in soup.select(".visually-hidden")] == [f" ({ENTRIES['GC']})"]


def test_headings_are_never_spelled_out_and_leave_the_first_use_to_the_prose():
    soup = marked('<h2 id="sgo">Le SGO et le <code>GC</code></h2><p>Le SGO.</p>')
    assert soup.h2.abbr["title"] == ENTRIES["SGO"] and soup.h2.select(".visually-hidden") == []
    assert soup.h2.code.find("abbr") is None
    assert [s.get_text() for s in soup.p.select(".visually-hidden")] == [f" ({ENTRIES['SGO']})"]
