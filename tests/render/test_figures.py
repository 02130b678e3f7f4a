"""The figures, drawn without MkDocs: well-formed SVG whose text is the
data's labels in the page's language, with the WCAG contrast ratios; the
governance diagram and its long description carry every relation."""
from __future__ import annotations

import copy
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from macros.render import descriptions, svg
from macros.render.figures import FIGURES, figure_html, timeline
from macros.render.figures.objectives import figure_label
from macros.language.words import body_name
from macros.language.labels import label
from macros.language.languages import LANGUAGES
from macros.data.plan import Plan

from tests.data.test_data import SOURCE, plain

NS = {"svg": "http://www.w3.org/2000/svg"}
LANGS = pytest.mark.parametrize("lang", LANGUAGES)


def drawing(plan, number: str, lang: str) -> ET.Element:
    """The figure's SVG, parsed as XML (it must be well-formed); a figure
    drawn in parts (one per objective or category) gives them under one root."""
    html = BeautifulSoup(figure_html(plan, number, lang, f"{lang}/{FIGURES[number].page}/"), "html.parser")
    parts = [ET.fromstring(str(part)) for part in html.find_all("svg")]
    if len(parts) == 1:
        return parts[0]
    root = ET.Element("parts")
    root.extend(parts)
    return root


def words(root: ET.Element) -> str:
    """All the text of an SVG, lines joined with spaces."""
    return " ".join(" ".join(t.itertext()) for t in root.iter(f"{{{NS['svg']}}}text"))


def squeeze(text: str) -> str:
    """Whitespace normalized; a line wrapped after a slash joins back up."""
    return " ".join(text.split()).replace("/ ", "/")


@LANGS
@pytest.mark.parametrize("number", sorted(n for n, figure in FIGURES.items() if figure.draw))  # Figure 1 is a photo
def test_every_figure_is_a_named_image(plan, number, lang):
    root = drawing(plan, number, lang)
    for part in (list(root) if root.tag == "parts" else [root]):
        assert part.get("role") == "img"
        title = part.find("svg:title", NS)
        assert title is not None and title.text and len(title.text) <= 140
        # Named by its <title> alone: aria-labelledby would have it read again as its description.
        assert part.get("aria-labelledby") is None and part.find("svg:desc", NS) is None


@LANGS
def test_objectives_figures_show_every_objective_and_commitment(plan, lang):
    for number, objectives in (("2", plan["previous_plan"]["objectives"]), ("4", plan["objectives"])):
        text = squeeze(words(drawing(plan, number, lang)))
        for objective in objectives:
            assert squeeze(figure_label(objective, lang)) in text
            for commitment in objective["commitments"]:
                assert squeeze(figure_label(commitment, lang)) in text


def test_figure_4_boxes_carry_the_approved_figure_s_own_words(plan):
    """The source lists Figure 4's text after Annex C: every commitment box
    says what the approved figure's box says."""
    boxes = {plain(line) for line in SOURCE[SOURCE.index("\nConditions initiales"):].splitlines()[2:] if line.strip()}
    drawn = plain(squeeze(words(drawing(plan, "4", "fr"))))
    commitments = [c for o in plan["objectives"] for c in o["commitments"]]
    for commitment in commitments:
        label = plain(figure_label(commitment, "fr"))
        assert label in boxes, label
        assert f"{commitment['id']} {label}" in drawn


@LANGS
def test_scale_and_gaps_show_every_level_and_indicator(plan, lang):
    text = squeeze(words(drawing(plan, "3", lang)))
    for level in plan["maturity"]["levels"]:
        assert squeeze(level["name"][lang]) in text
    text = squeeze(words(drawing(plan, "6", lang)))
    for category in plan["maturity"]["categories"]:
        for indicator in category["indicators"]:
            assert squeeze(indicator["name"][lang]) in text
            assert f"+{indicator['desired'] - indicator['self_assessed']}" in text or indicator["desired"] == indicator["self_assessed"]


@LANGS
def test_timeline_has_every_deliverable_and_recurrence(plan, lang):
    root = drawing(plan, "7", lang)
    assert len(root) == len(plan["objectives"])  # one per objective: a printed page breaks between them
    labels = [" ".join(t.itertext()) for t in root.iter(f"{{{NS['svg']}}}text")]
    ids = [d["id"] for o in plan["objectives"] for c in o["commitments"] for a in c["activities"] for d in a["deliverables"]]
    assert [label for label in labels if label in ids] == ids
    periods = [p for o in plan["objectives"] for c in o["commitments"] for a in c["activities"]
               for d in a["deliverables"] for p in d["schedule"]]
    ticks = sum(len(timeline.occurrences(p)) for p in periods)
    assert ticks > 0
    assert len(root.findall("svg:svg/svg:line[@stroke-width='2']", NS)) >= ticks


def test_recurrence_falls_on_the_right_months():
    quarterly = {"start": "2022-07", "end": "2024-03", "recurrence": "quarterly", "first": "2022-07-01"}
    months = timeline.occurrences(quarterly)
    # 1 July 2022, then every three months up to the end of March 2024 (1 April): 8 due dates
    assert months[0] == 2022 * 12 + 6 and len(months) == 8 and months[-1] == 2024 * 12 + 3
    assert timeline.occurrences({"start": "2022-04", "end": "2022-06", "recurrence": "monthly"}) == \
        [2022 * 12 + 4, 2022 * 12 + 5, 2022 * 12 + 6]
    assert timeline.occurrences({"start": "2022-04", "end": "2022-06"}) == []


@LANGS
def test_governance_diagram_has_every_body_and_relation(plan, lang):
    root = drawing(plan, "5", lang)
    text = squeeze(words(root))
    governance = plan["governance"]
    names = {b["id"]: body_name(plan, b, lang) for b in governance["bodies"]}
    for name in names.values():
        assert squeeze(name) in text
    arrows = root.findall("svg:polyline[@marker-end='url(#arrow)']", NS)
    dashed = [p for p in root.findall("svg:polyline", NS) if p.get("stroke-dasharray")]
    assert len(arrows) == len(governance["reports_to"])
    assert len(dashed) == len(governance["collaborations"])
    for membership in governance["members"]:
        assert squeeze(names[membership["member"]]) in text


@LANGS
def test_governance_lines_never_cross_a_box(plan, lang):
    root = drawing(plan, "5", lang)
    boxes = [tuple(float(r.get(k)) for k in ("x", "y", "width", "height")) for r in root.findall("svg:rect", NS)]
    for line in root.findall("svg:polyline", NS):
        points = [tuple(map(float, p.split(","))) for p in line.get("points").split()]
        ends = {points[0], points[-1]}
        for box in boxes:
            touches_end = any(box[0] - 4 <= x <= box[0] + box[2] + 4 and box[1] - 4 <= y <= box[1] + box[3] + 4 for x, y in ends)
            if touches_end:
                continue
            for start, end in zip(points, points[1:]):
                assert not svg.crosses(start, end, box, margin=0), (points, box)


@LANGS
def test_long_description_of_governance_says_every_relation(plan, lang):
    html = BeautifulSoup(descriptions.long_descriptions(plan, lang, f"{lang}/section-c/"), "html.parser")
    text = squeeze(html.get_text())
    governance = plan["governance"]
    names = {b["id"]: squeeze(body_name(plan, b, lang)) for b in governance["bodies"]}
    items = [squeeze(li.get_text()) for li in html.find_all("li")]
    for relation in governance["reports_to"]:
        child, parent = names[relation["from"]], names[relation["to"]]
        assert any(item.startswith(child) and item.endswith(parent + ".") for item in items), relation
    for relation in governance["collaborations"]:
        assert any(all(names[b] in item for b in relation["between"]) for item in items), relation
    for membership in governance["members"]:
        assert any(item.startswith(names[membership["committee"]]) and names[membership["member"]] in item for item in items)
    for objective in plan["previous_plan"]["objectives"] + plan["objectives"]:
        for commitment in objective["commitments"]:
            assert squeeze(figure_label(commitment, lang)) in text


@LANGS
def test_annex_c_gives_the_approved_text_then_the_site_s_summary(plan, lang):
    html = BeautifulSoup(descriptions.long_descriptions(plan, lang, f"{lang}/section-c/"), "html.parser")
    blocks = html.select("div.long-description")
    assert len(blocks) == len(plan["long_descriptions"]) == 4
    for block, description in zip(blocks, plan["long_descriptions"]):
        approved = [squeeze(p.get_text()) for p in block.find_all("p", recursive=False)][:-1]  # the last one links back
        assert approved == [squeeze(p[lang]) for p in description["paragraphs"]]
        summary = block.select_one("div.site-summary")
        if description["figure"] == "3":  # its levels are the table beside the figure
            assert summary is None
            continue
        assert summary.find("strong").get_text() == label(lang, "site_summary")
        assert summary.find(["ul", "ol"])


@LANGS
def test_changing_the_data_changes_figure_and_description(plan, lang):
    data = copy.deepcopy(plan.data)
    data["governance"]["reports_to"].append({"from": "dmo", "to": "imso-cio"})
    data["maturity"]["categories"][0]["indicators"][0]["desired"] = 4
    changed = Plan(data)
    assert len(drawing(changed, "5", lang).findall("svg:polyline[@marker-end='url(#arrow)']", NS)) == \
        len(plan["governance"]["reports_to"]) + 1
    before = BeautifulSoup(descriptions.long_descriptions(plan, lang, "x/"), "html.parser").get_text()
    after = BeautifulSoup(descriptions.long_descriptions(changed, lang, "x/"), "html.parser").get_text()
    assert after != before
    assert words(drawing(changed, "6", lang)) != words(drawing(plan, "6", lang))


def test_palette_contrast():
    """Text at least 4.5:1 on every fill it sits on; lines and shapes at least 3:1."""
    text_on = [(svg.INK, svg.PAPER), (svg.INK, svg.TINT), (svg.PAPER, svg.NAVY)]
    for ink, background in text_on:
        assert svg.contrast(ink, background) >= 4.5, (ink, background)
    for shape in (svg.NAVY, svg.ACCENT, svg.INK):
        assert svg.contrast(shape, svg.PAPER) >= 3
    assert svg.contrast("#000000", "#ffffff") == pytest.approx(21)


def test_figures_are_drawn_and_linked_to_their_descriptions_both_ways(built):
    site, _ = built
    for lang in LANGUAGES:
        for number, figure in FIGURES.items():
            page = BeautifulSoup((site / lang / figure.page / "index.html").read_text(encoding="utf-8"), "html.parser")
            element = page.find(id=f"figure-{number}")
            assert element.name == "figure" and element.figcaption.get_text(strip=True).startswith("Figure")
            if figure.draw is None:  # Figure 1, the photo: tests/render/test_figures_1_and_3.py
                continue
            assert element.svg["role"] == "img" and element.svg.title.get_text(strip=True)
            assert "plan-block" not in str(page)  # no marker of macros/site/blocks.py left behind
            link = element.select_one("a.figure-description-link")["href"]
            target_page, anchor = link.split("#")
            target = (site / lang / figure.page / target_page / "index.html").resolve() if target_page else \
                site / lang / figure.page / "index.html"
            described = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
            assert described.find(id=anchor), link
            if figure.description_page == "section-c":
                back = described.find(id=anchor).find_next("a", string=lambda s: s and number in s)
                assert back["href"].endswith(f"#figure-{number}")
