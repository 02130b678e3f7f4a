#!/usr/bin/env python3
"""Write the list of macros of CONTRIBUTING.md, in English and in French,
from the macros of macros/plugin/page_macros.py: their arguments, what
macros/catalogue.py says they show, and their first use in the pages as the
example. `make macro-docs` after adding or changing a macro; the tests fail
while CONTRIBUTING.md is not up to date."""
from __future__ import annotations

import inspect
import re
from pathlib import Path
from types import SimpleNamespace

from macros.catalogue import ARGUMENTS, EXAMPLES, MACROS
from macros.data.files import DataFiles
from macros.plugin.page_macros import page_macros
from macros.site.blocks import Blocks

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "CONTRIBUTING.md"
HEADERS = {"en": "| Macro | Arguments | What it shows | Example |", "fr": "| Macro | Arguments | Ce qu’elle affiche | Exemple |"}
NONE = {"en": "none", "fr": "aucun"}
COLON = {"en": ":", "fr": "\u00a0:"}  # Canadian French: a no-break space before the colon


def registered() -> dict:
    """{name: function} of every macro a page may call, in order."""
    return page_macros(SimpleNamespace(data=DataFiles(ROOT), blocks=Blocks(), page=None, plan_parts={}))


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
