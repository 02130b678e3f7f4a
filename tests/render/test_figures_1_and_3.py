"""Figure 1 (the President's photo) and Figure 3's long description, in both
languages: Figure 1 keeps the plan's caption and alt text, says plainly
that the photo is not reproduced until its file is supplied, then shows it
with its alt text; Figure 3's description is the plan's own text (and its
translation), in Annex C with the other long descriptions, linked from the
figure. Renderers are called directly; the built site is read as a reader
gets it."""
from __future__ import annotations

import copy
import re

import markdown
import pytest
from bs4 import BeautifulSoup

from macros.data.plan import Plan
from macros.language.labels import LANGUAGES, label
from macros.render import descriptions
from macros.render.figures import figure_html

from tests.conftest import ROOT
from tests.data.test_data import SOURCE, plain

LANGS = pytest.mark.parametrize("lang", LANGUAGES)


def parse(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def test_figure_1_keeps_the_plans_caption_and_alt_text(plan):
    photo = plan["plan"]["president_photo"]
    caption = re.search(r"^Figure 1 : (.*)$", SOURCE, re.MULTILINE).group(1)
    alt = re.search(r"^\[image: (Le président de la CFP[^\]]*)\]$", SOURCE, re.MULTILINE).group(1)
    assert plain(photo["caption"]["fr"]) == plain(caption)
    assert plain(photo["alt"]["fr"]) == plain(alt)
    assert photo["caption"]["en"].startswith("Photo of Patrick Borbey") and photo["alt"]["en"].endswith("Patrick Borbey.")


@LANGS
def test_until_its_file_is_supplied_figure_1_says_the_photo_is_not_reproduced(plan, lang):
    assert "file" not in plan["plan"]["president_photo"], "the photo is supplied: this test describes the figure without it"
    figure = parse(figure_html(plan, "1", lang, f"{lang}/section-01/")).figure
    assert figure["id"] == "figure-1" and figure.img is None
    assert figure.figcaption.get_text() == label(lang, "figure_1", n="1", caption=plan["plan"]["president_photo"]["caption"][lang])
    # In the photo's place, a frame of its size that says it is not here, in words a screen reader reads too.
    frame = figure.svg
    said = label(lang, "photo_not_reproduced")
    assert said.startswith({"fr": "La photo n’est pas reproduite", "en": "The photo is not reproduced"}[lang])
    assert frame["role"] == "img" and frame.find("title").get_text() == said and not frame.get("aria-labelledby")
    assert figure["aria-labelledby"] == figure.figcaption["id"]
    assert " ".join(t.get_text(" ") for t in frame.find_all("text")).split() == said.split()


@LANGS
def test_once_supplied_figure_1_shows_the_photo_with_its_alt_text(plan, lang):
    data = copy.deepcopy(plan.data)
    data["plan"]["president_photo"]["file"] = "assets/figures/figure-1.jpg"
    supplied = Plan(data)
    figure = parse(figure_html(supplied, "1", lang, f"{lang}/section-01/")).figure
    assert figure.img["src"] == "../../assets/figures/figure-1.jpg"  # from /fr/section-01/ to docs/assets/figures/
    assert figure.img["alt"] == plan["plan"]["president_photo"]["alt"][lang]
    assert figure.svg is None and label(lang, "photo_not_reproduced") not in figure.get_text()
    assert figure.figcaption.get_text().startswith("Figure 1")


def test_a_photo_named_in_the_data_is_in_docs(plan):
    photo = plan["plan"]["president_photo"]
    if "file" in photo:
        assert (ROOT / "docs" / photo["file"]).is_file(), f"data/plan.yml names docs/{photo['file']}, which is missing"


@pytest.mark.parametrize("page", ["section-01", "plan"])
def test_figure_1_opens_the_presidents_message_in_both_languages(built, page):
    """No empty figure, no image without its alt text: the reader meets the
    caption and, until the photo comes, a sentence saying it is not here."""
    site, _ = built
    for lang in LANGUAGES:
        html = parse((site / lang / page / "index.html").read_text(encoding="utf-8"))
        figure = html.find(id="figure-1")
        assert figure is not None and figure.name == "figure", f"docs/{lang}/section-01.md: no Figure 1"
        assert figure.figcaption.get_text(strip=True).startswith("Figure 1")
        assert figure.find_previous("h1" if page == "section-01" else "h2").get_text(strip=True).startswith("1.")
        shown = figure.find_all(["img", "svg"])
        assert len(shown) == 1, f"docs/{lang}/section-01.md: Figure 1 shows nothing, or more than the photo or its frame"
        assert shown[0].get("alt", "").strip() if shown[0].name == "img" else shown[0].title.get_text(strip=True)
        if shown[0].name == "svg":
            assert label(lang, "photo_not_reproduced") in figure.get_text()


def figure_3_text() -> str:
    """The plan's description of Figure 3, right under its title in section 5."""
    return re.search(r"^ ?(La figure 3 décrit .*)$", SOURCE, re.MULTILINE).group(1)


def test_figure_3_s_description_is_the_plans_own_text(plan):
    [description] = [d for d in plan["long_descriptions"] if d["figure"] == "3"]
    assert [plain(p["fr"]) for p in description["paragraphs"]] == [plain(figure_3_text())]
    english = description["paragraphs"][0]["en"]
    assert english.startswith("Figure 3 describes the 6 maturity levels.")
    for level in plan["maturity"]["levels"]:
        assert f"level {level['level']}" in english.lower() and level["name"]["en"].lower() in english.lower()


@LANGS
def test_annex_c_gives_figure_3_s_description_and_links_back(plan, lang):
    annex = descriptions.long_descriptions(plan, lang, f"{lang}/section-c/")  # Markdown headings, HTML blocks
    html = parse(markdown.markdown(annex, extensions=["attr_list"]))
    heading = html.find(id="description-figure-3")
    assert heading is not None and heading.get_text().startswith("Figure 3")
    block = heading.find_next("div", class_="long-description")
    [description] = [d for d in plan["long_descriptions"] if d["figure"] == "3"]
    assert block.p.get_text() == description["paragraphs"][0][lang]
    assert block.find("a", href="../section-05/#figure-3")


def test_figure_3_links_to_its_description_in_both_languages(built):
    site, _ = built
    for lang in LANGUAGES:
        section = parse((site / lang / "section-05" / "index.html").read_text(encoding="utf-8"))
        link = section.find(id="figure-3").select_one("a.figure-description-link")
        assert link["href"] == "../section-c/#description-figure-3"
        assert link.get_text() == label(lang, "long_description_link", n="3")
        assert section.find(id="maturity-levels"), "the levels table stays beside the figure"
        annex = parse((site / lang / "section-c" / "index.html").read_text(encoding="utf-8"))
        text = " ".join(annex.find(id="description-figure-3").find_next("div", class_="long-description").p.get_text().split())
        expected = {"fr": "La figure 3 décrit les 6 niveaux de maturité.", "en": "Figure 3 describes the 6 maturity levels."}
        assert text.startswith(expected[lang]), f"docs/{lang}/section-c.md: Figure 3's description is missing"
