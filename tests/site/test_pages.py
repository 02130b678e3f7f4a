"""Pages without hand edits: the landing pages' list of the plan's parts
comes from `nav` (macros/render/navigation.py, macros/plugin/pages.py), and a
page without its twin or outside `nav` stops the build by name."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from macros.plugin.pages import nav_files, page_title, plan_parts, problems
from macros.language.languages import LANGUAGES
from macros.render.navigation import parts_list

from tests.conftest import ROOT, mkdocs_build, project_copy

NAV = ["index.md", {"Plan": ["section-01.md", {"Annexe": "section-a.md"}]}, "guide.md",
       {"Ailleurs": "https://example.org/x.md"}]


def test_nav_files_are_the_pages_of_nav_in_order():
    assert nav_files(NAV) == ["index.md", "section-01.md", "section-a.md", "guide.md"]


def test_a_page_title_is_its_front_matter_title_else_its_heading():
    assert page_title("---\ntitle: Court\n---\n\n# Titre long\n", "x") == "Court"
    assert page_title("---\nhide: [toc]\n---\n\n# Titre { #id }\n\nTexte.\n", "x") == "Titre"
    assert page_title("Pas de titre.\n", "x.md") == "x.md"


def test_the_parts_list_links_every_section_page_of_nav_with_its_title(tmp_path):
    for lang in LANGUAGES:
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "section-01.md").write_text("# 1. Un\n", encoding="utf-8")
        (tmp_path / lang / "section-a.md").write_text("---\ntitle: Annexe A\n---\n# Annexe A : long\n", encoding="utf-8")
    parts = plan_parts(nav_files(NAV), tmp_path)
    assert parts["fr"] == [("section-01.md", "1. Un"), ("section-a.md", "Annexe A")]
    assert parts_list(parts["fr"], "index.md") == "- [1. Un](section-01.md)\n- [Annexe A](section-a.md)"
    assert parts_list(parts["fr"], "sub/page.md").startswith("- [1. Un](../section-01.md)")


def test_a_title_with_markup_is_listed_as_text():
    listed = parts_list([("section-01.md", "<script>x</script> & co"), ("section-a.md", "A")], "index.md")
    assert "<script>" not in listed and "&lt;script&gt;x&lt;/script&gt; &amp; co" in listed


def test_each_missing_page_is_named_with_its_language():
    found = {"fr": {"index.md", "a.md", "b.md"}, "en": {"index.md", "c.md", "b.md"}}
    lines = problems(found, ["index.md", "a.md", "c.md", "d.md"])
    assert lines == [
        "docs/en/a.md: missing; the English twin of docs/fr/a.md (French) must exist, with the same file name",
        "docs/fr/b.md: not in nav of mkdocs.yml: add '- b.md' where the page belongs in the menu "
        "(one entry serves both languages)",
        "docs/fr/c.md: missing; the French twin of docs/en/c.md (English) must exist, with the same file name",
        "mkdocs.yml: nav names d.md, but neither docs/fr/d.md nor docs/en/d.md exists: write both pages, "
        "or take d.md out of nav",
    ]
    assert problems({"fr": {"index.md"}, "en": {"index.md"}}, ["index.md"]) == []


def section_pages_of_nav() -> list[str]:
    return re.findall(r"^  - (section-[\w-]+)\.md$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)


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
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - section-c.md\n", "  - section-c.md\n  - section-d.md\n"),
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
    assert "docs/en/progress-2023.md: missing; the English twin of docs/fr/progress-2023.md" in result.stderr
    assert "docs/fr/progress-2023.md: not in nav" in result.stderr
    assert "docs/en/section-b.md: missing; the English twin of docs/fr/section-b.md" in result.stderr
