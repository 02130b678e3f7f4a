"""Canadian French typography in the French pages' sources and the French
data strings, by the rules of macros/language/typography.py."""
from __future__ import annotations

import re
from pathlib import Path

from macros.language.typography import problems_in


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
