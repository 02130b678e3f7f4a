"""What the data layer tells a writer is in the writer's language: French
to a French locale, English otherwise. The words are in the language files
(messages:), never in the code; a schema is quoted in the writer's language
(x-description-fr beside each description); what the writer typed is
quoted as characters, never as a Python escape."""
from __future__ import annotations

import ast
import errno
import re
import string
from pathlib import Path

import pytest
import yaml

from macros.data.files import DataFiles
from macros.data.plan import ABOUT, DataError, read, read_guide
from macros.data.progress import read_progress
from macros.data.source import parse
from macros.data.validation import NUMBERED, check, check_guide
from macros.language.labels import FOLDER, LABELS, NBSP, flattened

from tests.conftest import DATA_TEXT, ROOT, broken
from tests.data.test_hostile_data import CASES as HOSTILE_CASES
from tests.data.test_progress_data import TODAY, changed
from tests.data.test_validation import wrong_shapes

GUIDE_TEXT = (ROOT / "data" / "guide.yml").read_text(encoding="utf-8")
CODE = sorted((ROOT / "macros" / "data").glob("*.py"))


def fr(text: str) -> str:
    """French as the tests write it, with a space where the message has a
    no-break space: inside « », before a colon."""
    return text.replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»").replace(" :", f"{NBSP}:")


def messages_of(text: str) -> list[str]:
    with pytest.raises(DataError) as raised:
        read(text)
    return [str(problem) for problem in raised.value.problems]


# --- the same mistakes, told in each language ------------------------------------

# name: (old, new, English, French), each expected within one of the problems of data/plan.yml so changed.
PLAN_CASES = {
    "a month out of range": ("end: 2022-08}", "end: 2022-13}",
                             "schedule[0].end: '2022-13' is not a month (YYYY-MM)",
                             "schedule[0].end: « 2022-13 » n’est pas un mois (AAAA-MM)"),
    "a missing translation": ('en: "Foster our', 'xx: "Foster our',
                              "objectives[0].title: missing English translation 'en'; add it: `en: \"…\"`",
                              "objectives[0].title: il manque le texte anglais « en »; ajoutez-le : `en: \"…\"`"),
    "an unknown field in a text": ('en: "Foster our', 'xx: "Foster our',
                                   "title.xx: unknown field 'xx'; expected one of: en, fr",
                                   "title.xx: champ inconnu « xx »; il faut l’un de ceux-ci : en, fr"),
    "an empty translation": ('en: "Foster our “open by default” culture"', 'en: "  "',
                             "title.en: empty text; expected a non-empty English text",
                             "title.en: texte vide; il faut un texte anglais non vide"),
    "an unknown organization": ("supports: [cas, learning]", "supports: [cas, lerning]",
                                "unknown organization key 'lerning' (did you mean 'learning'?); "
                                "it must be a key of 'organizations' in data/plan.yml",
                                "clé d’organisation inconnue « lerning » (vouliez-vous dire « learning »?); "
                                "il faut une clé de « organizations » dans data/plan.yml"),
    "an unknown organization in a role": ("osi: [business-lines]", "osi: [business-line]",
                                          "unknown organization key 'business-line'",
                                          "clé d’organisation inconnue « business-line »"),
    "a number out of order": ('id: "1.1.1.1"', 'id: "1.1.2.1"',
                              "deliverable number '1.1.2.1' should be '1.1.1.1' (deliverable numbers extend 1.1.1 in "
                              "order); write `id: \"1.1.1.1\"`",
                              "le numéro du livrable « 1.1.2.1 » devrait être « 1.1.1.1 » (ces numéros prolongent 1.1.1 "
                              "et se suivent dans l’ordre); écrivez `id: \"1.1.1.1\"`"),
    "a number used twice": ('id: "1.2"', 'id: "1.1"',
                            "duplicate commitment number '1.1' (already used on line",
                            "le numéro de l’engagement « 1.1 » est déjà employé à la ligne"),
    "a first number out of order": ('  - id: "1"\n    title:', '  - id: "5"\n    title:',
                                    "objectives[0].id: objective number '5' should be '1' (objective numbers run 1, 2, "
                                    "3… in order)",
                                    "objectives[0].id: le numéro de l’objectif « 5 » devrait être « 1 » (ces numéros se "
                                    "suivent dans l’ordre, 1, 2, 3…)"),
    "a level outside the scale": ("self_assessed: 3\n          desired: 5", "self_assessed: 3\n          desired: 6",
                                  "desired: 6 is not a maturity level from 0 to 5",
                                  "desired: 6 n’est pas un niveau de maturité de 0 à 5"),
    "a period that ends before it starts": ("{start: 2022-04, end: 2022-08}", "{start: 2022-09, end: 2022-08}",
                                            "the period ends (2022-08) before it starts (2022-09)",
                                            "la période se termine (2022-08) avant de commencer (2022-09)"),
    "periods that overlap": ("{start: 2022-07, end: 2022-09}", "{start: 2022-05, end: 2022-09}",
                             "this period starts (2022-05) before the previous one ends (2022-06); list periods in order",
                             "cette période commence (2022-05) avant la fin de la précédente (2022-06); "
                             "donnez les périodes dans l’ordre"),
    "a first date outside its period": ('recurrence: quarterly, first: "2022-07-01"', 'recurrence: quarterly, first: "2022-05-01"',
                                        "the first occurrence (2022-05-01) is outside the period 2022-07 to 2024-03",
                                        "la première échéance (2022-05-01) est hors de la période de 2022-07 à 2024-03"),
    "a first date without recurrence": ('recurrence: quarterly, first: "2022-07-01"', 'first: "2022-07-01"',
                                        "'first' needs a 'recurrence' (monthly, quarterly or annually)",
                                        "« first » exige une « recurrence » (monthly, quarterly ou annually)"),
    "a misspelt field": ("supports: [cas, learning]", "suports: [cas, learning]",
                         "unknown field 'suports' (did you mean 'supports'?)",
                         "champ inconnu « suports » (vouliez-vous dire « supports »?)"),
    "a missing field": ("supports: [cas, learning]", "suports: [cas, learning]",
                        "missing required field 'supports'; add `supports:` with its value",
                        "il manque le champ obligatoire « supports »; ajoutez `supports:` avec sa valeur"),
    "an unknown body": ("- {from: ogs, to: ogwg}", "- {from: ogs, to: owg}",
                        "unknown governance body 'owg' (did you mean 'ogwg'?)",
                        "instance de gouvernance inconnue « owg » (vouliez-vous dire « ogwg »?)"),
    "a body defined twice": ("    - id: emc\n", "    - id: president\n",
                             "bodies[1].id: duplicate body id 'president' (already used on line",
                             "bodies[1].id: l’identifiant d’instance « president » est déjà employé à la ligne"),
    "an organization defined twice": ("  - key: learning\n", "  - key: cas\n",
                                      "duplicate organization key 'cas' (first defined on line",
                                      "la clé d’organisation « cas » est déjà définie à la ligne"),
    "an unquoted number": ('id: "1.1"', "id: 1.1",
                           "commitments[0].id: 1.1 is not a quoted number such as \"4.2.1.3\"",
                           "commitments[0].id: 1.1 n’est pas un numéro entre guillemets droits, comme `\"4.2.1.3\"`"),
    "a party without its organization": ("supports: [cas, learning]", "supports: [cas, {unit: learning}]",
                                         "supports[1]: missing field 'org' (the organization's key) in a lead or support",
                                         "supports[1]: il manque le champ « org » (la clé de l’organisation) dans un "
                                         "responsable ou un soutien"),
    "a party's office": ("supports: [cas, learning]", "supports: [cas, {org: learning, office: lead}]",
                         "office: 'lead' is not an office; expected opi",
                         "office: « lead » n’est pas un bureau; il faut opi"),
    "levels out of order": ("    - level: 3\n", "    - level: 4\n",
                            "levels[3].level: level 4 is in position 3; list the levels 0 to 5 in order",
                            "levels[3].level: le niveau 4 est en position 3; donnez les niveaux de 0 à 5 dans l’ordre"),
    "a plan that ends before it starts": ("period: {start: 2022, end: 2024}", "period: {start: 2024, end: 2022}",
                                          "plan.period.end: the plan ends (2022) before it starts (2024)",
                                          "plan.period.end: le plan se termine (2022) avant de commencer (2024)"),
    "a text that is a list": ('en: "Foster our “open by default” culture"', "en: [a]",
                              "title.en: a list is not a non-empty English text",
                              "title.en: une liste n’est pas un texte anglais non vide"),
    "a text left empty": ('en: "Foster our “open by default” culture"', "en:",
                          "title.en: an empty value is not a non-empty English text",
                          "title.en: une valeur vide n’est pas un texte anglais non vide"),
    "a list that is a mapping": ("supports: [cas, learning]", "supports: {cas: learning}",
                                 "supports: a mapping is not a list of supports ([] for none)",
                                 "supports: un groupe de champs n’est pas une liste de soutiens (`[]` s’il n’y en a aucun)"),
    "an empty list": ("supports: [cas, learning]\n                schedule:\n                  - {start: 2022-04, end: 2022-08}",
                      "supports: [cas, learning]\n                schedule: []",
                      "schedule: 0 item(s) found; expected a list of periods",
                      "schedule: 0 élément(s) trouvé(s); il faut une liste de périodes"),
}

# The French twin of each case of test_hostile_data.py whose message is the
# checks' (the others are the reader's, macros/data/source.py).
HOSTILE_FRENCH = {
    "a day that does not exist": "plan.approval.date: « 2022-02-30 » n’est pas un jour du calendrier (février 2022 compte 28 jours)",
    "a first day that does not exist": "« 2022-09-31 » n’est pas un jour du calendrier (septembre 2022 compte 30 jours)",
    "year zero": "schedule[0].start: « 0000-01 » est hors de la période du plan; il faut une date de 2020 à 2026",
    "year 9999": "schedule[0].end: « 9999-12 » est hors de la période du plan; il faut une date de 2020 à 2026",
    "a level written 3.0": "maturity.levels[3].level: 3.0 est un nombre décimal; il faut un nombre entier (3)",
    "a wrong party mapping": "supports[1].unt: champ inconnu « unt » (vouliez-vous dire « unit »?) dans un responsable ou un soutien",
    "a month of two digits": "« 22-04 » n’est pas un mois (AAAA-MM)",
    "zero-width-only text": "objectives[0].title.en: « U+200BU+200D » n’affiche rien (que des caractères invisibles)",
    "English identical to French": "objectives[0].title.en: le texte anglais est le même que le texte français "
                                   "(« Favoriser notre culture « ouverte par défaut » »); il faut une traduction",
}
READER_CASES = {"a key that is a number", "a key that is a list", "nesting 300 deep", "nesting 990 deep", "a text too long"}


@pytest.mark.parametrize("case", PLAN_CASES)
def test_a_mistake_in_the_plan_is_told_in_english(case):
    old, new, english, _ = PLAN_CASES[case]
    found = messages_of(broken(old, new)[0])
    assert any(english in message for message in found), found


@pytest.mark.parametrize("case", PLAN_CASES)
def test_a_mistake_in_the_plan_is_told_in_french(french, case):
    old, new, _, words = PLAN_CASES[case]
    found = messages_of(broken(old, new)[0])
    assert any(fr(words) in message for message in found), found


def test_every_hostile_case_of_the_checks_has_its_french_words():
    assert set(HOSTILE_CASES) == set(HOSTILE_FRENCH) | READER_CASES


@pytest.mark.parametrize("case", HOSTILE_FRENCH)
def test_a_hostile_case_is_one_located_problem_in_french(french, case):
    old, new, _ = HOSTILE_CASES[case]
    text, line = broken(old, new)
    [message] = messages_of(text)
    assert message.startswith(f"data/plan.yml:{line}: ") and fr(HOSTILE_FRENCH[case]) in message, message


# (old, new, French) in tests/fixtures/progress.yml, as test_progress_data.py changes it.
PROGRESS_FRENCH = [
    ('id: "4.2.1.1"', 'id: "4.2.1.99"', "livrable inconnu « 4.2.1.99 » (vouliez-vous dire « 4.2.1.9 »?); "
                                        "il faut un numéro de livrable de data/plan.yml"),
    ("status: limited", "status: late", "« late » n’est pas un état : not-started, limited, substantial, complete ou withdrawn"),
    ("as_of: 2022-09-30", "as_of: 2022-01-31", "le rapport porte sur le 2022-01-31, avant l’approbation du plan (2022-03-30)"),
    ("as_of: 2024-03-31", "as_of: 2026-06-30", "le rapport porte sur le 2026-06-30, un jour encore à venir (nous sommes le 2026-01-01)"),
    ("as_of: 2024-03-31", "as_of: 2023-03-31", "deux rapports portent sur le 2023-03-31 (l’autre est à la ligne 7); fusionnez-les"),
    ('id: "2.1.1.1"', 'id: "1.1.1.1"', "le livrable « 1.1.1.1 » figure déjà à la ligne 11 de ce rapport"),
    ('en: "Strategy published."', 'xx: "Strategy published."', "il manque le texte anglais « en »"),
    ('url: "https://example', 'url: "http://example', "n’est pas une adresse `https:` (`https://…`)"),
    ("as_of: 2024-03-31", "as_of: 2024-02-30", "« 2024-02-30 » n’est pas un jour du calendrier (février 2024 compte 29 jours)"),
    ('{indicator: "2.5", level: 2}', '{indicator: "2.9", level: 2}', "indicateur inconnu « 2.9 » (vouliez-vous dire « 2.5 »?)"),
    ('{indicator: "2.5", level: 2}', '{indicator: "2.5", level: 7}', "7 n’est pas un niveau de maturité de 0 à 5"),
    ("published: 2024-04-30", "published: 2024-03-01",
     "le rapport est publié (2024-03-01) avant le jour qu’il décrit (2024-03-31)"),
    ("published: 2024-04-30", "published: 2026-04-30",
     "la date de publication 2026-04-30 est encore à venir (nous sommes le 2026-01-01)"),
    ('status: withdrawn\n        progress:', 'status: withdrawn\n        challenges:',
     "un livrable à l’état « withdrawn » doit être justifié, dans « progress » (fr et en); "
     "écrivez `progress: {fr: \"…\", en: \"…\"}`"),
]


@pytest.mark.parametrize("old, new, words", PROGRESS_FRENCH)
def test_a_bad_report_is_told_in_french_with_its_line(plan, french, old, new, words):
    text, line = changed(old, new)
    with pytest.raises(DataError) as raised:
        read_progress(text, plan, today=TODAY)
    found = [str(problem) for problem in raised.value.problems]
    assert any(f"data/progress.yml:{line}:" in message and fr(words) in message for message in found), found


def test_the_guide_is_told_in_french(plan, french):
    wrong = GUIDE_TEXT.replace('  - id: "2"', '  - id: "7"', 1).replace("responsible: [business-lines]",
                                                                          "responsible: [business-line]", 1)
    wrong = wrong.replace("  - id: before-publishing", "  - id: before-proposing", 1)
    with pytest.raises(DataError) as raised:
        read_guide(wrong, plan)
    told = str(raised.value)
    assert told.startswith(fr("3 problèmes dans les données du guide :\n  data/guide.yml:")), told
    for words in ("questions[1].id: le numéro « 7 » devrait être « 2 » (les éléments de « questions » se suivent "
                  "dans l’ordre, 1, 2, 3…); écrivez `id: \"2\"`",
                  "clé d’organisation inconnue « business-line » (vouliez-vous dire « business-lines »?)",
                  "checklists[1].id: l’identifiant de liste de vérification « before-proposing » est déjà employé à la ligne 214"):
        assert fr(words) in told, told


def test_the_heading_of_the_problems_is_in_the_writers_language(french):
    text, _ = broken("end: 2022-08}", "end: 2022-13}")
    with pytest.raises(DataError) as raised:
        read(text.replace("supports: [cas, learning]", "supports: [cas, lerning]", 1))
    assert str(raised.value).startswith(fr("2 problèmes dans les données du plan :\n  data/plan.yml:"))
    with pytest.raises(DataError) as raised:
        read(broken("end: 2022-08}", "end: 2022-13}")[0])
    assert str(raised.value).startswith(fr("1 problème dans les données du plan :\n"))
    assert str(DataError(raised.value.problems, "progress")).startswith(fr("1 problème dans les rapports d’étape :\n"))


def test_a_number_the_plan_does_not_have_is_told_in_the_writers_language(plan, french):
    """(A KeyError's str() is a repr: its words are its first argument.)"""
    with pytest.raises(KeyError) as raised:
        plan.objective("9")
    assert raised.value.args[0] == fr("aucun objectif « 9 » dans les données (connus : 1, 2, 3, 4)")
    with pytest.raises(KeyError) as raised:
        plan.category("9")
    assert raised.value.args[0].startswith(fr("aucune catégorie de maturité « 9 » dans les données"))


@pytest.mark.parametrize("lang, words", [
    ("en", ["data/plan.yml: the file is missing; expected the data file here",
            "data/plan.yml: this is a folder; expected the data file (YAML text)",
            "data/plan.yml:2: byte 0xe9 in column 7 is not UTF-8; expected the file saved as UTF-8 text",
            "data/plan.yml: the file cannot be read: this account is not allowed to read it; allow it (`chmod a+r data/plan.yml`)",
            "data/plan.yml: the file cannot be read (system error EIO); save it again, or ask the developers"]),
    ("fr", ["data/plan.yml: le fichier est introuvable; le fichier de données doit se trouver ici",
            "data/plan.yml: c’est un dossier; il faut ici le fichier de données (du texte YAML)",
            "data/plan.yml:2: l’octet 0xe9 de la colonne 7 n’est pas de l’UTF-8; il faut le fichier enregistré en texte UTF-8",
            "data/plan.yml: le fichier ne peut pas être lu : ce compte n’a pas le droit de le lire; donnez-lui ce droit "
            "(`chmod a+r data/plan.yml`)",
            "data/plan.yml: le fichier ne peut pas être lu (erreur du système EIO); enregistrez-le de nouveau, ou "
            "demandez de l’aide aux développeurs"]),
])
def test_a_file_that_cannot_be_read_is_told_in_the_writers_language(tmp_path, monkeypatch, request, lang, words):
    if lang == "fr":
        request.getfixturevalue("french")
    told = []

    def attempt():
        with pytest.raises(DataError) as raised:
            DataFiles(tmp_path).approved_plan()
        told.append(str(raised.value).split("\n", 1)[1].strip())

    attempt()
    path = tmp_path / "data" / "plan.yml"
    path.mkdir(parents=True)
    attempt()
    path.rmdir()
    path.write_bytes(b"plan: x\nb: caf\xe9\n")
    attempt()
    for code in (errno.EACCES, errno.EIO):
        def refused(self, code=code):
            raise OSError(code, "the system's own words, never shown")
        with monkeypatch.context() as patched:
            patched.setattr(Path, "read_bytes", refused)
            attempt()
    assert len(told) == len(words) and not any("never shown" in line for line in told)
    assert [line[:len(expected)] for line, expected in zip(told, map(fr, words))] == [fr(w) for w in words]


def test_a_writers_text_is_quoted_as_characters_never_as_an_escape(french):
    """The issue's own example: a French text with its narrow no-break space,
    copied into the English one."""
    french_title = "Favoriser notre culture «\u00a0ouverte par défaut\u00a0»"
    text, _ = broken('title:\n      fr: "Favoriser notre culture «\u00a0ouverte par défaut\u00a0»"\n'
                     '      en: "Foster our “open by default” culture"',
                     f'title:\n      fr: "{french_title}\u202f: au"\n      en: "{french_title}\u202f: au"')
    [message] = messages_of(text)
    assert f"{french_title}\u202f: au" in message and "\\u" not in message, message


# --- a French writer reads only French, an English writer only English -------------

# Words of the other language that no message of a language holds once the
# code (between backquotes) and the quoted values are left out.
ENGLISH_WORDS = re.compile(r"\b(the|is|not|expected|missing|unknown|should|found|field|write|mapping|empty|number|"
                           r"item|of|and|or|in|list|value)\b")  # not "text": a field's name
FRENCH_WORDS = re.compile(r"\b(le|la|les|des|du|un|une|est|il|faut|pas|dans|champ|texte|liste|valeur)\b|n’|l’")


def sweep() -> set:
    """Every message the checks give when each place of the real plan and
    guide holds each wrong shape in turn (test_validation.py's sweep)."""
    organizations = {org["key"] for org in read(DATA_TEXT)["organizations"]}
    told = set()
    for name, run in (("plan", check), ("guide", lambda source: check_guide(source, organizations))):
        source = parse((ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8"), f"data/{name}.yml")
        for _ in wrong_shapes(source.data):
            told.update(problem.message for problem in run(source))
    return told


def without_code_and_quotes(message: str) -> str:
    return re.sub(r"`[^`]*`|«[^»]*»|'[^']*'", "", message)


def test_a_french_writer_reads_only_french(french):
    told = sweep()
    english = [message for message in told if ENGLISH_WORDS.search(without_code_and_quotes(message))]
    assert len(told) > 300 and not english, "\n".join(sorted(english)[:20])


def test_an_english_writer_reads_only_english():
    told = sweep()
    french = [message for message in told if FRENCH_WORDS.search(without_code_and_quotes(message))]
    assert len(told) > 300 and not french, "\n".join(sorted(french)[:20])


# --- the words are in the language files, in both ------------------------------------

def message_names(path: Path) -> set:
    """The names of the messages a module of the data layer asks for by name."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "message" and node.args \
                and isinstance(node.args[0], ast.Constant):
            names.add(node.args[0].value)
        if isinstance(node, ast.Dict):  # {"deliverable": "data_unknown_deliverable", …}
            names.update(value.value for value in node.values
                         if isinstance(value, ast.Constant) and str(value.value).startswith("data_"))
    return names


def every_message_name() -> set:
    names = set().union(*(message_names(path) for path in CODE))
    return names | {f"data_kind_{kind}" for kind in NUMBERED} | {f"data_about_{about}" for about in ABOUT}


def placeholders(text: str) -> set:
    """The values a message is given ({nbsp} is the language file's own)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name} - {"nbsp"}


def test_every_message_of_the_data_layer_is_in_both_languages_with_the_same_placeholders():
    files = {lang: flattened(yaml.safe_load((FOLDER / f"{lang}.yml").read_text(encoding="utf-8")))
             for lang in LABELS}
    names = every_message_name()
    assert len(names) > 60
    for name in sorted(names):
        key = f"messages.{name}"
        assert all(key in words for words in files.values()), f"{key} is not in every language file"
        assert placeholders(files["fr"][key]) == placeholders(files["en"][key]), key
        assert files["fr"][key] != files["en"][key] or not re.search(r"[a-z]{3}", files["en"][key]), key
    messages = {lang: [key for key in words if key.startswith("messages.")] for lang, words in files.items()}
    assert messages["fr"] == messages["en"]


def prose(path: Path) -> list[str]:
    """The texts in a module's code that read as words to a person (two
    words or more), docstrings left out: a message's words belong in the
    language files."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [f"{path.name}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and re.search(r"\b[A-Za-z]+[,;:'’]?\s+[A-Za-z]{2,}", node.value)]


# yaml_mistakes.py reads the parser's own English words to recognise a mistake; it never shows them as its own.
@pytest.mark.parametrize("path", [path for path in CODE if path.name != "yaml_mistakes.py"], ids=lambda path: path.name)
def test_the_data_layer_holds_no_words_of_a_message(path):
    found = prose(path)
    assert not found, "\n".join(found)
