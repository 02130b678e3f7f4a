"""The data says what the approved plan says: checked against the French
source (source/plan-2022-2024.fr.txt), and typeset as each language expects."""
from __future__ import annotations

import re

import yaml

from .conftest import ROOT, deliverables

SOURCE = (ROOT / "source" / "plan-2022-2024.fr.txt").read_text(encoding="utf-8")
SECTION_10 = SOURCE[SOURCE.index("10. Tableaux des activités"):SOURCE.index("ANNEXE A : Rôles")]
# Deliverables whose French text the data corrects (see their "# correction:" comments).
CORRECTED_TEXT = {"2.2.3.1"}


def plain(text: str) -> str:
    """Text compared without export noise and typographic variants."""
    text = re.sub(r"\[bookmark: [^\]]*\]", "", text)
    text = text.replace("\u00a0", " ").replace("’", "'").replace("–", "-")
    text = re.sub(r"[«»“”\"]", '"', text)
    return re.sub(r"\s+", " ", text).strip(" .").casefold()


def source_deliverable_numbers() -> list[str]:
    numbers = re.findall(r"^(?:· |\t- )?(?:\[bookmark: [^\]]*\])*(\d+\.\d+\.\d+\.\d+)", SECTION_10, re.MULTILINE)
    # Activity 2.2.3's statement repeats its deliverable's number (a slip of the source).
    numbers.remove("2.2.3.1")
    return numbers


def texts(value, path=()):
    """Every bilingual text of the data, with its path."""
    if isinstance(value, dict):
        if set(value) == {"fr", "en"} and all(isinstance(v, str) for v in value.values()):
            yield path, value
        for key, item in value.items():
            yield from texts(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from texts(item, path + (index,))


def test_every_deliverable_of_the_source_is_in_the_data(plan):
    in_data = [d.get("source_id", d["id"]) for d in deliverables(plan)]
    assert in_data == source_deliverable_numbers()


def test_deliverable_texts_are_the_plans_own_words(plan):
    source = plain(SECTION_10)
    for deliverable in deliverables(plan):
        if deliverable["id"] not in CORRECTED_TEXT:
            assert plain(deliverable["text"]["fr"]) in source, deliverable["id"]


def test_indicator_levels_match_the_source(plan):
    section = SOURCE[SOURCE.index("5.1. Auto-évaluation"):SOURCE.index("6. Comment nous avons développé")]
    self_assessed = [int(n) for n in re.findall(r"Niveau d’auto-évaluation : (\d)", section)]
    desired = [int(n) for n in re.findall(r"Niveau souhaité : (\d)", section)]
    indicators = [i for c in plan["maturity"]["categories"] for i in c["indicators"]]
    assert [i["self_assessed"] for i in indicators] == self_assessed
    assert [i["desired"] for i in indicators] == desired


def test_every_annex_b_acronym_is_in_the_glossary(plan):
    annex = SOURCE[SOURCE.index("ANNEXE B : Acronymes"):SOURCE.index("ANNEXE C")]
    listed = re.findall(r"^· (?:\[bookmark: [^\]]*\])*([^ :]+) :", annex, re.MULTILINE)
    glossary = {spelling for org in plan["organizations"] if "acronym" in org
                for spelling in [org["acronym"]["fr"], *org.get("variants", [])]}
    assert listed and set(listed) <= glossary


def all_texts(plan):
    """Every bilingual text of the plan's data and of the guide's."""
    guide = yaml.safe_load((ROOT / "data" / "guide.yml").read_text(encoding="utf-8"))
    yield from texts(plan.data, ("plan.yml",))
    yield from texts(guide, ("guide.yml",))


def test_french_typography(plan):
    for path, text in all_texts(plan):
        french = text["fr"]
        # Spacing (Canadian rule) is checked by tests/test_typography.py.
        assert not re.search(r"['\"]", french), (path, french)      # ’ and « », not straight quotes


def test_english_typography(plan):
    for path, text in all_texts(plan):
        english = text["en"]
        assert not re.search(r"[\u00a0\u202f][:;?!]", english), (path, english)
        assert "'" not in english, (path, english)
