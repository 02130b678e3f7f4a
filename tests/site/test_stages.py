"""Each stage of the site's plugin, on small sites built in the test process
(`build(load_config(…))`, as mkdocs-static-i18n tests itself): where each
language's pages go, search per language, the macros' blocks, the anchors
they add, the home pages' language links, the one-page plan, the dates
modified and the settings the build checks first."""
from __future__ import annotations

import datetime
import json
import logging
import os
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from macros.language.languages import DEFAULT, LANGUAGES, REGISTRY

from tests.conftest import ROOT

SITE_URL = "https://example.org/sub/"
NAV = ["index.md", "section-01.md", "section-02.md", "plan.md", "guide.md"]


def config_text(languages=REGISTRY, extra="") -> str:
    entries = "\n".join(f"        - {{locale: {language.code}, name: {language.name}, build: true"
                        f"{', default: true, link: /' + language.code + '/' if language.default else ''}}}"
                        for language in languages)
    return f"""site_name: Site
site_url: {SITE_URL}
theme:
  name: material
  custom_dir: {ROOT / "overrides"}
  language: {DEFAULT}
  font: false
  features: [navigation.footer]
extra:
  report_problem_url: "mailto:?subject=x"
markdown_extensions: [attr_list, footnotes, toc]
plugins:
  - search
  - i18n:
      docs_structure: folder
      fallback_to_default: false
      languages:
{entries}
  - opengov
validation:
  anchors: warn
{extra}"""


def pages(lang: str) -> dict[str, str]:
    return {
        "index.md": f"# Accueil {lang}\n\n{{{{ plan_parts() }}}}\n",
        "section-01.md": (f"# 1. Un {lang}\n\nLe texte un.[^un] Voir [la section deux](section-02.md#deux) et "
                          f"[la figure](#figure-3).\n\n{{{{ figure(\"3\") }}}}\n\n[^un]: Note un.\n"),
        "section-02.md": f"# 2. Deux {lang} {{ #deux }}\n\nLe texte deux, par la {{{{ org(\"psc\") }}}}.[^deux]\n\n"
                         "[^deux]: Note deux.\n",
        "plan.md": f"---\nwhole_plan: true\n---\n\n# Plan {lang}\n\nLe plan entier.\n",
        "guide.md": f"# Guide {lang}\n\n{{{{ guide_myths() }}}}\n",
    }


def small_project(folder: Path, menu=NAV, **config) -> Path:
    """A site of five pages per language on the project's data and theme,
    `menu` its data/navigation.yml's entries."""
    folder.mkdir(parents=True)
    shutil.copytree(ROOT / "data", folder / "data")
    (folder / "data" / "navigation.yml").write_text(json.dumps({"menu": menu}), encoding="utf-8")
    for lang in LANGUAGES:
        (folder / "docs" / lang).mkdir(parents=True)
        for name, text in pages(lang).items():
            (folder / "docs" / lang / name).write_text(text, encoding="utf-8")
    (folder / "mkdocs.yml").write_text(config_text(**config), encoding="utf-8")
    return folder


def built(project: Path) -> Path:
    site = project / "site"
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=True))
    return site


def build_errors(project: Path, caplog) -> list[str]:
    """What a build that must fail says, at warning level and above."""
    caplog.clear()
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        built(project)
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING]


def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def day(value: str) -> float:
    return datetime.datetime.fromisoformat(value).timestamp()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = small_project(tmp_path_factory.mktemp("small") / "project")
    # No git here: each file's date is its modification time.
    for path in (project / "docs").rglob("*.md"):
        os.utime(path, (day("2023-01-10"), day("2023-01-10")))
    for name, date in (("plan.yml", "2024-01-10"), ("progress.yml", "2024-02-10"), ("guide.yml", "2025-06-10")):
        os.utime(project / "data" / name, (day(date), day(date)))
    return built(project)


def test_every_language_is_built_under_its_own_folder_and_the_root_pages_are_both(site):
    pages_built = sorted(path.relative_to(site).as_posix() for path in site.rglob("index.html"))
    expected = sorted(["index.html"] + [f"{lang}/index.html" for lang in LANGUAGES]
                      + [f"{lang}/{name[:-3]}/index.html" for lang in LANGUAGES for name in NAV if name != "index.md"])
    assert pages_built == expected  # the default language too is under its folder, none at the root
    for name in ("index.html", "404.html"):
        parts = soup(site, name).select("section[lang]")
        assert [part["lang"] for part in parts] == list(LANGUAGES), name


def test_each_language_searches_its_own_pages(site):
    for lang in LANGUAGES:
        index = json.loads((site / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["config"]["lang"] == [lang]
        titles = sorted(doc["title"] for doc in index["docs"] if "#" not in doc["location"])
        assert titles == sorted(f"{title} {lang}" for title in ("Accueil", "1. Un", "2. Deux", "Plan", "Guide"))
        for doc in index["docs"]:
            page = doc["location"].split("#")[0]
            assert (site / lang / page / "index.html").exists() or (site / lang / page).exists(), doc["location"]
        config = json.loads(soup(site, f"{lang}/section-01/index.html").find("script", id="__config").string)
        assert config["base"].endswith(f"/{lang}/") and "search-readers.js?material=search." in config["search"]


def test_the_macros_blocks_are_put_back_and_the_figures_kept_from_search(site):
    for lang in LANGUAGES:
        page = soup(site, f"{lang}/section-01/index.html")
        figure = page.find("figure", id="figure-3")
        assert figure is not None and figure.find("svg", attrs={"role": "img"}) is not None
        levels = [text.get_text() for text in figure.find_all("text")]
        assert len(levels) >= 12  # six numbers, six names
        for path in site.rglob("*.html"):
            assert "plan-block" not in path.read_text(encoding="utf-8"), path
        index = (site / lang / "search" / "search_index.json").read_text(encoding="utf-8")
        names = [words for words in levels if not words.isdigit()]  # the levels' names, not their numbers
        assert "Le texte un." in index and names and not any(name in index for name in names)


def test_links_to_the_ids_the_macros_give_are_known_to_the_anchor_check(site, tmp_path, caplog):
    for lang in LANGUAGES:  # the site above links to #figure-3, which only the macro gives
        assert soup(site, f"{lang}/section-01/index.html").find("a", href="#figure-3") is not None
    project = small_project(tmp_path / "project")
    page = project / "docs" / "en" / "section-02.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [nothing](section-01.md#figure-99).\n", encoding="utf-8")
    errors = build_errors(project, caplog)
    assert any("section-01.md#figure-99" in error for error in errors), errors


def test_the_home_pages_language_links_are_relative(site):
    for lang in LANGUAGES:
        links = {link["hreflang"]: link["href"] for link in soup(site, f"{lang}/index.html").select("link[rel=alternate][hreflang]")}
        assert links == {other: "./" if other == lang else f"../{other}/" for other in LANGUAGES}


def test_the_one_page_plan_holds_every_section_one_level_down_with_its_footnotes_merged(site):
    for lang in LANGUAGES:
        article = soup(site, f"{lang}/plan/index.html").find("article")
        assert [h.get_text() for h in article.find_all("h1")] == [f"Plan {lang}"]
        assert [h.get_text(" ", strip=True) for h in article.find_all("h2")] == [f"1. Un {lang}", f"2. Deux {lang}"]
        notes = article.select("div.footnote li")
        assert len(article.select("div.footnote")) == 1 and len(notes) == 2
        assert [a.get_text() for a in article.select("a.footnote-ref")] == ["1", "2"]
        assert article.find("a", string="la section deux")["href"] == "#deux"  # the link between sections stays in the page


def test_a_page_is_dated_by_its_source_and_by_what_its_macros_read(site):
    def date(path):
        return soup(site, path).select_one(".date-modified time")["datetime"]
    for lang in LANGUAGES:
        assert date(f"{lang}/guide/index.html") == "2025-06-10"    # the guide's data
        assert date(f"{lang}/section-02/index.html") == "2024-02-10"  # the plan and its progress reports
        assert date(f"{lang}/index.html") == "2023-01-10"          # the section pages whose titles it lists
        assert date(f"{lang}/plan/index.html") == "2024-02-10"     # its sections and what they read


def test_the_languages_of_mkdocs_yml_must_be_the_registrys(tmp_path, caplog):
    project = small_project(tmp_path / "project", languages=tuple(reversed(REGISTRY)))
    errors = build_errors(project, caplog)
    assert any("plugins.i18n.languages lists en (English), fr (Français, default); expected fr (Français, default), "
               "en (English)" in error for error in errors), errors


def test_a_menu_typed_into_mkdocs_yml_is_refused_for_the_menus_file(tmp_path, caplog):
    project = small_project(tmp_path / "project", extra="nav: [index.md, section-01.md]\n")
    errors = build_errors(project, caplog)
    assert any("mkdocs.yml holds a nav: the menu is data/navigation.yml" in error for error in errors), errors


def test_a_failed_build_leaves_no_filter_on_mkdocs_log(tmp_path, caplog):
    project = small_project(tmp_path / "project")
    page = project / "docs" / "en" / "section-02.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n{{ org(\"nope\") }}\n", encoding="utf-8")
    build_errors(project, caplog)
    assert not [f for f in logging.getLogger("mkdocs.commands.build").filters if type(f).__name__ == "I18nLoggingFilter"]
