"""The whole plan, in both languages: nothing of the approved French text
missing from the French pages, no paragraph in the other language, every
footnote and every acronym's expansion in both."""
from __future__ import annotations

import copy
import re

import pytest
import yaml
from bs4 import BeautifulSoup

from macros.language.acronyms import glossary, pattern
from macros.language.languages import LANGUAGES

from tests.conftest import ROOT
from tests.data.test_data import SOURCE, plain

# Where each part of the source is on the site.
SOURCE_SECTIONS = [
    ("1. Message du président", "section-01"), ("2. Historique et contexte", "section-02"),
    ("3. Vision", "section-03"), ("4. Progrès réalisés à ce jour", "section-04"),
    ("5. État de maturité de la CFP ouverte", "section-05"),
    ("6. Comment nous avons développé le 4e PMOGO", "section-06"),
    ("7. Objectifs de la CFP ouverte", "section-07"), ("8. Gouvernance de la CFP ouverte", "section-08"),
    ("9. Risques et stratégies d’atténuation", "section-09"), ("10. Tableaux des activités", "section-10"),
    ("ANNEXE A : Rôles et responsabilités", "section-a"), ("ANNEXE B : Acronymes", "section-b"),
    ("ANNEXE C : Descriptions longues", "section-c"),
    ("\nAppuyer les engagements et les attentes du gouvernment", None),  # the figures' own text, drawn with them
]
# Source lines that the site shows differently, each with the reason.
SHOWN_DIFFERENTLY = {
    r"^Figure \d": "captions are drawn with the figure, from the data",
    r"^\[image:": "alt text of a picture: Figure 1's is its alt text in the data, the others' pictures are drawn",
    r"^(La figure 3 décrit|Description détaillée)": "Figure 3's description is in Annex C with the others "
                                                    "(tests/render/test_figures_1_and_3.py)",
    r"^Niveau (d’auto-évaluation|souhaité)": "levels are numbers in the maturity tables",
    r"^Niveau de maturité de l’auto-évaluation": "the tables' captions say it",
    r"^(Responsable|Soutien|Date de (début|fin) du calendrier|Livrables)": "columns of the activity tables",
    r"^\d+(\.\d+)+\.? ?Activité": "activity headings of the tables",
    r"^Stratégies en place": "column of the risks table",
    r"\(Responsabilités\)$": "role headings are the tables' captions",
    r"^BRP$": "the OPI heading is the sentence that introduces the roles tables",
    r"^Progrès vers chaque objectif$": "a heading kept with its wording",
}
# Slips of the source corrected on the pages: source/corrections.yml.
CORRECTIONS = {entry["source"]: entry["site"]
               for entry in yaml.safe_load((ROOT / "source" / "corrections.yml").read_text(encoding="utf-8"))}


def source_lines(start: str, end: str | None):
    """The non-empty lines of the source between two headings, cleaned of
    footnote markers (their texts are lines of their own)."""
    text = SOURCE[SOURCE.index(start):SOURCE.index(end) if end else None]
    for wrong, right in CORRECTIONS.items():
        text = text.replace(wrong, right)
    for line in text.splitlines()[1:]:
        line = re.sub(r"\[bookmark: [^\]]*\]", "", line)
        line = re.sub(r"\[footnoteRef:\d+\]", "", line)
        parts = re.split(r"\s*\[\d+:\s*", line)  # "[2:  footnote text]"
        for part in parts:
            part = part.rstrip("] ").strip(" \t·-")
            part = re.sub(r"\s*\((BCR|CSGI)[^)]*\)\s*\.?$", "", part)  # OSI notes are a column of the roles tables
            part = re.sub(r"^\d+(\.\d+)*\.?\s*:?\s+(?=\D)", "", part)  # numbers, which the data may renumber
            if part and not any(re.search(p, part) for p in SHOWN_DIFFERENTLY):
                yield part


def words(text: str) -> str:
    """The words of a text, lower case, without punctuation or typography."""
    return " ".join(re.findall(r"\w+", plain(text)))


def reader_text(html_file) -> str:
    soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
    article = soup.find("article")
    for extra in article.select(".expansion, sup[id^=fnref]"):  # an acronym's name, which the site adds; footnote numbers
        extra.decompose()
    return f" {words(article.get_text(' '))} "


def test_every_paragraph_of_the_source_is_on_the_french_pages(built):
    site, _ = built
    missing = []
    for (start, slug), (end, _) in zip(SOURCE_SECTIONS, SOURCE_SECTIONS[1:] + [(None, None)]):
        if slug is None:
            continue
        page = reader_text(site / "fr" / slug / "index.html")
        for number, line in enumerate(source_lines(start, end), 1):
            if f" {words(line)} " not in page:
                missing.append(f"docs/fr/{slug}.md: paragraph {number} of the approved {section_name(start)} is "
                               f"missing or changed: « {line[:100]} »")
    assert missing == [], "\n".join(missing + [WHAT_STAYS])


WHAT_STAYS = ("The French pages keep the approved plan's words (source/): put the text back, or, for an evident "
              "slip, list it in source/corrections.yml (see CONTRIBUTING.md, \"What stays as approved\").")


def section_name(heading: str) -> str:
    """ "1. Message du président" -> "section 1"; "ANNEXE A : …" -> "Annex A"."""
    number = re.match(r"(\d+)\.", heading)
    return f"section {number.group(1)}" if number else f"Annex {heading.split()[1]}"


def source_page(site, html_file) -> str:
    """The page a writer edits for a built page: docs/fr/section-01.md for
    fr/section-01/index.html."""
    parts = html_file.relative_to(site).parent.parts
    return f"docs/{parts[0]}/{'/'.join(parts[1:]) or 'index'}.md"


def writers_pages(site, lang) -> list:
    """The built pages of a language, the one-page plan last: it is made of
    the section pages, so a fault in one is reported on the section first."""
    return sorted((site / lang).rglob("index.html"), key=lambda path: (path.parent.name == "plan", str(path)))


FRENCH = {"le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "qui", "sur", "au", "aux", "nous", "de"}
ENGLISH = {"the", "and", "of", "to", "is", "for", "in", "that", "with", "on", "we", "our", "by", "are", "be", "this"}


def language_of(text: str) -> str | None:
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ’']+", text.lower())
    if len(words) < 8:
        return None
    french, english = (sum(w in vocabulary for w in words) for vocabulary in (FRENCH, ENGLISH))
    return "fr" if french > english else "en" if english > french else None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_paragraph_in_the_other_language(built, lang):
    site, _ = built
    for html_file in writers_pages(site, lang):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for block in soup.find("article").find_all(["p", "li", "td", "th", "figcaption", "caption"]):
            block = copy.copy(block)
            for other in block.select(f"[lang]:not([lang={lang}])"):
                other.decompose()
            for sentence in re.split(r"(?<=[.!?;])\s+", block.get_text(" ")):
                assert language_of(sentence) in (None, lang), \
                    f"{source_page(site, html_file)}: this sentence is not in the page's language: {sentence[:150]}"


def test_footnotes_are_in_both_languages_with_links_back(built):
    site, _ = built
    counts = {}
    for lang in LANGUAGES:
        for html_file in sorted((site / lang).rglob("index.html")):
            soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
            references = soup.select("sup[id^=fnref] a.footnote-ref")
            notes = soup.select("div.footnote li[id^=fn]")
            assert len(references) == len(notes), html_file
            for note in notes:
                back = note.select_one("a.footnote-backref")["href"].lstrip("#")
                assert soup.find(id=back), (html_file, back)
            counts[(lang, html_file.relative_to(site / lang).as_posix())] = len(notes)
    different = [f"docs/{lang}/{path.removesuffix('/index.html') or 'index'}.md has {count} footnotes, its twin "
                 f"{counts[('en', path)]}" for (lang, path), count in counts.items()
                 if lang == "fr" and counts[("en", path)] != count]
    assert not different, "\n".join(sorted(different, key=lambda line: "plan" in line))
    source_notes = len(re.findall(r"\[footnoteRef:\d+\]", SOURCE))
    for lang in LANGUAGES:
        assert counts[(lang, "plan/index.html")] == source_notes == 11


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_acronym_shows_its_expansion(built, plan, lang):
    site, _ = built
    entries = glossary(plan, lang)
    regex = pattern(entries)
    names = {}  # every expansion of an acronym (two bodies may share one)
    for org in plan["organizations"]:
        if "acronym" in org:
            names.setdefault(org["acronym"][lang], set()).add(org["name"][lang])
    for html_file in writers_pages(site, lang):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        article = soup.find("article")
        for abbr in article.find_all("abbr"):
            if abbr.get("lang", lang) != lang:  # Annex B's French acronyms, in English
                continue
            expected = names.get(abbr.get_text(), {entries.get(abbr.get_text())})
            if "title" in abbr.attrs:
                assert abbr["title"] in expected, abbr
                continue
            # A page's first use: its name follows it in the text, or the text has just given it.
            after = abbr.next_sibling
            if getattr(after, "name", None) == "span" and "expansion" in after.get("class", []):
                assert after.get_text()[2:-1] in expected, abbr  # " (Name)"
            else:  # or it is defined in parentheses, in the text's own words: "… gouvernement ouvert (PMOGO)"
                before = " ".join(" ".join(abbr.find_all_previous(string=True, limit=6)[::-1]).split())
                defined = str(abbr.previous_sibling or "").endswith("(") and str(abbr.next_sibling or "").startswith(")")
                assert defined or any(name.casefold() in before.casefold() for name in expected), (abbr, before)
        for text in article.find_all(string=True):
            if text.find_parent(["abbr", "script", "style", "svg", "code"]) or \
                    text.find_parent(class_="expansion"):
                continue
            assert not regex.search(text), \
                f"{source_page(site, html_file)}: an acronym the site does not mark (is it in the glossary?): {text[:120]}"


STRUCTURE = {"h2": "level-2 headings", "h3": "level-3 headings", "h4": "level-4 headings", "p": "paragraphs",
             "li": "list items", "table": "tables", "tr": "table rows", "figure": "figures", "blockquote": "quotations"}


def test_french_and_english_pages_have_the_same_structure(built):
    """The translation is complete: each page and its twin have as many
    headings, paragraphs, list items, tables, figures and quotations. The
    one-page plan is compared only when its sections agree."""
    site, _ = built
    different = []
    for html_file in writers_pages(site, "fr"):
        if different and html_file.parent.name == "plan":
            break
        twin = site / "en" / html_file.relative_to(site / "fr")
        counts = []
        for page in (html_file, twin):
            article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("article")
            counts.append({tag: len(article.find_all(tag)) for tag in STRUCTURE})
        different += [f"{source_page(site, html_file)} has {counts[0][tag]} {name}, its English twin "
                      f"{source_page(site, twin)} has {counts[1][tag]}: a passage is missing in one language"
                      for tag, name in STRUCTURE.items() if counts[0][tag] != counts[1][tag]]
    assert not different, "\n".join(different)


def test_english_pages_use_the_english_acronyms(built, plan):
    """No French-only acronym (SGO, CFP, PMOGO…) on an English page, except
    inside a passage marked as French."""
    site, _ = built
    english = {o["acronym"]["en"] for o in plan["organizations"] if "acronym" in o}
    french_only = {o["acronym"]["fr"] for o in plan["organizations"] if "acronym" in o} - english
    regex = re.compile(r"(?<![\w/-])(" + "|".join(map(re.escape, sorted(french_only, key=len, reverse=True))) + r")(?![\w/-])")
    for html_file in writers_pages(site, "en"):
        article = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser").find("article")
        for french in article.select("[lang=fr]"):
            french.decompose()
        found = regex.findall(article.get_text(" "))
        assert not found, f"{source_page(site, html_file)}: French acronyms on an English page: {sorted(set(found))} " \
            "(write the English acronym, or mark a French passage with <span lang=\"fr\">)"
