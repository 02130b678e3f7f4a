"""The one-page plan, assembled from the section pages' HTML (macros/site/one_page.py
called directly, then the built site), and the footnotes of every page."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from macros.language.labels import label
from macros.language.languages import LANGUAGES
from macros.site.one_page import demoted, duplicate_ids, duplicate_messages, localized_links, merged_footnotes, numbered_footnotes

from tests.conftest import mkdocs_build, project_copy
from tests.site.test_site import page, seen

HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def footnotes(label_: str, number: int) -> str:
    """One footnote list as Python-Markdown writes it."""
    return (f'<div class="footnote">\n<hr />\n<ol>\n<li id="fn:{label_}">\n<p>Note {label_}&#160;'
            f'<a class="footnote-backref" href="#fnref:{label_}" title="Jump back to footnote {number} in the text">'
            '&#8617;</a></p>\n</li>\n</ol>\n</div>')


def reference(label_: str, number: int) -> str:
    return f'<sup id="fnref:{label_}"><a class="footnote-ref" href="#fn:{label_}">{number}</a></sup>'


def test_headings_go_one_level_down():
    html = '<h1 id="a">A</h1><p>h1</p><h3 class="x">B</h3><h5>C</h5><header>D</header>'
    assert demoted(html) == '<h2 id="a">A</h2><p>h1</p><h4 class="x">B</h4><h6>C</h6><header>D</header>'


def test_links_to_assembled_pages_stay_within_the_page():
    html = ('<a href="../section-10/#objective-1">x</a><a href="../section-10/">y</a>'
            '<a href="../guide/">z</a><a href="#here">w</a><a href="https://example.org/">e</a>')
    soup = BeautifulSoup(localized_links(html, {"../section-10/": "10-activity-tables"}), "html.parser")
    assert [a["href"] for a in soup.find_all("a")] == [
        "#objective-1", "#10-activity-tables", "../guide/", "#here", "https://example.org/"]


def test_ids_given_twice_are_found():
    assert duplicate_ids('<h2 id="a"></h2><p id="b"></p><figure id="a"></figure>') == ["a"]
    assert duplicate_ids('<h2 id="a"></h2><p id="b"></p>') == []


def test_footnotes_of_each_section_end_up_in_one_list_numbered_in_order():
    html = (f"<h2>S2</h2><p>a{reference('2', 1)} b{reference('3', 2)}</p>{footnotes('2', 1)}"
            f"<h2>S4</h2><p>c{reference('10', 1)}</p>{footnotes('10', 1)}")
    soup = BeautifulSoup(numbered_footnotes(merged_footnotes(html), "fr"), "html.parser")
    assert [a.get_text() for a in soup.select("a.footnote-ref")] == ["1", "2", "3"]
    [notes] = soup.select("div.footnote")
    assert soup.find_all(HEADINGS)[-1].find_next("div") is notes
    assert [li["id"] for li in notes.select("li")] == ["fn:2", "fn:10"]


def test_footnote_links_are_named_for_screen_readers():
    """A reference is "Note 2" (not "2"), its link back "Retour au texte" (not "↩")."""
    html = f"<p>a{reference('x', 1)} b{reference('y', 2)}</p>{footnotes('x', 1)}"
    soup = BeautifulSoup(numbered_footnotes(html, "fr"), "html.parser")
    assert [(a.get_text(), a["aria-label"]) for a in soup.select("a.footnote-ref")] == [("1", "Note 1"), ("2", "Note 2")]
    assert [(a["aria-label"], a["title"]) for a in soup.select("a.footnote-backref")] == [("Retour au texte", "Retour au texte")]
    assert "Back to text" in numbered_footnotes(html, "en") and "Footnote 2" in numbered_footnotes(html, "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footnote_links_are_named_in_the_pages_language(built, lang):
    site, _ = built
    soups = [BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
             for html_file in sorted((site / lang).rglob("index.html"))]
    back = [a["aria-label"] for soup in soups for a in soup.select("a.footnote-backref")]
    assert back and set(back) == {label(lang, "footnote_back")}, back
    references = [(a["aria-label"], a.get_text()) for soup in soups for a in soup.select("a.footnote-ref")]
    assert references and all(name == label(lang, "footnote_link", number=text) for name, text in references), references


def text_paragraphs(article) -> list:
    """The paragraphs of the page's text, without the page's furniture."""
    return [p for p in article.find_all("p")
            if not p.find_parent(class_=["print-header", "page-details"])]


def section_pages(site, lang):
    return sorted(path.parent.name for path in (site / lang).glob("section-*/index.html"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_one_page_plan_holds_every_section_one_level_down(built, lang):
    site, _ = built
    html = page(site, f"{lang}/plan/index.html")
    plan_page = html.article
    headings = [("h1", seen(plan_page.h1))]
    own = [p for p in text_paragraphs(plan_page) if p.find_previous(HEADINGS) is plan_page.h1]
    paragraphs = len(own)
    for name in section_pages(site, lang):
        article = page(site, f"{lang}/{name}/index.html").article
        headings += [(f"h{int(h.name[1]) + 1}", seen(h)) for h in article.find_all(HEADINGS)]
        paragraphs += len(text_paragraphs(article))
    assert len(section_pages(site, lang)) == 13
    assert [(h.name, seen(h)) for h in plan_page.find_all(HEADINGS)] == headings
    assert len(text_paragraphs(plan_page)) == paragraphs
    toc = [a["href"] for a in html.select_one("nav.md-nav--secondary").select("a")]
    assert toc == [f"#{h['id']}" for h in plan_page.find_all(HEADINGS[1:])]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_links_between_sections_stay_on_the_one_page_plan(built, lang):
    site, _ = built
    article = page(site, f"{lang}/plan/index.html").article
    ids = {element["id"] for element in article.find_all(id=True)}
    hrefs = [a["href"] for a in article.find_all("a", href=True)]
    assert not [href for href in hrefs if href.startswith("../section-")]
    assert [href for href in hrefs if href.startswith("#")]
    assert all(href[1:] in ids for href in hrefs if href.startswith("#"))
    assert [a.get_text() for a in article.select("a.footnote-ref")] == [str(n) for n in range(1, 12)]


def test_an_id_on_two_section_pages_stops_the_build(tmp_path):
    project = project_copy(tmp_path / "project")
    with (project / "docs" / "en" / "section-01.md").open("a", encoding="utf-8") as text:
        text.write("\n## Background { #2-background-and-context }\n\nA heading with the id of section 2's title.\n")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "en/plan.md" in result.stderr and "2-background-and-context" in result.stderr


def test_each_id_twice_in_the_one_page_plan_is_told_once_with_the_parts_that_hold_it():
    parts = {"docs/en/section-01.md": '<h2 id="goals">G</h2><sup id="fnref:a"></sup><li id="fn:a">A</li>',
             "docs/en/section-02.md": '<h2 id="goals">G</h2><sup id="fnref:a"></sup><li id="fn:a">B</li>'}
    assert duplicate_messages("".join(parts.values()), parts) == [
        "the note [^a] is in more than one part (docs/en/section-01.md, docs/en/section-02.md): "
        "give it another label in one of them ([^a-2])",
        "the id goals is in more than one part (docs/en/section-01.md, docs/en/section-02.md): give one of the "
        "headings another title or its own id (`## Title { #another-id }`); a figure or a table is shown in one part only",
    ]
    assert duplicate_messages(parts["docs/en/section-01.md"], parts) == []
