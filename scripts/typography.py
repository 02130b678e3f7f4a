"""Canadian French typography (Translation Bureau, Le guide du rédacteur,
6.13) in the French pages' sources and the French data strings.

- a no-break space (U+00A0, or the narrow U+202F) before the colon;
- no space before ; ! ? (the narrow U+202F is tolerated);
- a no-break space inside « ».
"""
from __future__ import annotations

import re
from pathlib import Path

NO_BREAK = "\u00a0\u202f"
RULES = [
    (re.compile(rf"(?<=[^\s{NO_BREAK}\]:/])(?<!\]):(?=\s|$)|(?<=\S) :(?=\s|$)"),
     "a no-break space (U+00A0) goes before the colon"),
    (re.compile(r"(?<!«)[ \u00a0](?=[;!?](?!\[)(\s|$|[»)*]))"), "no space before ; ! ? in Canadian French"),
    (re.compile(rf"«(?![{NO_BREAK}])"), "a no-break space (U+00A0) goes after «"),
    (re.compile(rf"(?<![{NO_BREAK}])»"), "a no-break space (U+00A0) goes before »"),
]
# What a reader never sees as text: code, macros, addresses, tags.
_NOT_TEXT = re.compile(r"`[^`]*`|\{\{.*?\}\}|\{%.*?%\}|\]\([^)]*\)|<[^>]+>|https?://\S+|\{ *#[^}]*\}")


def problems_in(text: str) -> list[tuple[int, str]]:
    """(offset, rule) of every fault in a text a reader sees."""
    hidden = _NOT_TEXT.sub(lambda match: "\x00" * len(match.group()), text)
    return sorted((match.start(), message) for rule, message in RULES for match in rule.finditer(hidden))


def excerpt(text: str, offset: int) -> str:
    return repr(text[max(0, offset - 25):offset + 5].replace("\u00a0", "\u2423"))


def page_problems(text: str, file: str) -> list[str]:
    """One line per fault of a French page's Markdown; of its front matter,
    only the title is text a reader sees; code blocks are left as typed."""
    lines, in_front, in_code = [], text.startswith("---\n"), False
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("```"):
            in_code = not in_code
        if in_code or line.lstrip().startswith("```"):
            continue  # a code block: shown as typed
        if in_front:
            in_front = number == 1 or line != "---"
            line = line[len("title:"):] if line.startswith("title:") else ""
        line = re.sub(r"^\[\^\w+\]:", lambda m: "\x00" * len(m.group()), line)  # a footnote's own label
        lines += [f"{file}:{number}: {excerpt(line, offset)}: {rule}" for offset, rule in problems_in(line)]
    return lines


def data_problems(strings: dict, lines: dict, file: str, format_path) -> list[str]:
    """One line per fault of the French data strings ({identity: (path, texts)})."""
    found = []
    for identity, (path, texts) in strings.items():
        french = texts["fr"]
        if isinstance(french, str):
            line = lines.get(identity)
            where = f"{file}:{line}" if line else file
            found += [f"{where}: {format_path(path)}.fr: {excerpt(french, offset)}: {rule}"
                      for offset, rule in problems_in(french)]
    return found


def french_pages(root: Path) -> list[Path]:
    return sorted((root / "docs" / "fr").rglob("*.md"))
