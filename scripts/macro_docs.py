#!/usr/bin/env python3
"""Write the list of macros of CONTRIBUTING.md, in English and in French,
from the macros registered by macros/__init__.py: their arguments, what
macros/catalogue.py says they show, and their first use in the pages as the
example. `make macro-docs` after adding or changing a macro; the tests fail
while CONTRIBUTING.md is not up to date."""
from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import macros  # noqa: E402
from macros.catalogue import ARGUMENTS, EXAMPLES, MACROS  # noqa: E402

GUIDE = ROOT / "CONTRIBUTING.md"
HEADERS = {"en": "| Macro | Arguments | What it shows | Example |", "fr": "| Macro | Arguments | Ce qu’elle affiche | Exemple |"}
NONE = {"en": "none", "fr": "aucun"}
COLON = {"en": ":", "fr": "\u00a0:"}  # Canadian French: a no-break space before the colon


class _Recorder:
    """Stands in for mkdocs-macros' environment: keeps what define_env registers."""

    def __init__(self, root: Path):
        self.project_dir = str(root)
        self.registered = {}

    def macro(self, function, name: str | None = None):
        self.registered[name or function.__name__] = function
        return function


def registered() -> dict:
    """{name: function} of every macro the project registers, in order."""
    recorder = _Recorder(ROOT)
    macros.define_env(recorder)
    return recorder.registered


def first_uses(root: Path = ROOT) -> dict:
    """{name: the first call of each macro in the English pages}."""
    uses = {}
    for page in sorted((root / "docs" / "en").rglob("*.md")):
        for call in re.finditer(r"\{\{ *([a-z_]+)\((.*?)\) *\}\}", page.read_text(encoding="utf-8")):
            uses.setdefault(call.group(1), call.group())
    return uses


def table(lang: str) -> str:
    index = 0 if lang == "en" else 1
    uses = first_uses()
    rows = [HEADERS[lang], "|---|---|---|---|"]
    for name, function in registered().items():
        arguments = list(inspect.signature(function).parameters)
        described = "; ".join(f"`{argument}`{COLON[lang]} {ARGUMENTS[argument][index]}" for argument in arguments) or NONE[lang]
        example = uses.get(name) or EXAMPLES[name]
        rows.append(f"| `{name}` | {described} | {MACROS[name][index]} | `{example}` |")
    return "\n".join(rows)


def with_tables(text: str) -> str:
    """CONTRIBUTING.md's text with both lists of macros written anew."""
    for lang in ("en", "fr"):
        start, end = f"<!-- macros:{lang} (written by scripts/macro_docs.py) -->", f"<!-- /macros:{lang} -->"
        before, _, rest = text.partition(start)
        _, _, after = rest.partition(end)
        text = f"{before}{start}\n{table(lang)}\n{end}{after}"
    return text


if __name__ == "__main__":
    GUIDE.write_text(with_tables(GUIDE.read_text(encoding="utf-8")), encoding="utf-8")
