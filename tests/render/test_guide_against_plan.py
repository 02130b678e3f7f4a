"""The employees' guide against the approved plan itself: who does what
(guide-roles) gives every responsibility of Annex A with its sub-items, and
what each directorate must deliver (guide-organizations) gives, for every
deliverable, the leads, offices of primary and secondary interest and
supports that section 10 of the source names. Renderers are called
directly and their HTML parsed; the built pages are read as a reader gets
them."""
from __future__ import annotations

import re

import markdown
import pytest
from bs4 import BeautifulSoup

from macros.language.labels import LANGUAGES, label
from macros.render import guide as guide_pages

from tests.conftest import deliverables
from tests.data.test_data import SECTION_10, SOURCE, plain

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


# --- guide-organizations against section 10 --------------------------------------------

def french_names(plan) -> dict:
    """How the source writes each organization -> its key."""
    names = {}
    for org in plan["organizations"]:
        for spelling in [org["name"]["fr"], *([org["acronym"]["fr"]] if "acronym" in org else []), *org.get("variants", [])]:
            names.setdefault(spelling, org["key"])
    return names


def parties(text: str, names: dict, deliverable: dict) -> list[tuple[str, str | None]]:
    """« SGO, DCAP », « CPP (ELS) et SGO », « SPC BVP » -> [(key, unit key)].
    A word in parentheses that the data keeps as written (« Divers (selon les
    besoins) », « DSDA (Enquêtes) ») takes the data's reading of it."""
    kept = {p["as_written"]["fr"]: p.get("unit") for p in deliverable["leads"] + deliverable["supports"]
            if isinstance(p, dict) and "as_written" in p}
    found = []
    for piece in re.split(r",| et ", text):
        piece = piece.strip(" \t.")
        if not piece or piece == "Aucun":
            continue
        match = re.fullmatch(r"(.*?)\s*\((.*)\)", piece)
        org, unit = (match.group(1), match.group(2)) if match else (piece, None)
        keys = [names[org]] if org in names else [names[word] for word in org.split()]  # « SPC BVP »
        unit_key = kept[unit] if unit in kept else names[unit] if unit else None
        found += [(key, unit_key) for key in keys]
    return found


def section_10_roles(plan) -> dict:
    """Deliverable id (as the site numbers it) -> {organization key: role},
    the role being "leads", "opi", "osi" or "supports", from the source."""
    by_source = {d.get("source_id", d["id"]): d for d in deliverables(plan)}
    names = french_names(plan)
    roles = {}
    blocks = re.split(r"\n(?:· |\t- )?(?:\[bookmark: [^\]]*\])*(\d+\.\d+\.\d+\.\d+)\.? ?:? ", SECTION_10)
    for number, block in zip(blocks[1::2], blocks[2::2]):
        if "\n" not in block.split("Livrables", 1)[0] or number not in by_source or "Responsable" not in block:
            continue
        deliverable = by_source[number]
        leads = re.search(r"Responsable(?:\(s\))?\s*:\s*(.*)", block).group(1)
        supports = re.search(r"Soutien(?:\s*:\s*| du )(.*)", block).group(1)
        found = {}
        offices = re.findall(r"(BPR|BCR)\s*:\s*(.*?)(?=\s*(?:BPR|BCR)\s*:|$)", leads)
        for office, text in offices or [("", leads)]:
            for key, unit in parties(text, names, deliverable):
                role = {"BPR": "opi", "BCR": "osi", "": "leads"}[office]
                found.update({key: role} | ({unit: role} if unit else {}))
        for key, unit in parties(supports, names, deliverable):
            found.setdefault(key, "supports")
            if unit:
                found.setdefault(unit, "supports")
        roles[deliverable["id"]] = found
    return roles


def test_section_10_is_read_whole(plan):
    roles = section_10_roles(plan)
    assert len(roles) == 59
    assert roles["4.1.1.1"] == {"pet": "opi", "dnd": "osi", "vac": "osi", "ogs": "supports", "cpad": "supports"}


def guide_roles(html: BeautifulSoup, lang: str) -> dict:
    """Deliverable id -> {organization key: the role the guide shows}."""
    shown: dict = {}
    for table in html.find_all("table"):
        key = table["id"].removeprefix("deliverables-")
        for row in table.tbody.find_all("tr"):
            deliverable = row.th.get_text().split()[0]
            shown.setdefault(deliverable, {})[key] = row.find("td").get_text(strip=True)
    return shown


@LANGS
def test_what_each_directorate_must_deliver_names_section_10_s_leads_and_offices(plan, lang):
    """Every deliverable: each organization the source names as lead, office
    of primary interest (BPR), office of secondary interest (BCR) or
    support has that role on its page, and no other organization does."""
    approved = section_10_roles(plan)
    shown = guide_roles(parse(guide_pages.organization_views(plan, lang, here_url=f"{lang}/guide-organizations/")), lang)
    wrong = []
    for deliverable, roles in approved.items():
        expected = {key: label(lang, f"role_{role}") for key, role in roles.items()}
        if shown.get(deliverable) != expected:
            wrong.append(f"deliverable {deliverable}: the guide shows {shown.get(deliverable)}, section 10 says {expected}")
    assert not wrong, "\n".join(wrong)


def test_the_organizations_page_shows_offices_of_secondary_interest_as_such(built):
    site, _ = built
    for lang in LANGUAGES:
        page = BeautifulSoup((site / lang / "guide-organizations" / "index.html").read_text(encoding="utf-8"), "html.parser")
        for key in ("dnd", "vac"):
            row = next(th for th in page.find(id=f"deliverables-{key}").select("tbody th") if th.get_text().startswith("4.1.1.1"))
            assert row.find_next("td").get_text(strip=True) == label(lang, "role_osi"), \
                f"docs/{lang}/guide-organizations.md: {key} on 4.1.1.1"
