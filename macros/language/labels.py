"""Words of the interface, per language: one file each (fr.yml, en.yml…)
beside this module, with the same keys (the plan's own words live in the data)."""

from pathlib import Path

import yaml
from num2words import num2words

from .languages import LANGUAGES

NBSP = "\u00a0"

FOLDER = Path(__file__).resolve().parent
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when PyYAML has it: ten times faster


def missing_keys(labels: dict) -> list[str]:
    """"en.yml lacks: x, y" for every language that lacks a key another has."""
    every = {key for words in labels.values() for key in words}
    return [f"{lang}.yml lacks: {', '.join(sorted(every - set(words)))}"
            for lang, words in labels.items() if every - set(words)]


def flattened(words: dict, prefix: str = "") -> dict:
    """{key: text}, a group's keys joined to it by a dot: open_data.risks.title."""
    flat = {}
    for key, value in words.items():
        if isinstance(value, dict):
            flat.update(flattened(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def read_labels(folder: Path = FOLDER) -> dict:
    """{language: {key: text}} from the language files, which must hold the
    same keys; a group of words (open_data:) gives its keys with a dot."""
    labels = {lang: flattened(yaml.load((folder / f"{lang}.yml").read_text(encoding="utf-8"), Loader=_LOADER))
              for lang in LANGUAGES}
    problems = missing_keys(labels)
    if problems:
        raise ValueError(f"{folder}: " + "; ".join(problems))
    return labels


LABELS = read_labels()


def label(lang: str, key: str, /, **values) -> str:
    """The interface text `key` in `lang`, with {placeholders} filled in.
    A list value ("items") is joined as a sentence: "a, b et c"."""
    if "items" in values:
        values["items"] = and_list(values["items"], lang)
    return LABELS[lang][key].format(nbsp=NBSP, **values)


def and_list(items: list, lang: str, conjunction: str = "and") -> str:
    """"a, b et c" / "a, b and c" (or "a, b ou c" with the conjunction "or")."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {LABELS[lang][conjunction]} {items[-1]}"


def number_words(count: int, lang: str) -> str:
    """4 -> "quatre" / "four" (Canada.ca writes small counts in words)."""
    return num2words(count, lang=lang)
