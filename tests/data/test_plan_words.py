"""The plan's own words, to the letter: the French pages keep the approved
plan's capitals and commas, not only its words; each page of the source
that the site shows (the approval, the section headings, the figures'
captions and labels, the dates of the activity tables) reads as approved;
and every departure is listed in source/corrections.yml with its reason.
Nothing may differ silently."""
from __future__ import annotations

import difflib
import re

import pytest
import yaml
from bs4 import BeautifulSoup

from tests.conftest import ROOT
from tests.data.test_content import SOURCE_SECTIONS, WHAT_STAYS, section_name, source_lines
from tests.data.test_data import SOURCE

CORRECTIONS_FILE = ROOT / "source" / "corrections.yml"


def strict(text: str) -> str:
    """Text compared with its capitals and its commas: only spacing and the
    typographic forms of quotes, apostrophes, dashes and ellipses (which
    Canadian typography and the export write differently) are evened out."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("…", "...")
    text = re.sub(r"[«»“”\"]", '"', text)
    text = re.sub(r"\s*[-–—]\s*", "-", text)
    text = re.sub(r"\s+([,;:.!?)\]\"])", r"\1", text)
    text = re.sub(r"([(\[\"])\s+", r"\1", text)
    return re.sub(r"\s+", " ", text).strip(" .;")


def article_text(html_file) -> str:
    """What a reader reads of a page's article, without the acronyms'
    names the site spells out or the footnotes' numbers; inline elements
    (an acronym's <abbr>) do not split the words around them."""
    article = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser").find("article")
    for extra in article.select(".expansion, sup[id^=fnref], .headerlink"):
        extra.decompose()
    for block in article.find_all(["p", "li", "h1", "h2", "h3", "h4", "td", "th", "caption", "figcaption", "dt", "dd"]):
        block.insert_after(" ")
    return strict(article.get_text(""))


def differences(line: str, page: str) -> str:
    """The words of `line` that the closest passage of `page` writes
    otherwise: "« proactive, » → « proactive »"."""
    wanted, words = strict(line).split(), page.split()
    width = len(wanted)
    best = max(range(max(1, len(words) - width + 1)),
               key=lambda i: difflib.SequenceMatcher(None, wanted, words[i:i + width], autojunk=False).ratio())
    found = words[max(0, best - 2):best + width + 2]  # a little wider, then what lies beyond either end is dropped
    pairs = [(" ".join(wanted[a1:a2]), " ".join(found[b1:b2]))
             for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, wanted, found, autojunk=False).get_opcodes()
             if tag != "equal" and not (tag == "insert" and a1 in (0, width))
             and not (a2 == width and " ".join(found[b1:b2]).startswith(" ".join(wanted[a1:a2])))]
    return "; ".join(f"« {plan} » → « {shown} »" for plan, shown in pairs[:4])


# --- corrections.yml ------------------------------------------------------------------

def test_every_correction_says_what_the_source_has_what_the_site_shows_and_why():
    entries = yaml.safe_load(CORRECTIONS_FILE.read_text(encoding="utf-8"))
    wrong, text = [], SOURCE
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or set(entry) != {"source", "site", "reason"} or \
                not all(isinstance(v, str) and v.strip() for v in entry.values()):
            wrong.append(f"source/corrections.yml, entry {number}: expected exactly `source`, `site` and `reason`, "
                         f"each a text (the reason says why the source's words are an evident slip): {entry}")
        elif entry["source"] not in text:  # the entries apply in order, each to the text the ones before left
            wrong.append(f"source/corrections.yml, entry {number}: « {entry['source']} » is not in the approved plan "
                         "(source/plan-2022-2024.fr.txt, as the entries above correct it): the entry corrects nothing")
        elif entry["source"] == entry["site"]:
            wrong.append(f"source/corrections.yml, entry {number}: `site` is the same as `source`")
        else:
            text = text.replace(entry["source"], entry["site"])
    assert not wrong, "\n".join(wrong)


# --- the French pages, capitals and commas included -------------------------------------

def test_the_french_pages_keep_the_plans_capitals_and_commas(built):
    """The content test compares words; this one compares the text as
    written: a capital added (« Groupe de travail ») or a comma dropped
    changes the approved plan as surely as a word."""
    site, _ = built
    changed = []
    for (start, slug), (end, _) in zip(SOURCE_SECTIONS, SOURCE_SECTIONS[1:] + [(None, None)]):
        if slug is None:
            continue
        page = article_text(site / "fr" / slug / "index.html")
        for number, line in enumerate(source_lines(start, end), 1):
            shown = line.replace(" : ", " ", 1) if slug == "section-b" else line  # "ACC : …" is a row of two cells
            if re.fullmatch(r"Activité ?:", line) or strict(shown) in page:
                continue
            changed.append(f"docs/fr/{slug}.md: paragraph {number} of the approved {section_name(start)} differs "
                           f"in its capitals or punctuation (plan → page: {differences(shown, page)}): « {line[:100]} »")
    assert not changed, "\n".join(changed + [WHAT_STAYS])


APPROVAL = SOURCE.split("\n")[2].strip()  # "Ce document a été approuvé par … le 30 mars 2022."


@pytest.mark.parametrize("page", ["index", "plan"])
def test_the_approval_is_the_plans_sentence(built, page):
    """The plan opens with its approval; the home page and the one-page plan
    give that sentence as approved."""
    site, _ = built
    assert APPROVAL.startswith("Ce document a été approuvé")
    html_file = site / "fr" / ("" if page == "index" else page) / "index.html"
    assert strict(APPROVAL) in article_text(html_file), \
        f"docs/fr/{page}.md: the approval sentence is not the plan's: « {APPROVAL} »"


# --- headings, captions and the figures' boxes --------------------------------------------

def source_heading(start: str) -> str:
    """A section's heading line in the source, from its start ("10. Tableaux
    des activités" -> "10. Tableaux des activités - Activités/responsables")."""
    line = re.sub(r"\[bookmark: [^\]]*\]", "", SOURCE[SOURCE.index(start):].split("\n", 1)[0])
    return line.replace("ANNEXE", "Annexe")  # the source sets its annexes' headings in capitals


def test_every_section_keeps_the_plans_heading(built):
    site, _ = built
    changed = []
    for start, slug in SOURCE_SECTIONS:
        if slug is None:
            continue
        page = BeautifulSoup((site / "fr" / slug / "index.html").read_text(encoding="utf-8"), "html.parser")
        shown = page.find("article").h1.get_text("")  # a <wbr> is a place to break, not a space
        if strict(shown) != strict(source_heading(start)):
            changed.append(f"docs/fr/{slug}.md: the heading « {shown.strip()} » is not the plan's: "
                           f"« {source_heading(start).strip()} »")
    assert not changed, "\n".join(changed)


def source_captions() -> dict:
    """Figure number -> its caption in the source's text ("Figure 3: Échelle…")."""
    return {match.group(1): match.group(0) for match in re.finditer(r"^Figure (\d) ?: .*$", SOURCE, re.MULTILINE)
            if SOURCE.index(match.group(0)) < SOURCE.index("ANNEXE A : Rôles")}


def annex_c_headings() -> dict:
    """Figure number -> the title Annex C gives its long description."""
    annex = SOURCE[SOURCE.index("ANNEXE C : Descriptions longues"):]
    return {match.group(1): re.sub(r"\[bookmark: [^\]]*\]", "", match.group(0))
            for match in re.finditer(r"^(?:\[bookmark: [^\]]*\])*Figure (\d) : .*$", annex, re.MULTILINE)}


def test_every_figure_keeps_the_plans_caption(built):
    """Figures 1 to 5 carry the plan's captions, and Annex C's headings the
    titles Annex C gives them (Figure 5's has no « révisée » there)."""
    site, _ = built
    captions, headings = source_captions(), annex_c_headings()
    assert sorted(captions) == ["1", "2", "3", "4", "5"] and sorted(headings) == ["2", "4", "5"]
    pages = {"1": "section-01", "2": "section-04", "3": "section-05", "4": "section-07", "5": "section-08"}
    changed = []
    for number, page in pages.items():
        html = BeautifulSoup((site / "fr" / page / "index.html").read_text(encoding="utf-8"), "html.parser")
        figure = html.find(id=f"figure-{number}")
        shown = figure.find(id=f"figure-{number}-caption").get_text("") if figure else "(no figure)"
        if strict(shown) != strict(captions[number]):
            changed.append(f"docs/fr/{page}.md: Figure {number}'s caption « {shown} » is not the plan's: « {captions[number]} »")
    annex = BeautifulSoup((site / "fr" / "section-c" / "index.html").read_text(encoding="utf-8"), "html.parser")
    for number, title in headings.items():
        shown = annex.find(id=f"description-figure-{number}").get_text("")
        if strict(shown) != strict(title):
            changed.append(f"docs/fr/section-c.md: Annex C's heading « {shown} » is not the plan's: « {title} »")
    assert not changed, "\n".join(changed)


def figure_boxes() -> set:
    """The words of Figures 2, 3 and 4's boxes: the source lists them after Annex C."""
    text = SOURCE[SOURCE.index("\nAppuyer les engagements et les attentes du gouvernment"):]
    return {strict(line) for line in text.splitlines() if line.strip()}


def test_figure_3_and_figure_4_say_what_their_boxes_say(plan):
    """Each level's name is Figure 3's box as approved (« La participation
    ouverte »), and each of Figure 4's boxes, objective or commitment, its
    own words (« … de nos données et informations ouvertes »)."""
    from macros.render.figures.objectives import figure_label
    boxes = figure_boxes()
    named = [level["name"]["fr"] for level in plan["maturity"]["levels"]]
    named += [figure_label(item, "fr") for objective in plan["objectives"] for item in [objective, *objective["commitments"]]]
    changed = [f"data/plan.yml: « {name} » is not in the approved figure's boxes (the source's text after Annex C)"
               for name in named if strict(name) not in boxes]
    assert not changed, "\n".join(changed)


# --- the dates of the activity tables -----------------------------------------------------

MONTHS = {"janv.": "janvier", "jan.": "janvier", "fév.": "février", "sept.": "septembre", "oct.": "octobre",
          "nov.": "novembre", "déc.": "décembre"}


def source_dates() -> dict:
    """Deliverable number (as in the source) -> (start, end) as section 10 writes them."""
    from tests.data.test_data import SECTION_10
    dates = {}
    blocks = re.split(r"\n(?:· |\t- )?(?:\[bookmark: [^\]]*\])*(\d+\.\d+\.\d+\.\d+)\.? ?:? ", SECTION_10)
    for number, block in zip(blocks[1::2], blocks[2::2]):
        found = re.findall(r"Date de (?:début|fin) du calendrier\s*:\s*(.*)", block.split("\n", 1)[1] if "\n" in block else "")
        if len(found) >= 2:  # activity 2.2.3's statement repeats its deliverable's number: no dates there
            dates[number] = (found[0], found[1])  # 4.2.2.7 writes « Date de début » twice: the second is its end
    return dates


def date_words(text: str) -> str:
    for short, month in MONTHS.items():
        text = text.replace(short, month)
    return " ".join(re.findall(r"\w+", text.replace("\u00a0", " ").casefold()))


def test_the_activity_tables_give_the_plans_dates_and_no_other_note(built, plan):
    """Each start and end cell of section 10 says what the plan's
    « Date de début/fin du calendrier » says (« fin de chaque trimestre –
    1er juillet 2022 », « avril 2022 (en cours) »), and nothing more: a
    recurrence the plan gives only in a deliverable's text adds no note."""
    from tests.conftest import deliverables
    site, _ = built
    page = BeautifulSoup((site / "fr" / "section-10" / "index.html").read_text(encoding="utf-8"), "html.parser")
    approved = source_dates()
    changed = []
    for deliverable in deliverables(plan):
        number = deliverable.get("source_id", deliverable["id"])
        row = page.find("th", string=lambda s, d=deliverable["id"]: s and s.startswith(d + " ")) or \
            next(th for th in page.select("table.activities tbody th[scope=row]")
                 if th.get_text(" ").startswith(deliverable["id"] + " "))
        start, end = (cell.get_text(" ") for cell in row.parent.find_all("td")[2:4])
        for which, shown, written in (("start", start, approved[number][0]), ("end", end, approved[number][1])):
            if date_words(shown) != date_words(written):
                changed.append(f"deliverable {deliverable['id']}: the {which} cell reads « {' '.join(shown.split())} », "
                               f"the plan « {written.strip()} »")
    assert len(approved) == 59 and not changed, "\n".join(changed)


# --- Annex B --------------------------------------------------------------------------------

def test_annex_b_lists_the_plans_acronyms_and_sets_the_sites_additions_apart(built):
    """The first table of Annex B is the approved Annex B (with its corrected
    spellings); the acronyms the plan uses without listing them (CI-CGI/TI,
    DPD, ÉFPC, GTGI, PFETE, SPC) are in a table of their own that says so,
    in both languages."""
    from tests.data.test_content import CORRECTIONS
    annex = SOURCE[SOURCE.index("ANNEXE B : Acronymes"):SOURCE.index("ANNEXE C")]
    for wrong, right in CORRECTIONS.items():
        annex = annex.replace(wrong, right)
    listed = set(re.findall(r"^· (?:\[bookmark: [^\]]*\])*([^ :]+) :", annex, re.MULTILINE))
    site, _ = built
    for lang in ("fr", "en"):
        page = BeautifulSoup((site / lang / "section-b" / "index.html").read_text(encoding="utf-8"), "html.parser")
        tables = page.find("article").find_all("table")
        assert len(tables) == 2, f"docs/{lang}/section-b.md: expected the approved Annex B, then the site's additions"
        column = "th" if lang == "fr" else "td abbr[lang=fr]"  # in English, the approved plan's French acronyms
        approved, added = ({cell.get_text(strip=True) for cell in table.select(f"tbody {column}")} for table in tables)
        assert approved == listed, f"docs/{lang}/section-b.md: {sorted(approved ^ listed)}"
        assert added == {"CI-CGI/TI", "DPD", "ÉFPC", "GTGI", "PFETE", "SPC"}, f"docs/{lang}/section-b.md: {sorted(added)}"
        caption = tables[1].caption.get_text()
        assert {"fr": "sans les inscrire à son annexe B", "en": "without listing them in its Annex B"}[lang] in caption
