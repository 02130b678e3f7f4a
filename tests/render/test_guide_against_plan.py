"""The employees' guide against the approved plan itself: who does what
(guide-roles) gives every responsibility of Annex A with its sub-items.
Renderers are called directly and their HTML parsed; the built pages are
read as a reader gets them."""
from __future__ import annotations

import re

import markdown
import pytest
from bs4 import BeautifulSoup

from macros.language.labels import LANGUAGES
from macros.render import guide as guide_pages

from tests.data.test_data import SOURCE, plain

LANGS = pytest.mark.parametrize("lang", LANGUAGES)


def parse(html: str) -> BeautifulSoup:
    """A renderer's Markdown headings and HTML blocks, as HTML."""
    return BeautifulSoup(markdown.markdown(html, extensions=["attr_list"]), "html.parser")


# --- guide-roles against Annex A ----------------------------------------------------------

def annex_a_roles() -> list[tuple[str, list[str]]]:
    """Each role's heading in Annex A and its responsibilities, sub-items
    included, without their « (BCR : …) » notes."""
    annex = SOURCE[SOURCE.index("ANNEXE A : Rôles"):SOURCE.index("ANNEXE B : Acronymes")]
    roles, current = [], None
    for line in annex.splitlines():
        line = re.sub(r"\[bookmark: [^\]]*\]|\[footnoteRef:\d+\]|\s*\[\d+:.*$", "", line).strip()
        if line.startswith("· "):
            duty = re.sub(r"\s*\((BCR\s*:|CSGI,)[^)]*\)\s*\.?$", "", line[2:]).strip()
            if current is not None and duty:
                current[1].append(duty)
        elif line and not line.startswith(("La création", "Nous continuerons", "BRP", "ANNEXE")):
            current = (re.sub(r"\s*\(Responsabilités\)$", "", line), [])
            roles.append(current)
    return roles


def test_annex_a_is_read_whole():
    roles = annex_a_roles()
    assert len(roles) == 8 and sum(len(duties) for _, duties in roles) == 29
    assert roles[2][1][-2:] == ["Le développement et l’établissement du contenu d’une vision et d’une approche de "
                                "gouvernement ouvert à la CFP",
                                "La planification, la mise à jour annuelle et l’établissement du statut du PMOGO de la CFP"]


def test_who_does_what_gives_every_responsibility_of_annex_a_with_its_sub_items(plan):
    """In French, each role's list says what Annex A says, sub-items
    (« Conseiller le président sur : » and its two subjects) included."""
    html = parse(guide_pages.roles(plan, "fr", here_url="fr/guide-roles/"))
    missing = []
    for (heading, duties), role in zip(annex_a_roles(), plan["roles"]):
        section = html.find(id=f"who-{role['id']}")
        items = [plain(li.get_text(" ")) for li in section.find_next("ul").find_all("li")]
        said = " | ".join(items)
        missing += [f"guide-roles, {heading}: « {duty} » (Annex A) is missing" for duty in duties
                    if plain(duty.replace("CEM", "CEG")) not in said]  # corrections.yml: « au CEM » is the CEG
    assert not missing, "\n".join(missing)


@LANGS
def test_who_does_what_nests_each_responsibility_s_sub_items(plan, lang):
    html = parse(guide_pages.roles(plan, lang, here_url=f"{lang}/guide-roles/"))
    with_items = [(role, duty) for role in plan["roles"] for duty in role["responsibilities"] if duty.get("items")]
    assert with_items, "Annex A has a responsibility with sub-items"
    for role, duty in with_items:
        item = next(li for li in html.find(id=f"who-{role['id']}").find_next("ul").find_all("li", recursive=False)
                    if li.get_text().startswith(duty["text"][lang]))
        assert [li.get_text() for li in item.ul.find_all("li")] == [i[lang] for i in duty["items"]]


def test_who_does_what_shows_the_sub_items_in_both_languages(built, plan):
    site, _ = built
    [(_, duty)] = [(role, duty) for role in plan["roles"] for duty in role["responsibilities"] if duty.get("items")]
    for lang in LANGUAGES:
        page = BeautifulSoup((site / lang / "guide-roles" / "index.html").read_text(encoding="utf-8"), "html.parser")
        text = " ".join(page.find("article").get_text(" ").split())
        for item in duty["items"]:
            assert " ".join(item[lang].split()[:6]) in text, f"docs/{lang}/guide-roles.md: « {item[lang]} » is missing"
