"""`make build`: the strict build, written into a temporary folder beside
site/ and moved into place only when it succeeds, so that a failed build
never leaves a half-written site (MkDocs empties site/ first, then writes
page by page). The deploy publishes what `make build` leaves in site/.
The terminal shows the build's warnings and errors, then one line: what
was built, or that site/ was left as it was.

Usage: python scripts/build.py [extra mkdocs build options]
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from macros.language.messages import message, shown_lines

ROOT = Path(__file__).resolve().parent.parent
_LEVEL = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL) +- +(.*)$", re.S)
SITE = ROOT / "site"


def shown(lines):
    """The build's log without its routine INFO lines, each level named in
    the writer's language. A line that starts with a level name decides
    whether it and the indented lines continuing it show; any other line (a
    traceback) shows."""
    showing = True
    for line in lines:
        level = _LEVEL.match(line)
        if level:
            showing = level.group(1) not in ("DEBUG", "INFO")
            line = f"{message('level.' + level.group(1).lower())} {level.group(2)}" if showing else line
        elif not line[:1].isspace():
            showing = True
        if showing:
            yield line


def main(options: list[str]) -> int:
    fresh = Path(tempfile.mkdtemp(prefix=".site-new-", dir=ROOT))
    start = time.monotonic()
    try:
        # MkDocs' "Aborted with …" goes to the standard output, at any moment
        # among the messages: the last line here says the same.
        build = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(fresh), *options],
                                 cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, bufsize=1)
        for line in shown(build.stderr):
            sys.stderr.write(shown_lines(line.rstrip("\n")) + "\n")  # never a terminal's escape sequence
        returncode = build.wait()
        if returncode != 0:
            print(message("build_failed", code=returncode), file=sys.stderr)
            return returncode
        pages = sum(1 for _ in fresh.rglob("*.html"))
        old = Path(tempfile.mkdtemp(prefix=".site-old-", dir=ROOT))
        if SITE.exists():
            SITE.rename(old / "site")
        fresh.rename(SITE)
        shutil.rmtree(old)
        print(message("build_done", pages=pages, seconds=f"{time.monotonic() - start:.1f}"))
        return 0
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
