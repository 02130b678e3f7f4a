"""The whole plan, in both languages: nothing of the approved French text
missing from the French pages, no paragraph in the other language, every
footnote and every acronym's expansion in both."""
from __future__ import annotations

import copy
import re

import pytest
from bs4 import BeautifulSoup

from macros.acronyms import glossary, pattern
from macros.labels import LANGUAGES

from .test_data import SOURCE, plain

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
    r"^\[image:": "alt text of a picture that is not part of the export",
    r"^(La figure 3 décrit|Description détaillée)": "Figure 3's facts are the levels table beside it",
    r"^Niveau (d’auto-évaluation|souhaité)": "levels are numbers in the maturity tables",
    r"^Niveau de maturité de l’auto-évaluation": "the tables' captions say it",
    r"^(Responsable|Soutien|Date de (début|fin) du calendrier|Livrables)": "columns of the activity tables",
    r"^\d+(\.\d+)+\.? ?Activité": "activity headings of the tables",
    r"^Stratégies en place": "column of the risks table",
    r"\(Responsabilités\)$": "role headings are the tables' captions",
    r"^BRP$": "the OPI heading is the sentence that introduces the roles tables",
    r"^Progrès vers chaque objectif$": "a heading kept with its wording",
}
# Slips of the source corrected on the site (see the "# correction:" comments of data/plan.yml).
CORRECTIONS = {
    "Portail du gouvernemental ouvert": "Portail du gouvernement ouvert",
    "membres du PGP": "membres du PGO",
    "les thèmes en complète": "les thèmes au complet",
    "devraient être reflétés": "devraient être reflétées",
    "en particulier ce qui concerne": "en particulier en ce qui concerne",
    "(CGI/TI), et le comité d’intégration": "(CGI/TI), et du comité d’intégration",
    "ressources de données ouvertes SLE": "ressources de données ouvertes ELS",
    "sur le service et le numérique": "sur les services et le numérique",
    "BRP : Bureau de première responsabilité": "BPR : Bureau de première responsabilité",
    "au CEM pour": "au CEG pour",
    "GTOG : Groupe de travail": "GTGO : Groupe de travail",
    "Le PMOGO et a été approuvé par le Comité de gestion exécutive (CEG) le 30 mars, 2022":
        "Le PMOGO a été approuvé par le Comité exécutif de gestion (CEG) le 30 mars 2022",
    "Le rôle de du CSGI": "Le rôle du CSGI",
    "Créez une culture": "Créer une culture",
    "DND : Défense nationale": "MDN : Défense nationale",
}


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
    for extra in article.select(".visually-hidden, sup[id^=fnref]"):  # screen-reader text, footnote numbers
        extra.decompose()
    return f" {words(article.get_text(' '))} "


def test_every_paragraph_of_the_source_is_on_the_french_pages(built):
    site, _ = built
    missing = []
    for (start, slug), (end, _) in zip(SOURCE_SECTIONS, SOURCE_SECTIONS[1:] + [(None, None)]):
        if slug is None:
            continue
        page = reader_text(site / "fr" / slug / "index.html")
        for line in source_lines(start, end):
            if f" {words(line)} " not in page:
                missing.append(f"{slug}: {line[:120]}")
    assert missing == [], "\n".join(missing)


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
    for html_file in sorted((site / lang).rglob("index.html")):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for block in soup.find("article").find_all(["p", "li", "td", "th", "figcaption", "caption"]):
            block = copy.copy(block)
            for other in block.select(f"[lang]:not([lang={lang}])"):
                other.decompose()
            for sentence in re.split(r"(?<=[.!?;])\s+", block.get_text(" ")):
                assert language_of(sentence) in (None, lang), (html_file.relative_to(site).as_posix(), sentence[:150])


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
    for (lang, path), count in counts.items():
        assert counts[("en" if lang == "fr" else "fr", path)] == count, path
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
    for html_file in sorted((site / lang).rglob("index.html")):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        article = soup.find("article")
        for abbr in article.find_all("abbr"):
            assert abbr.get("title") in names.get(abbr.get_text(), {entries.get(abbr.get_text())}), abbr
        for text in article.find_all(string=True):
            if text.find_parent(["abbr", "script", "style", "svg", "code"]) or \
                    text.find_parent(class_="visually-hidden"):
                continue
            assert not regex.search(text), (html_file.relative_to(site).as_posix(), text[:120])


def test_french_and_english_pages_have_the_same_structure(built):
    """The translation is complete: each page and its twin have as many
    headings, paragraphs, list items, tables, figures and footnotes."""
    site, _ = built
    for html_file in sorted((site / "fr").rglob("index.html")):
        twin = site / "en" / html_file.relative_to(site / "fr")
        counts = []
        for page in (html_file, twin):
            article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("article")
            counts.append({tag: len(article.find_all(tag)) for tag in ("h2", "h3", "h4", "p", "li", "table", "tr", "figure", "blockquote")})
        assert counts[0] == counts[1], (html_file.relative_to(site).as_posix(), counts)


def test_english_pages_use_the_english_acronyms(built, plan):
    """No French-only acronym (SGO, CFP, PMOGO…) on an English page, except
    inside a passage marked as French."""
    site, _ = built
    english = {o["acronym"]["en"] for o in plan["organizations"] if "acronym" in o}
    french_only = {o["acronym"]["fr"] for o in plan["organizations"] if "acronym" in o} - english
    regex = re.compile(r"(?<![\w/-])(" + "|".join(map(re.escape, sorted(french_only, key=len, reverse=True))) + r")(?![\w/-])")
    for html_file in sorted((site / "en").rglob("index.html")):
        article = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser").find("article")
        for french in article.select("[lang=fr]"):
            french.decompose()
        found = regex.findall(article.get_text(" "))
        assert not found, (html_file.relative_to(site).as_posix(), sorted(set(found)))
