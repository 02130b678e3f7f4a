"""The renderers, called directly (no MkDocs), in both languages: parsed HTML
with a caption, header cells with `scope`, no blank cell, and as many rows as
the data has items."""
from __future__ import annotations

import copy

import pytest
from bs4 import BeautifulSoup

from macros.render import sections, tables
from macros.language import words
from macros.language.labels import label
from macros.language.languages import LANGUAGES
from macros.data.plan import Plan

from tests.conftest import deliverables

LANGS = pytest.mark.parametrize("lang", LANGUAGES)


def parse(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def assert_accessible(table):
    """Caption, scoped header cells, no blank cell; its scroll region is
    reachable by keyboard and named by the caption."""
    assert table.caption and table.caption.get_text(strip=True)
    region = table.parent
    assert region.name == "div" and region["role"] == "region" and region["tabindex"] == "0"
    assert region["aria-labelledby"] == table.caption["id"]
    for th in table.find_all("th"):
        assert th.get("scope") in {"col", "row", "rowgroup"}, th
    for cell in table.find_all(["td", "th"]):
        assert cell.get_text(strip=True), f"blank cell in {table.caption.get_text()}"


@LANGS
def test_activity_table_has_a_row_per_deliverable(plan, lang):
    for objective in plan["objectives"]:
        for commitment in objective["commitments"]:
            table = parse(tables.activity_table(plan, commitment["id"], lang)).table
            assert_accessible(table)
            assert commitment["id"] in table.caption.get_text()
            expected = [d["id"] for a in commitment["activities"] for d in a["deliverables"]]
            rows = table.select('tbody th[scope="row"]')
            assert [row.get_text().split()[0] for row in rows] == expected
            assert len(table.select('th[scope="rowgroup"]')) == len(commitment["activities"])


@LANGS
def test_every_deliverable_is_in_section_10(plan, lang):
    html = parse(sections.activity_sections(plan, lang))
    found = [th.get_text().split()[0] for th in html.select('th[scope="row"]')]
    assert found == [d["id"] for d in deliverables(plan)]


@LANGS
def test_organizations_are_shown_with_their_expansion(plan, lang):
    table = parse(tables.activity_table(plan, "1.1", lang)).table
    abbr = table.find("abbr", string=plan.organizations["ogs"]["acronym"][lang])
    assert abbr["title"] == plan.organizations["ogs"]["name"][lang]


def test_months_are_written_per_language():
    assert words.month("2022-04", "fr") == "avril 2022"
    assert words.month("2022-04", "en") == "April 2022"
    assert words.day("2022-07-01", "fr") == "1er\u00a0juillet 2022"
    assert words.day("2022-07-01", "en") == "July 1, 2022"


@LANGS
def test_schedules_keep_their_shape(plan, lang):
    by_id = {d["id"]: d for d in deliverables(plan)}
    two_periods = by_id["4.2.1.1"]["schedule"]
    assert len(two_periods) == 2
    row = parse(tables.activity_table(plan, "4.2", lang)).find("th", string=lambda s: s and s.startswith("4.2.1.1")).parent
    start, end = row.find_all("td")[2:4]
    assert len(start.find_all("br")) == 1 and len(end.find_all("br")) == 1
    assert words.month(two_periods[1]["start"], lang) in start.get_text()
    recurring = [d for d in deliverables(plan) if any("first" in p for p in d["schedule"])]
    assert recurring, "the data has recurring deliverables"
    quarterly = words.period_start(recurring[0]["schedule"][0], lang)
    assert label(lang, "quarterly_from", date=words.day(recurring[0]["schedule"][0]["first"], lang)) in quarterly
    ongoing = next(p for d in deliverables(plan) for p in d["schedule"] if p.get("ongoing"))
    assert label(lang, "ongoing") in words.period_start(ongoing, lang)


@LANGS
def test_maturity_tables(plan, lang):
    for category in plan["maturity"]["categories"]:
        table = parse(tables.maturity_table(plan, category["id"], lang)).table
        assert_accessible(table)
        rows = table.tbody.find_all("tr")
        assert len(rows) == len(category["indicators"])
        for row, indicator in zip(rows, category["indicators"]):
            cells = [td.get_text() for td in row.find_all("td")]
            assert cells[0].startswith(str(indicator["self_assessed"]))
            assert cells[1].startswith(str(indicator["desired"]))
            assert int(cells[2]) == indicator["desired"] - indicator["self_assessed"]
    html = parse(sections.maturity_sections(plan, lang))
    assert len(html.select('tbody th[scope="row"]')) == 24


@LANGS
def test_levels_risks_roles_and_acronyms(plan, lang):
    levels = parse(tables.maturity_levels_table(plan, lang)).table
    assert_accessible(levels)
    assert [th.get_text() for th in levels.tbody.find_all("th")] == [str(n) for n in range(6)]

    risks = parse(tables.risks_table(plan, lang)).table
    assert_accessible(risks)
    assert len(risks.tbody.find_all("tr", recursive=False)) == len(plan["risks"])
    assert len(risks.select("td li")) == sum(len(r["strategies"]) for r in plan["risks"])

    roles = parse(tables.roles_tables(plan, lang)).find_all("table")
    assert len(roles) == len(plan["roles"])
    for table, role in zip(roles, plan["roles"]):
        assert_accessible(table)
        assert len(table.tbody.find_all("tr", recursive=False)) == len(role["responsibilities"])

    # Annex B as approved, then the acronyms the plan uses without listing them.
    listed, added = parse(tables.acronyms_table(plan, lang)).find_all("table")
    for table, in_annex in ((listed, True), (added, False)):
        assert_accessible(table)
        orgs = [o for o in plan["organizations"] if "acronym" in o and bool(o.get("annex_b")) == in_annex]
        assert sorted(th.get_text() for th in table.tbody.find_all("th")) == sorted(o["acronym"][lang] for o in orgs)
        # Each name as written, free to break after a slash (a long pair of words
        # would widen the column past a phone's screen), its title untouched;
        # in English, then the approved plan's French acronym, marked as French.
        names = {(o["acronym"][lang], o["acronym"]["fr"]): o for o in orgs}
        for row in table.tbody.find_all("tr"):
            french = row.td.find("abbr", lang="fr")
            assert (french is None) == (lang == "fr")
            org = names[(row.th.get_text(), french.get_text() if french else row.th.get_text())]
            name = org["name"][lang]
            shown = row.td.get_text()
            assert row.th.abbr["title"] == name
            if french:
                assert shown == name + label(lang, "french_acronym") + org["acronym"]["fr"]
                assert french["title"] == org["name"]["fr"]
            else:
                assert shown == name
            assert len(row.td.find_all("wbr")) == name.count("/")
    assert any("/" in o["name"][lang] for o in plan["organizations"])


def test_a_breakable_text_is_escaped_and_breaks_only_after_slashes():
    assert str(words.breakable("GI/TI <b>")) == "GI/<wbr>TI &lt;b&gt;"
    assert str(words.breakable("plain")) == "plain"


@LANGS
def test_every_data_string_is_escaped(plan, lang):
    data = copy.deepcopy(plan.data)
    hostile = "<script>alert(1)</script> {{ x }} *not emphasis*"
    data["objectives"][0]["commitments"][0]["title"][lang] = hostile
    data["objectives"][0]["title"][lang] = hostile
    first = data["objectives"][0]["commitments"][0]["activities"][0]["deliverables"][0]
    first["text"][lang] = hostile
    data["organizations"][0]["name"][lang] = '"><script>alert(2)</script>'
    data["risks"][0]["statement"][lang] = hostile
    hostile_plan = Plan(data)
    for html in (sections.activity_sections(hostile_plan, lang), tables.risks_table(hostile_plan, lang),
                 tables.acronyms_table(hostile_plan, lang)):
        soup = parse(html)
        assert soup.find("script") is None
        assert "<script>" not in html
    table = parse(tables.activity_table(hostile_plan, "1.1", lang))
    assert hostile in table.get_text()
    heading = sections.activity_sections(hostile_plan, lang).splitlines()[0]
    assert "&lt;script&gt;" in heading and "\\*not emphasis\\*" in heading


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_plan_s_own_words_for_a_party_are_shown(plan, lang):
    """« Divers (selon les besoins) », « DSDA (Enquêtes) » (section 10) and
    « tous les domaines de l’organisme » (Annex A), as the plan writes them."""
    shown = 0
    for objective in plan["objectives"]:
        for commitment in objective["commitments"]:
            cells = parse(tables.activity_table(plan, commitment["id"], lang)).get_text(" ")
            for deliverable in (d for a in commitment["activities"] for d in a["deliverables"]):
                for party in deliverable["leads"] + deliverable["supports"]:
                    if isinstance(party, dict) and "as_written" in party:
                        assert f"({party['as_written'][lang]})" in cells
                        shown += 1
    roles = parse(tables.roles_tables(plan, lang)).get_text(" ")
    for role in plan["roles"]:
        for duty in role["responsibilities"]:
            if "osi_as_written" in duty:
                assert duty["osi_as_written"][lang] in roles
                shown += 1
    assert shown >= 4


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_row_of_the_glossary_is_distinct(plan, lang):
    rows = [(row.th.get_text(strip=True), row.find("abbr", lang="fr") and row.find("abbr", lang="fr").get_text())
            for row in parse(tables.acronyms_table(plan, lang)).select("tbody tr")]
    assert rows and len(rows) == len(set(rows))
