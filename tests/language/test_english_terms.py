"""One French term, one English rendering; no French acronym on an English
page. The renderings chosen are written in source/terms.yml (CI runs on a
clean clone: the team's notes outside the project are not there); these
tests hold every English page, as built, and every English text of the data
to them."""
from __future__ import annotations

import re
from functools import lru_cache

import pytest
import yaml
from bs4 import BeautifulSoup

from macros.language.labels import LABELS

from tests.conftest import ROOT
from tests.data.test_content import source_page, writers_pages
from tests.data.test_data import all_texts

TERMS_FILE = ROOT / "source" / "terms.yml"
TERMS = yaml.safe_load(TERMS_FILE.read_text(encoding="utf-8"))
# A page's blocks of text, compared with their twins' one by one.
BLOCKS = ["h1", "h2", "h3", "h4", "p", "li", "th", "td", "caption", "figcaption", "dt", "dd"]


def test_the_terms_file_gives_each_term_its_rendering():
    for term in TERMS["terms"]:
        assert set(term) <= {"fr", "en", "match", "not"} and term["fr"] and term["en"], term
        assert term.get("match") or term.get("not"), term
        for pattern in term.get("match", {}).values():
            re.compile(pattern)
    assert {"chosen", "same_in_both"} <= set(TERMS["acronyms"])


def rejected(text: str) -> list[str]:
    """The renderings of source/terms.yml's `not` lists that `text` uses."""
    return [f"« {wrong} » (write « {term['en']} », for « {term['fr']} »)"
            for term in TERMS["terms"] for wrong in term.get("not", [])
            if re.search(rf"(?<!\w){re.escape(wrong)}(?!\w)", text, re.IGNORECASE)]


def english_article(html_file) -> BeautifulSoup:
    return BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser").find("article")


def test_no_english_page_uses_a_rendering_set_aside(built):
    site, _ = built
    found = [f"{source_page(site, page)}: {wrong}" for page in writers_pages(site, "en")
             for wrong in rejected(english_article(page).get_text(" "))]
    assert not found, "\n".join(dict.fromkeys(found))


def test_no_english_text_of_the_data_uses_a_rendering_set_aside(plan):
    found = [f"data/{'/'.join(map(str, path))}: {wrong}" for path, text in all_texts(plan) for wrong in rejected(text["en"])]
    found += [f"macros/language/en.yml: {key}: {wrong}" for key, text in LABELS["en"].items() for wrong in rejected(text)]
    assert not found, "\n".join(found)


def uses(term: dict, lang: str, text: str) -> bool:
    return bool(re.search(term["match"][lang], text, re.IGNORECASE))


MATCHED = [term for term in TERMS["terms"] if term.get("match")]


@pytest.mark.parametrize("term", MATCHED, ids=[term["en"] for term in MATCHED])
def test_the_data_gives_each_french_term_its_chosen_english(plan, term):
    wrong = [f"data/{'/'.join(map(str, path))}: the French says « {term['fr']} », the English should say "
             f"« {term['en']} »: {text['en'][:120]}"
             for path, text in all_texts(plan) if uses(term, "fr", text["fr"]) and not uses(term, "en", text["en"])]
    assert not wrong, "\n".join(wrong)


def blocks(html_file) -> dict:
    """A page's blocks of text by place: (the id of the nearest element
    that has one, tag, rank), so that twins pair up even where the two
    languages sort a page's parts differently (the organizations' pages)."""
    places: dict = {}
    for block in english_article(html_file).find_all(BLOCKS):
        owner = block.find_parent(id=True)
        key = (owner["id"] if owner else "", block.name)
        places.setdefault(key, []).append(" ".join(block.get_text(" ").split()))
    return {(*key, rank): text for key, texts in places.items() for rank, text in enumerate(texts)}


@lru_cache(maxsize=1)
def twin_blocks(site) -> list:
    """(English page, French block, English block) for every block of every page."""
    pairs = []
    for french in writers_pages(site, "fr"):
        english = site / "en" / french.relative_to(site / "fr")
        ours, theirs = blocks(french), blocks(english)
        pairs += [(english, ours[place], theirs[place]) for place in ours if place in theirs]
    return pairs


@pytest.mark.parametrize("term", MATCHED, ids=[term["en"] for term in MATCHED])
def test_the_pages_give_each_french_term_its_chosen_english(built, term):
    """Block by block: a heading, paragraph, list item or cell of a French
    page that uses the term has an English twin that uses its rendering."""
    site, _ = built
    wrong, seen = [], 0
    for english, ours, theirs in twin_blocks(site):
        if uses(term, "fr", ours):
            seen += 1
            if not uses(term, "en", theirs):
                wrong.append(f"{source_page(site, english)}: « {theirs[:140]} » "
                             f"should say « {term['en']} » (the French says « {term['fr']} »)")
    assert seen or "spelling" in term["fr"], f"no French page uses « {term['fr']} »: is the term still in the plan?"
    assert not wrong, "\n".join(dict.fromkeys(wrong))


# --- acronyms -----------------------------------------------------------------------------

def french_acronyms(plan) -> set:
    """Every French acronym of the data (and the source's other spellings),
    except those that are also an English acronym (DND, SLE, SNPS) or
    written the same way in both languages (source/terms.yml)."""
    orgs = [o for o in plan["organizations"] if "acronym" in o]
    english = {o["acronym"]["en"] for o in orgs if o["acronym"]["en"] != o["acronym"]["fr"]}
    french = {o["acronym"]["fr"] for o in orgs} | {v for o in orgs for v in o.get("variants", [])}
    return french - english - set(TERMS["acronyms"]["same_in_both"])


def acronym_pattern(acronyms) -> re.Pattern:
    return re.compile(r"(?<![\w/-])(" + "|".join(map(re.escape, sorted(acronyms, key=len, reverse=True))) + r")(?![\w/-])")


def test_the_data_gives_the_chosen_english_acronyms(plan):
    by_french = {o["acronym"]["fr"]: o["acronym"]["en"] for o in plan["organizations"] if "acronym" in o}
    for chosen in TERMS["acronyms"]["chosen"]:
        assert by_french.get(chosen["fr"]) == chosen["en"], \
            f"data/plan.yml: the English acronym of {chosen['fr']} should be « {chosen['en']} » (source/terms.yml)"


def test_no_french_acronym_on_an_english_page(built, plan):
    """Annex B's French acronyms excepted: there, each name gives the
    approved plan's acronym, marked as French."""
    site, _ = built
    regex = acronym_pattern(french_acronyms(plan))
    found = []
    for page in writers_pages(site, "en"):
        article = english_article(page)
        for french in article.select("table.acronyms [lang=fr]"):
            french.decompose()
        said = article.get_text(" ") + " " + " ".join(element["title"] for element in article.select("[title]"))
        found += [f"{source_page(site, page)}: {acronym}" for acronym in dict.fromkeys(regex.findall(said))]
    assert not found, "French acronyms on English pages (write the English one, source/terms.yml):\n" + "\n".join(found)


def test_no_french_acronym_in_the_datas_english(plan):
    regex = acronym_pattern(french_acronyms(plan))
    found = [f"data/{'/'.join(map(str, path))}: {sorted(set(regex.findall(text['en'])))}"
             for path, text in all_texts(plan) if regex.search(text["en"])]
    assert not found, "\n".join(found)
