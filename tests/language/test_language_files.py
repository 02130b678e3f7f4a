"""The interface words: one file per language (macros/language/fr.yml,
en.yml), with the same keys, every value a text."""
from __future__ import annotations

import shutil

import pytest
import yaml

from macros.language.labels import FOLDER, flattened, read_labels
from macros.language.languages import LANGUAGES


def _files() -> dict:
    return {lang: flattened(yaml.safe_load((FOLDER / f"{lang}.yml").read_text(encoding="utf-8"))) for lang in LANGUAGES}


def test_both_files_hold_the_same_keys_in_the_same_order():
    files = _files()
    assert list(files["fr"]) == list(files["en"])  # a group of words (open_data:) too, its keys with a dot
    for lang in LANGUAGES:
        assert all(isinstance(value, str) and value.strip() for value in files[lang].values()), lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_key_missing_in_one_language_stops_the_build_by_name(tmp_path, lang):
    for other in LANGUAGES:
        shutil.copy(FOLDER / f"{other}.yml", tmp_path / f"{other}.yml")
    text = (tmp_path / f"{lang}.yml").read_text(encoding="utf-8")
    (tmp_path / f"{lang}.yml").write_text(text.replace("\nstatus_withdrawn:", "\n# status_withdrawn:"),
                                          encoding="utf-8")
    with pytest.raises(ValueError, match=rf"{lang}\.yml lacks: status_withdrawn"):
        read_labels(tmp_path)
    assert read_labels(FOLDER)["fr"]["status_withdrawn"] == "Retiré"
