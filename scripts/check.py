#!/usr/bin/env python3
"""`make check`: what a writer runs before committing. The build
(which checks the data, the pages, the menu and every link and anchor) and
translation freshness (Canadian French typography is the build's own:
writers type ordinary spaces); one problem each, naming the file to change
and its line, in the writer's language. Exit status 1 when anything is
found. The build is not strict, so that every warning is listed, not only
the first; each warning is a problem all the same. The site is built into a
temporary folder: site/ is left alone.

With --github (the Tests workflow), each problem is also an annotation on
its file and line, and the job summary lists them in both languages.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from macros.language.languages import LANGUAGES
from macros.language.messages import message, shown_lines, writer_language
from scripts import translations

ROOT = Path(__file__).resolve().parent.parent

_LEVEL = re.compile(r"^(ERROR|WARNING|INFO|DEBUG) +- +(.*)$")
_ITEM = "  "             # a line of a message that lists several problems
_CONTINUED = " " * 6     # a line continuing a problem: the line it names, a caret under it
_PLACE = re.compile(r"^(?P<file>[\w./-]+?)(?::(?P<line>\d+))?: (?P<text>.*)$", re.S)


def build_problems(output: str) -> list[str]:
    """The build's errors and warnings, one problem each: a message that
    lists several problems (its first line ends with a colon, in either
    language) gives each of them; a problem keeps the lines that continue
    it; a crash gives its last line, not the traceback."""
    records = []  # [level, message lines]; a traceback is a record of its own
    for line in output.splitlines():
        level = _LEVEL.match(line)
        if level:
            records.append([level.group(1), [level.group(2).rstrip()]])
        elif line.startswith("Traceback (most recent call last)"):
            records.append(["TRACEBACK", []])
        elif records and line.strip():
            records[-1][1].append(line.rstrip())
    problems = []
    for level, lines in records:
        if level == "TRACEBACK":
            last = next((line for line in reversed(lines) if not line.startswith(" ")), "")
            problems.append(message("check_crash", words=last.strip()))
        elif level in ("ERROR", "WARNING"):
            problems += _problems_of(lines)
    return problems


def _problems_of(lines: list[str]) -> list[str]:
    """A record's problems: itself, or the items it lists, each with its
    continuation lines."""
    items = [line for line in lines[1:] if line.startswith(_ITEM) and not line.startswith(_CONTINUED)]
    if not items:
        return ["\n".join(lines)]
    problems = []
    for line in lines[1:]:
        if line.startswith(_CONTINUED) and problems:
            problems[-1] += "\n" + line
        elif line.startswith(_ITEM):
            problems.append(line.strip())
    return problems


def build(root: Path, site: Path) -> tuple[bool, list[str]]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--no-strict", "--site-dir", str(site)],
                            cwd=root, env=env, capture_output=True, text=True)
    problems = build_problems(result.stderr)
    if result.returncode and not problems:
        problems = [message("check_build_failed", words=(result.stderr.strip().splitlines() or ["-"])[-1])]
    return result.returncode == 0, problems


def annotation(problem: str) -> str:
    """A problem as a GitHub Actions annotation on its file and line."""
    place = _PLACE.match(problem)
    escaped = problem.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if not place or "/" not in place.group("file") and "." not in place.group("file"):
        return f"::error::{escaped}"
    line = f",line={place.group('line')}" if place.group("line") else ""
    return f"::error file={place.group('file')}{line}::{escaped}"


def problems_in(root: Path, lang: str | None = None) -> tuple[list[str], int]:
    """Every problem `make check` finds in `root`, in `lang` (the writer's
    language by default), and the translations' exit status."""
    saved = os.environ.get("LANGUAGE")
    if lang:
        os.environ["LANGUAGE"] = lang
    try:
        with tempfile.TemporaryDirectory() as folder:
            _, problems = build(root, Path(folder) / "site")
        stale, status = translations.report(root)
    finally:
        if lang:
            os.environ.pop("LANGUAGE") if saved is None else os.environ.__setitem__("LANGUAGE", saved)
    return problems + stale, status


def summary(found: dict[str, list[str]]) -> str:
    """The job summary: the problems in every language, the site's first."""
    parts = []
    for lang, problems in found.items():
        parts.append(f"## {message('check_summary_title', lang)}\n")
        parts += [f"- `{problem.split(chr(10))[0]}`" + "".join(f"\n  `{line.strip()}`" for line in problem.split("\n")[1:])
                  for problem in problems] or [message("check_summary_none", lang)]
        parts.append("")
    return "\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the project's git checkout")
    parser.add_argument("--github", action="store_true",
                        help="also an annotation per problem and the job summary in every language (GitHub Actions)")
    options = parser.parse_args()
    root = options.root.resolve()
    start = time.perf_counter()
    if options.github:  # each language's words: the writer's for the annotations, all for the summary
        found = {lang: problems_in(root, lang) for lang in LANGUAGES}
        problems, status = found[writer_language()]
    else:
        problems, status = problems_in(root)
    for problem in problems:
        print(shown_lines(problem))
    if options.github:
        for problem in problems:
            print(annotation(shown_lines(problem)))
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_file:
            with open(summary_file, "a", encoding="utf-8") as out:
                out.write(shown_lines(summary({lang: each[0] for lang, each in found.items()})) + "\n")
    seconds = f"{time.perf_counter() - start:.1f}"
    if problems:
        print(message("check_found", count=len(problems), seconds=seconds), file=sys.stderr)
    else:
        print(message("check_none", seconds=seconds), file=sys.stderr)
    return 1 if problems or status else 0


if __name__ == "__main__":
    sys.exit(main())
