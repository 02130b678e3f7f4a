#!/usr/bin/env python3
"""`make check`: what a writer runs before committing. The build
(which checks the data and the pages), the links and anchors of the built
pages and translation freshness (Canadian French typography is the build's
own: writers type ordinary spaces); one line per
problem, each naming the file to change. Exit status 1 when anything is
found. The build is not strict, so that every warning is listed, not only
the first; each warning is a problem all the same. The site is built into a
temporary folder: site/ is left alone.
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
from urllib.parse import unquote, urlsplit

from macros.language.languages import LANGUAGES
from macros.language.messages import shown_lines
from scripts import translations

ROOT = Path(__file__).resolve().parent.parent

_LEVEL = re.compile(r"^(ERROR|WARNING|INFO|DEBUG) +- +(.*)$")
_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"')
_ID = re.compile(r'\bid="([^"]*)"')
_HEADER = re.compile(r"\d+ .*problem.*:")  # "2 problems in the plan's data:", the lines follow
_ARTICLE = re.compile(r"<article\b.*?</article>", re.S)


def build_problems(output: str) -> list[str]:
    """The build's errors and warnings, one line per problem: a message
    listing several problems gives each its own line; a crash gives its
    last line, not the traceback."""
    lines, crashed, serious = [], False, False
    for line in output.splitlines():
        level = _LEVEL.match(line)
        if level:
            message, serious = level.group(2).strip(), level.group(1) in ("ERROR", "WARNING")
            if serious and not _HEADER.fullmatch(message) and not message.startswith("Aborted with"):
                lines.append(_missing_link(message))
        elif line.startswith("Traceback (most recent call last)"):
            crashed = True
        elif crashed and line and not line.startswith(" "):
            lines.append(f"the build stopped on an error it does not explain: {line.strip()} "
                         "(tell the developers, with the page you changed)")
            crashed = False
        elif line.startswith("  ") and line.strip() and serious and not crashed:
            lines.append(line.strip())  # one of the problems an error lists
    return lines


_MISSING_LINK = re.compile(r"Doc file '(.+?)' contains a link '(.+?)', but the target '(.+?)' is not found "
                           r"among documentation files\.")


def _missing_link(message: str) -> str:
    found = _MISSING_LINK.fullmatch(message)
    if not found:
        return message
    page, link, target = found.groups()
    return f"docs/{page}: the link '{link}' leads to no page (docs/{target} does not exist)"


def build(root: Path, site: Path) -> tuple[bool, list[str]]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--no-strict", "--site-dir", str(site)],
                            cwd=root, env=env, capture_output=True, text=True)
    problems = build_problems(result.stderr)
    if result.returncode and not problems:
        problems = [f"the build failed: {(result.stderr.strip().splitlines() or ['no message'])[-1]}"]
    return result.returncode == 0, problems


def source_of(page: Path, site: Path) -> str:
    """docs/fr/section-10.md for site/fr/section-10/index.html."""
    parts = page.relative_to(site).parent.parts
    return f"docs/{parts[0]}/{'/'.join(parts[1:]) or 'index'}.md"


def link_problems(site: Path) -> list[str]:
    """Every link of every page's text to another page of the site reaches
    a page, and the place (#id) it names. The one-page plan is left out:
    its links are its sections'."""
    pages = sorted(path for lang in LANGUAGES for path in (site / lang).rglob("index.html")
                   if "search" not in path.parts)
    ids: dict = {}

    def ids_of(path: Path) -> set:
        if path not in ids:
            ids[path] = set(_ID.findall(path.read_text(encoding="utf-8"))) if path.exists() else None
        return ids[path]

    problems = []
    for page in pages:
        if page.parent.name == "plan":
            continue
        article = _ARTICLE.search(page.read_text(encoding="utf-8"))
        for href in _HREF.findall(article.group() if article else ""):
            address = urlsplit(href.replace("&amp;", "&"))
            if address.scheme or address.netloc or address.path.endswith(".md"):
                continue  # another site's; or a Markdown link MkDocs could not resolve, which it reports
            target = (page.parent / unquote(address.path)).resolve() if address.path else page
            if target.is_dir() or not target.suffix:
                target = target / "index.html"
            found = ids_of(target)
            if found is None:
                problems.append(f"{source_of(page, site)}: the link '{href}' leads to no page of the site")
            elif address.fragment and target.suffix == ".html" and unquote(address.fragment) not in found:
                problems.append(f"{source_of(page, site)}: the link '{href}' names '#{address.fragment}', "
                                "which is on no heading or element of that page")
    return sorted(set(problems))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the project's git checkout")
    root = parser.parse_args().root.resolve()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        built, problems = build(root, Path(folder) / "site")
        if built:
            problems += link_problems(Path(folder) / "site")
    stale, status = translations.report(root)
    problems += stale
    for problem in problems:
        print(shown_lines(problem))
    seconds = time.perf_counter() - start
    advice = ' (CONTRIBUTING.md, "What the messages mean", says what to do)' if problems else ""
    print(f"make check: {len(problems) or 'no'} problem{'s' if len(problems) != 1 else ''} found "
          f"in {seconds:.1f} s{advice}", file=sys.stderr)
    return 1 if problems or status else 0


if __name__ == "__main__":
    sys.exit(main())
