"""`make build`: the strict build, written into a temporary folder beside
site/ and moved into place only when it succeeds, so that a failed build
never leaves a half-written site (MkDocs empties site/ first, then writes
page by page). The deploy publishes what `make build` leaves in site/.

Usage: python scripts/build.py [extra mkdocs build options]
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"


def main(options: list[str]) -> int:
    fresh = Path(tempfile.mkdtemp(prefix=".site-new-", dir=ROOT))
    try:
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(fresh), *options],
                                cwd=ROOT)
        if result.returncode != 0:
            print(f"site/ left as it was: the build failed (exit {result.returncode}).", file=sys.stderr)
            return result.returncode
        old = Path(tempfile.mkdtemp(prefix=".site-old-", dir=ROOT))
        if SITE.exists():
            SITE.rename(old / "site")
        fresh.rename(SITE)
        shutil.rmtree(old)
        return 0
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
