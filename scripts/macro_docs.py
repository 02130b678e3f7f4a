#!/usr/bin/env python3
"""Write the list of macros of CONTRIBUTING.md, its list of what a page
may hold (from macros/site/allowlist.py) and its list of every message the
tools give writers (messages: in the language files), in English and in French,
from the macros of macros/plugin/page_macros.py: their arguments, what the
language files say they show and take (macro_docs: in fr.yml and en.yml),
and their first use in the pages as the example. `make macro-docs` after
adding or changing a macro; the tests fail while CONTRIBUTING.md is not up
to date, or a macro or an argument has no words in a language."""
from __future__ import annotations

import inspect
import re
from pathlib import Path
from types import SimpleNamespace

from macros.data.files import DataFiles
from macros.language.labels import LABELS, NBSP, label
from macros.language.languages import LANGUAGES
from macros.plugin.page_macros import page_macros
from macros.render.figures import FIGURES
from macros.site.allowlist import ELEMENTS
from macros.site.blocks import Blocks

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "CONTRIBUTING.md"
# Examples for the macros no page uses yet (the others take their first use).
EXAMPLES = {
    "maturity_table": '{{ maturity_table("1") }}',
    "activity_table": '{{ activity_table("1.1") }}',
}


def registered() -> dict:
    """{name: function} of every macro a page may call, in order."""
    return page_macros(SimpleNamespace(data=DataFiles(ROOT), blocks=Blocks(), page=None, plan_parts={}))


def shows(name: str, lang: str) -> str:
    """What the macro `name` shows, in `lang`."""
    return label(lang, f"macro_docs.macros.{name}")


def takes(argument: str, lang: str) -> str:
    """What the argument `argument` takes, in `lang`."""
    return label(lang, f"macro_docs.arguments.{argument}", first=min(FIGURES, key=int), last=max(FIGURES, key=int))


def first_uses(root: Path = ROOT) -> dict:
    """{name: the first call of each macro in the English pages}."""
    uses = {}
    for page in sorted((root / "docs" / "en").rglob("*.md")):
        for call in re.finditer(r"\{\{ *([a-z_]+)\((.*?)\) *\}\}", page.read_text(encoding="utf-8")):
            uses.setdefault(call.group(1), call.group())
    return uses


def table(lang: str) -> str:
    uses = first_uses()
    rows = [f"| {label(lang, 'macro_docs.columns')} |", "|---|---|---|---|"]
    colon = label(lang, "colon")
    for name, function in registered().items():
        arguments = list(inspect.signature(function).parameters)
        described = "; ".join(f"`{argument}`{colon}{takes(argument, lang)}" for argument in arguments) \
            or label(lang, "macro_docs.none")
        example = uses.get(name) or EXAMPLES[name]
        rows.append(f"| `{name}` | {described} | {shows(name, lang)} | `{example}` |")
    return "\n".join(rows)


def allowlist_table(lang: str) -> str:
    """The elements a page may hold, each with its own attributes."""
    rows = [f"| {label(lang, 'macro_docs.allowlist_columns')} |", "|---|---|"]
    for element, attributes in sorted(ELEMENTS.items()):
        own = ", ".join(f"`{attribute}`" for attribute in sorted(attributes)) or "–"
        rows.append(f"| `<{element}>` | {own} |")
    return "\n".join(rows)


# Parts of messages, not messages: what a message names, the level of a line.
_FRAGMENTS = ("macro_what.", "level.", "default_language", "navigation_problems_of", "approved_record",
              "translation_commit", "translation_uncommitted")


class _Unnamed(dict):
    """What a message names (a file, a line, a value), shown as …"""

    def __missing__(self, key):
        return "{nbsp}" if key == "nbsp" else "…"


def messages_list(lang: str) -> str:
    """Every message a writer can meet, as the tools say it in `lang`."""
    prefix = "messages."
    names = [key[len(prefix):] for key in LABELS[lang] if key.startswith(prefix)]
    return "\n".join(f"- {LABELS[lang][prefix + name].format_map(_Unnamed()).replace('{nbsp}', NBSP)}"
                     for name in names if not name.startswith(_FRAGMENTS))


def with_tables(text: str) -> str:
    """CONTRIBUTING.md's text with its list of macros and its allowlist
    written anew in each language it has them for."""
    for name, make in (("macros", table), ("allowlist", allowlist_table), ("messages", messages_list)):
        for lang in LANGUAGES:
            start, end = f"<!-- {name}:{lang} (written by scripts/macro_docs.py) -->", f"<!-- /{name}:{lang} -->"
            if start not in text:
                continue
            before, _, rest = text.partition(start)
            _, _, after = rest.partition(end)
            text = f"{before}{start}\n{make(lang)}\n{end}{after}"
    return text


if __name__ == "__main__":
    GUIDE.write_text(with_tables(GUIDE.read_text(encoding="utf-8")), encoding="utf-8")
