"""Acronym marking (macros/language/acronyms.py), called directly on HTML fragments:
text is marked, the first use is spelled out in the text, later ones carry
their name in a title, and tags, attributes and elements whose text must
stay as it is are left alone."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.language.acronyms import TOKEN, mark

ENTRIES = {"SGO": "Secteur de la gouvernance", "GC": "gouvernement du Canada", "ÉDP": "Équipe des données",
           "ZZQ": "The Z team"}


def marked(html: str) -> BeautifulSoup:
    return BeautifulSoup(mark(html, ENTRIES), "html.parser")


def uses(soup) -> list[tuple[str, str | None, str | None]]:
    """(acronym, its title, the name spelled out after it) for each <abbr>."""
    found = []
    for abbr in soup.find_all("abbr"):
        after = abbr.find_next_sibling()
        spelled = after.get_text() if after is not None and "expansion" in after.get("class", []) \
            and abbr.next_sibling is after else None
        found.append((abbr.get_text(), abbr.get("title"), spelled))
    return found


def test_the_first_use_is_spelled_out_in_the_text_and_later_ones_carry_a_title():
    soup = marked("<p>Le SGO et le GC.</p><p>Encore le SGO, puis l’ÉDP.</p>")
    assert uses(soup) == [("SGO", None, f" ({ENTRIES['SGO']})"), ("GC", None, f" ({ENTRIES['GC']})"),
                          ("SGO", ENTRIES["SGO"], None), ("ÉDP", None, f" ({ENTRIES['ÉDP']})")]
    # Everyone reads the name: it is text, not a title or a screen reader's only.
    assert soup.get_text() == ("Le SGO (Secteur de la gouvernance) et le GC (gouvernement du Canada)."
                               "Encore le SGO, puis l’ÉDP (Équipe des données).")


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
    # The <abbr> a renderer wrote is not marked again: it is the first use, spelled out with its own title.
    assert uses(soup) == [("GC", None, " (autre)"), ("GC", ENTRIES["GC"], None)]


@pytest.mark.parametrize("html", [
    '<div title="The ZZQ < team">ZZQ</div>',
    "<div title='a <b> ZZQ'>ZZQ</div>",
    '<div data-x="1 > 0 ZZQ" title="ZZQ">ZZQ</div>',
    '<!-- ZZQ <p title="x"> --><div>ZZQ</div>',
    '<script>var a = "<p title=\'x\'>ZZQ";</script><div>ZZQ</div>',
    '<textarea>ZZQ <b></textarea><div>ZZQ</div>',
])
def test_only_text_is_marked_never_an_attribute_a_comment_or_raw_text(html):
    """A quoted attribute may hold "<" and ">" (HTML's grammar): the
    attribute stays as written, and the text after the tag is marked."""
    out = mark(html, ENTRIES)
    assert out.count("<abbr") == 1, out
    assert out.endswith('<div><abbr>ZZQ</abbr><span class="expansion"> (The Z team)</span></div>') or \
        re.search(r'>\s*<abbr>ZZQ</abbr><span class="expansion"> \(The Z team\)</span></div>$', out), out
    # Everything before the marked text is unchanged.
    assert out.startswith(html[:html.rindex(">ZZQ</div>") + 1])


def test_a_self_closing_element_does_not_hide_the_text_after_it():
    soup = marked('<svg viewBox="0 0 1 1"/><p>Le SGO.</p><svg><text>x</text></svg>')
    assert uses(soup) == [("SGO", None, f" ({ENTRIES['SGO']})")]


def test_an_acronym_right_after_its_name_is_not_spelled_out_again():
    soup = marked("<p>Le <a href='#'>Secteur de la gouvernance</a> (SGO) et le GC. Le SGO.</p>")
    assert uses(soup) == [("SGO", None, None), ("GC", None, f" ({ENTRIES['GC']})"), ("SGO", ENTRIES["SGO"], None)]


def test_an_acronym_the_text_defines_in_parentheses_is_not_spelled_out():
    """"le quatrième plan de la gouvernance (SGO)": the text names it in its own words."""
    soup = marked("<p>Le quatrième plan de la gouvernance (SGO) et le GC. Le SGO.</p>")
    assert uses(soup) == [("SGO", None, None), ("GC", None, f" ({ENTRIES['GC']})"), ("SGO", ENTRIES["SGO"], None)]


def test_headings_are_never_spelled_out_and_leave_the_first_use_to_the_prose():
    soup = marked('<h2 id="sgo">Le SGO et le <code>GC</code></h2><p>Le SGO.</p>')
    assert soup.h2.abbr["title"] == ENTRIES["SGO"] and soup.h2.select(".expansion") == []
    assert soup.h2.code.find("abbr") is None
    assert uses(soup.p) == [("SGO", None, f" ({ENTRIES['SGO']})")]


def test_an_acronym_a_renderer_wrote_is_a_use_the_first_one_spelled_out():
    """An organization in a table (`parties`) or named by `org()` is an
    <abbr title>: the page's first use of it is spelled out like any other."""
    soup = marked(f'<td><abbr title="{ENTRIES["SGO"]}">SGO</abbr></td><p>Le SGO.</p>'
                  f'<td><abbr title="{ENTRIES["SGO"]}">SGO</abbr></td>')
    assert uses(soup) == [("SGO", None, f" ({ENTRIES['SGO']})"), ("SGO", ENTRIES["SGO"], None),
                          ("SGO", ENTRIES["SGO"], None)]


def test_annex_bs_definitions_and_french_acronyms_stay_as_written():
    html = (f'<th><abbr title="{ENTRIES["SGO"]}" data-defined>SGO</abbr></th><td><abbr lang="fr" title="x">GC</abbr></td>'
            '<p>Le SGO et le GC.</p>')
    soup = marked(html)
    assert uses(soup) == [("SGO", ENTRIES["SGO"], None), ("GC", "x", None), ("SGO", ENTRIES["SGO"], None),
                          ("GC", None, f" ({ENTRIES['GC']})")]


class _Texts(HTMLParser):
    """The text of a page as Python's HTML parser splits it (its tokenizer
    follows the same grammar), to compare with TOKEN's."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.texts, self.raw = [], None

    def handle_starttag(self, tag, attrs):
        self.raw = tag if tag in ("script", "style", "textarea", "title") else None

    def handle_endtag(self, tag):
        self.raw = None

    def handle_data(self, data):
        if self.raw is None:
            self.texts.append(data)

    def handle_charref(self, name):
        self.handle_data(f"&#{name};")

    def handle_entityref(self, name):
        self.handle_data(f"&{name};")


def test_the_tokenizer_finds_the_text_pythons_html_parser_finds(built):
    """On every page of the built site, the text between TOKEN's tokens is
    the text Python's HTML parser reports (both skip raw text)."""
    site, _ = built
    for page in [site / "en" / "plan" / "index.html", site / "fr" / "section-10" / "index.html",
                 site / "fr" / "section-b" / "index.html", site / "404.html"]:
        html = page.read_text(encoding="utf-8")
        parser = _Texts()
        parser.feed(html)
        parser.close()
        ours = [text for text in TOKEN.split(html)[::2] if text]
        assert "".join(ours) == "".join(parser.texts), Path(page).relative_to(site)
