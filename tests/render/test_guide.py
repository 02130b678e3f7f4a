"""The employees' guide: drawn from data/guide.yml and the plan's data, its
organization views list exactly each organization's deliverables."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from macros.render import guide as guide_pages
from macros.language.languages import LANGUAGES
from macros.data.plan import DataError, read_guide

from tests.conftest import ROOT, deliverables

GUIDE_TEXT = (ROOT / "data" / "guide.yml").read_text(encoding="utf-8")
LANGS = pytest.mark.parametrize("lang", LANGUAGES)


@pytest.fixture(scope="module")
def guide(plan):
    return read_guide(GUIDE_TEXT, plan)


def expected_views(plan) -> dict:
    """Organization key -> ids of the deliverables it leads or supports
    (as itself or as the unit of another), computed from the data here."""
    views: dict = {}
    for deliverable in deliverables(plan):
        for value in deliverable["leads"] + deliverable["supports"]:
            keys = {value} if isinstance(value, str) else {value["org"], value.get("unit")} - {None}
            for key in keys:
                ids = views.setdefault(key, [])
                if deliverable["id"] not in ids:
                    ids.append(deliverable["id"])
    return views


@LANGS
def test_each_organization_view_lists_exactly_its_deliverables(plan, lang):
    html = BeautifulSoup(guide_pages.organization_views(plan, lang), "html.parser")
    tables = {t["id"].removeprefix("deliverables-"): t for t in html.find_all("table")}
    expected = expected_views(plan)
    assert set(tables) == set(expected)
    for key, table in tables.items():
        shown = [th.get_text().split()[0] for th in table.select('tbody th[scope="row"]')]
        assert shown == expected[key], key


@LANGS
def test_guide_parts_come_from_the_data(guide, plan, lang):
    questions = BeautifulSoup(guide_pages.questions(guide, lang), "html.parser")
    assert [li.strong.get_text() for li in questions.select("ol > li")] == [q["question"][lang] for q in guide["questions"]]
    steps = guide_pages.steps(guide, plan, lang)
    for step in guide["steps"]:
        assert step["title"][lang] in steps
    summary = BeautifulSoup(steps, "html.parser").find("table")
    assert len(summary.tbody.find_all("tr")) == len(guide["steps"])
    for checklist in guide["checklists"]:
        html = BeautifulSoup(guide_pages.checklist(guide, checklist["id"], lang), "html.parser")
        assert len(html.select("ul.checklist > li")) == len(checklist["items"])
    myths = guide_pages.myths(guide, lang)
    for myth in guide["myths"]:
        assert myth["fact"][lang] in myths
    roles = guide_pages.roles(plan, lang)
    for role in plan["roles"]:
        for duty in role["responsibilities"]:
            assert duty["text"][lang] in roles


def test_the_guide_is_checked_like_the_plan(plan):
    with pytest.raises(DataError) as raised:
        read_guide(GUIDE_TEXT.replace("responsible: [business-lines]", "responsible: [business-line]", 1), plan)
    assert "unknown organization key 'business-line' (did you mean 'business-lines'?)" in str(raised.value)
    assert "data/guide.yml:" in str(raised.value)
    first_question = GUIDE_TEXT.index('  - id: "1"')
    second_question = GUIDE_TEXT.index('  - id: "2"')
    with pytest.raises(DataError) as raised:
        read_guide(GUIDE_TEXT[:first_question] + GUIDE_TEXT[second_question:], plan)
    assert "expected the five questions" in str(raised.value)


def test_organization_links_reach_their_view(built):
    site, _ = built
    for lang in LANGUAGES:
        views = BeautifulSoup((site / lang / "guide-organizations" / "index.html").read_text(encoding="utf-8"), "html.parser")
        for page in ("section-10", "guide-publishing"):
            html = BeautifulSoup((site / lang / page / "index.html").read_text(encoding="utf-8"), "html.parser")
            links = [a["href"] for a in html.select('article a[href*="guide-organizations/#"]')]
            assert links
            for link in links:
                assert views.find(id=link.split("#")[1]), link


def test_home_page_leads_to_the_guide(built):
    site, _ = built
    for lang in LANGUAGES:
        home = BeautifulSoup((site / lang / "index.html").read_text(encoding="utf-8"), "html.parser")
        assert home.find("a", href="guide/")
