"""The writer's language in the tests of the data: the checks speak the
language of the locale (macros/language/messages.py), so every test here
sets it instead of taking the one the tests run in. English by default, as
the tests' expected words are; French where a test asks for `french`."""
from __future__ import annotations

import pytest

# What writer_language() reads, first found first.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def speak(monkeypatch, locale: str) -> None:
    """The tool's user is a writer whose locale is `locale` (fr_CA.UTF-8)."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", locale)


@pytest.fixture(autouse=True)
def english(monkeypatch):
    speak(monkeypatch, "en_CA.UTF-8")


@pytest.fixture
def french(monkeypatch, english):
    speak(monkeypatch, "fr_CA.UTF-8")
