"""The data says what the approved plan says: checked against the French
source (source/plan-2022-2024.fr.txt), and typeset as each language expects."""
from __future__ import annotations

import re

import yaml

from macros.data.source import parse

from tests.conftest import DATA_TEXT, ROOT, deliverables

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


AMENDMENTS = ("The site shows the plan as approved: a change to it is recorded in a progress report "
              "(data/progress.yml), not in data/plan.yml; see CONTRIBUTING.md, \"What stays as approved\"")


def deliverable_lines() -> dict:
    """The line of each deliverable of data/plan.yml, by number."""
    source = parse(DATA_TEXT, "data/plan.yml")
    return {d["id"]: source.line(("objectives", o, "commitments", c, "activities", a, "deliverables", n))
            for o, objective in enumerate(source.data["objectives"])
            for c, commitment in enumerate(objective["commitments"])
            for a, activity in enumerate(commitment["activities"])
            for n, d in enumerate(activity["deliverables"])}


def approved_plan_differences(in_data: list[str], approved: list[str]) -> list[str]:
    """One line per deliverable added to or missing from the approved plan."""
    lines = deliverable_lines()
    added = [f"data/plan.yml:{lines.get(number)}: deliverable {number} is not in the approved plan, whose "
             f"section 10 (source/) lists {len(approved)} deliverables. {AMENDMENTS}"
             for number in in_data if number not in approved]
    missing = [f"data/plan.yml: deliverable {number} of the approved plan (source/, section 10) is missing: "
               f"put it back. {AMENDMENTS}" for number in approved if number not in in_data]
    if not added and not missing and in_data != approved:
        missing = [f"data/plan.yml: the deliverables are not in the approved plan's order ({', '.join(approved)})"]
    return added + missing


def test_every_deliverable_of_the_source_is_in_the_data(plan):
    in_data = [d.get("source_id", d["id"]) for d in deliverables(plan)]
    differences = approved_plan_differences(in_data, source_deliverable_numbers())
    assert not differences, "\n".join(differences)


def test_an_added_deliverable_gets_one_message_saying_where_it_belongs():
    [message] = approved_plan_differences(["1.1.1.1", "1.1.1.9", "1.1.2.1"], ["1.1.1.1", "1.1.2.1"])
    assert message.startswith("data/plan.yml:None: deliverable 1.1.1.9 is not in the approved plan")
    assert "lists 2 deliverables" in message and "data/progress.yml" in message
    [message] = approved_plan_differences(["1.1.1.1"], ["1.1.1.1", "1.1.2.1"])
    assert "deliverable 1.1.2.1 of the approved plan" in message


def test_deliverable_texts_are_the_plans_own_words(plan):
    """Each deliverable of the approved plan keeps its words (one added is
    reported by the test above)."""
    source, approved = plain(SECTION_10), source_deliverable_numbers()
    changed = [f"data/plan.yml:{deliverable_lines()[d['id']]}: deliverable {d['id']}: the French text is not the "
               f"approved plan's (section 10 of source/). {AMENDMENTS}"
               for d in deliverables(plan) if d["id"] not in CORRECTED_TEXT and d.get("source_id", d["id"]) in approved
               and plain(d["text"]["fr"]) not in source]
    assert not changed, "\n".join(changed)


def test_indicator_levels_match_the_source(plan):
    section = SOURCE[SOURCE.index("5.1. Auto-évaluation"):SOURCE.index("6. Comment nous avons développé")]
    self_assessed = [int(n) for n in re.findall(r"Niveau d’auto-évaluation : (\d)", section)]
    desired = [int(n) for n in re.findall(r"Niveau souhaité : (\d)", section)]
    indicators = [i for c in plan["maturity"]["categories"] for i in c["indicators"]]
    assert [i["self_assessed"] for i in indicators] == self_assessed
    assert [i["desired"] for i in indicators] == desired


def test_annex_b_lists_the_approved_plans_acronyms(plan):
    """Annex B as approved; an organization the site adds to the prose (no
    `annex_b: true`) is welcome."""
    annex = SOURCE[SOURCE.index("ANNEXE B : Acronymes"):SOURCE.index("ANNEXE C")]
    listed = re.findall(r"^· (?:\[bookmark: [^\]]*\])*([^ :]+) :", annex, re.MULTILINE)
    source = parse(DATA_TEXT, "data/plan.yml")
    wrong = []
    for index, org in enumerate(plan["organizations"]):
        spellings = {org["acronym"]["fr"], *org.get("variants", [])} if "acronym" in org else set()
        if org.get("annex_b") and not spellings & set(listed):
            wrong.append(f"data/plan.yml:{source.line(('organizations', index))}: organization '{org['key']}' has "
                         "annex_b: true, but the approved plan's Annex B (source/) does not list it: remove "
                         "annex_b (the organization can still be named in the pages with org())")
    glossary = {spelling for org in plan["organizations"] if org.get("annex_b")
                for spelling in [org["acronym"]["fr"], *org.get("variants", [])]}
    wrong += [f"data/plan.yml: the approved plan's Annex B lists {acronym}: an organization with this French "
              "acronym and annex_b: true must stay in 'organizations'" for acronym in listed if acronym not in glossary]
    assert listed and not wrong, "\n".join(wrong)


def all_texts(plan):
    """Every bilingual text of the plan's data and of the guide's."""
    guide = yaml.safe_load((ROOT / "data" / "guide.yml").read_text(encoding="utf-8"))
    yield from texts(plan.data, ("plan.yml",))
    yield from texts(guide, ("guide.yml",))


def test_french_typography(plan):
    for path, text in all_texts(plan):
        french = text["fr"]
        # Spacing (Canadian rule) is checked by tests/language/test_typography.py.
        assert not re.search(r"['\"]", french), (path, french)      # ’ and « », not straight quotes


def test_english_typography(plan):
    for path, text in all_texts(plan):
        english = text["en"]
        assert not re.search(r"[\u00a0\u202f][:;?!]", english), (path, english)
        assert "'" not in english, (path, english)
