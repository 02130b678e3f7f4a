"""Pages without hand edits: the menu is the writers' file
data/navigation.yml (macros/data/navigation.py), the landing pages' list of
the plan's parts comes from it (macros/render/navigation.py,
macros/plugin/pages.py), and a page without its twin or outside the menu
stops the build by name."""
from __future__ import annotations


from bs4 import BeautifulSoup

import pytest
import yaml

from macros.data.navigation import read_navigation
from macros.data.plan import DataError
from macros.plugin.pages import page_title, plan_parts, problems
from macros.language.languages import LANGUAGES
from macros.render.navigation import parts_list

from tests.conftest import ROOT, mkdocs_build, project_copy

MENU = """menu:
  - index.md
  - section-01.md:
      - section-a.md
  - guide.md
  - link: https://example.org/x.md
    title: {fr: Ailleurs, en: Elsewhere}
"""


def test_the_menu_lists_its_pages_in_order_with_their_lines_sections_and_links():
    menu = read_navigation(MENU, "data/navigation.yml")
    assert menu.pages() == ["index.md", "section-01.md", "section-a.md", "guide.md"]
    assert menu.lines == {"index.md": 2, "section-01.md": 3, "section-a.md": 4, "guide.md": 5}
    assert menu.nav == ["index.md", {"section:section-01.md": ["section-01.md", "section-a.md"]}, "guide.md",
                        {"https://example.org/x.md": "https://example.org/x.md"}]
    assert menu.links == {"https://example.org/x.md": {"fr": "Ailleurs", "en": "Elsewhere"}}


@pytest.mark.parametrize("text, place, expected", [
    ("menu:\n  - index.md\n  - guide.md\n  - index.md\n",
     "data/navigation.yml:4:", "index.md is already in the menu, on line 2"),
    ("menu:\n  - index.md\n  - Guide.MD\n", "data/navigation.yml:3:", ""),
    ("menu:\n  - index.md\n  - link: javascript:alert(1)\n    title: {fr: Mal, en: Evil}\n",
     "data/navigation.yml:3:", ""),
    ("menu:\n  - index.md\n  - link: https://example.org/\n    title: {fr: '=1+1', en: Evil}\n",
     "data/navigation.yml:4:", ""),
    ("nav:\n  - index.md\n", "data/navigation.yml:1:", ""),
])
def test_a_wrong_menu_is_refused_at_its_line(text, place, expected):
    with pytest.raises(DataError) as refused:
        read_navigation(text, "data/navigation.yml")
    problem = refused.value.problems[0]
    assert str(problem).startswith(place) and expected in str(problem), str(problem)


def test_the_project_menu_is_the_projects_pages():
    menu = read_navigation((ROOT / "data" / "navigation.yml").read_text(encoding="utf-8"), "data/navigation.yml")
    for lang in LANGUAGES:
        assert sorted(menu.pages()) == sorted(path.name for path in (ROOT / "docs" / lang).glob("*.md"))


def test_a_page_title_is_its_front_matter_title_else_its_heading():
    assert page_title("---\ntitle: Court\n---\n\n# Titre long\n", "x") == "Court"
    assert page_title("---\nhide: [toc]\n---\n\n# Titre { #id }\n\nTexte.\n", "x") == "Titre"
    assert page_title("Pas de titre.\n", "x.md") == "x.md"


def test_the_parts_list_links_every_section_page_of_nav_with_its_title(tmp_path):
    for lang in LANGUAGES:
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "section-01.md").write_text("# 1. Un\n", encoding="utf-8")
        (tmp_path / lang / "section-a.md").write_text("---\ntitle: Annexe A\n---\n# Annexe A : long\n", encoding="utf-8")
    parts = plan_parts(read_navigation(MENU, "x").pages(), tmp_path)
    assert parts["fr"] == [("section-01.md", "1. Un"), ("section-a.md", "Annexe A")]
    assert parts_list(parts["fr"], "index.md") == "- [1. Un](section-01.md)\n- [Annexe A](section-a.md)"
    assert parts_list(parts["fr"], "sub/page.md").startswith("- [1. Un](../section-01.md)")


def test_a_title_with_markup_is_listed_as_text():
    listed = parts_list([("section-01.md", "<script>x</script> & co"), ("section-a.md", "A")], "index.md")
    assert "<script>" not in listed and "&lt;script&gt;x&lt;/script&gt; &amp; co" in listed


def test_each_missing_page_is_named_with_its_language():
    found = {"fr": {"index.md", "a.md", "b.md"}, "en": {"index.md", "c.md", "b.md"}}
    lines = problems(found, ["index.md", "a.md", "c.md", "d.md"], {"d.md": 7})
    assert lines == [
        "docs/en/a.md: missing: it is the English twin of docs/fr/a.md, which exists; write it, under the same file name",
        "docs/fr/b.md: this page is not in the menu: add `- b.md` to data/navigation.yml, where it belongs "
        "(one entry serves every language)",
        "docs/fr/c.md: missing: it is the French twin of docs/en/c.md, which exists; write it, under the same file name",
        "data/navigation.yml:7: the menu lists d.md, but there is no such page (docs/fr/d.md, docs/en/d.md): "
        "write it in every language, or take d.md out of the menu",
    ]
    assert problems({"fr": {"index.md"}, "en": {"index.md"}}, ["index.md"]) == []


def section_pages_of_nav() -> list[str]:
    menu = yaml.safe_load((ROOT / "data" / "navigation.yml").read_text(encoding="utf-8"))["menu"]
    return [entry[:-3] for entry in menu if isinstance(entry, str) and entry.startswith("section-")]


def landing_links(site, lang) -> list[tuple[str, str]]:
    soup = BeautifulSoup((site / lang / "index.html").read_text(encoding="utf-8"), "html.parser")
    for hidden in soup.select(".expansion"):  # an acronym's name, spelled out after its first use
        hidden.decompose()
    heading = soup.article.find("h2")
    return [(a["href"], " ".join(a.get_text(" ").split())) for a in heading.find_next("ul").find_all("a")]


def test_the_landing_pages_list_every_part_of_the_plan_with_its_menu_title(built):
    site, _ = built
    for lang in LANGUAGES:
        links = landing_links(site, lang)
        assert [href for href, _ in links] == [f"{name}/" for name in section_pages_of_nav()]
        for href, text in links:
            page = BeautifulSoup((site / lang / href / "index.html").read_text(encoding="utf-8"), "html.parser")
            menu = page.select_one("nav.md-nav--primary .md-nav__link--active")
            assert text == " ".join(menu.get_text(" ").split())


def test_a_page_added_in_both_languages_appears_on_both_landing_pages(tmp_path):
    project = project_copy(tmp_path / "project")
    for lang, title in (("fr", "Annexe D : Suivi"), ("en", "Annex D: Follow-up")):
        (project / "docs" / lang / "section-d.md").write_text(f"# {title}\n\nText {lang}.\n", encoding="utf-8")
    menu = project / "data" / "navigation.yml"
    menu.write_text(menu.read_text(encoding="utf-8").replace("  - section-c.md\n", "  - section-c.md\n  - section-d.md\n"),
                    encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert landing_links(tmp_path / "site", "fr")[-1] == ("section-d/", "Annexe D : Suivi")
    assert landing_links(tmp_path / "site", "en")[-1] == ("section-d/", "Annex D: Follow-up")


def test_a_page_without_its_twin_stops_the_build_naming_the_missing_file(tmp_path):
    project = project_copy(tmp_path / "project")
    (project / "docs" / "fr" / "progress-2023.md").write_text("# Progrès 2023\n", encoding="utf-8")
    (project / "docs" / "en" / "section-b.md").unlink()
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "docs/en/progress-2023.md: missing: it is the English twin of docs/fr/progress-2023.md" in result.stderr
    assert "docs/fr/progress-2023.md: this page is not in the menu" in result.stderr
    assert "docs/en/section-b.md: missing: it is the English twin of docs/fr/section-b.md" in result.stderr


def test_a_french_writer_reads_the_pages_problems_in_french(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr_CA")
    lines = problems({"fr": {"index.md", "a.md"}, "en": {"index.md"}}, ["index.md"])
    assert lines == [
        # The place, path:line:, is written as tools read it; the words follow French typography.
        "docs/en/a.md: manquante\u00a0: c’est la jumelle en anglais de docs/fr/a.md, qui existe; écrivez-la, "
        "sous le même nom de fichier",
        "docs/fr/a.md: cette page n’est pas au menu\u00a0: ajoutez `- a.md` à data/navigation.yml, là où elle va "
        "(une entrée sert toutes les langues)",
    ]
