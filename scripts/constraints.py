"""`make constraints`: constraints.txt regenerated with the hash of every
file, so that `pip install --require-hashes` installs byte for byte what
was tested.

A fresh virtual environment installs requirements-test.txt, keeping the
versions constraints.txt already pins (a package new to the requirements
gets its newest version that fits; `--fresh` drops every old pin); its
`pip freeze` is then downloaded and hashed. The hashes are those of the
files pip chose for this machine's Python and platform, CI's too
(CPython 3.11, Linux x86_64): regenerate on such a machine.

Usage: python scripts/constraints.py [--fresh]
"""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "constraints"
HEADER = """\
# Every package the site and its tests install, at the version tested, with
# the hash of each file (pip install --require-hashes). Regenerate after
# changing requirements*.txt: make constraints (scripts/constraints.py).
"""
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s\\]+)")


def pins(text: str) -> dict[str, str]:
    """name -> version of each `name==version` line (hashes and comments left out)."""
    return {match.group(1): match.group(2) for line in text.splitlines() if (match := _PIN.match(line))}


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def distribution_name(file: Path) -> str:
    """The project name a wheel's or sdist's file name starts with."""
    stem = file.name.removesuffix(".tar.gz").removesuffix(".zip")
    return normalized(stem.split("-")[0] if file.suffix == ".whl" else stem.rsplit("-", 1)[0])


def render(frozen: dict[str, str], hashes: dict[str, list[str]]) -> str:
    lines = [HEADER]
    for name in sorted(frozen, key=str.lower):
        digests = hashes[normalized(name)]
        lines.append(f"{name}=={frozen[name]} \\\n" + " \\\n".join(f"    --hash=sha256:{d}" for d in digests) + "\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    shutil.rmtree(WORK, ignore_errors=True)
    venv.create(WORK / "venv", with_pip=True)
    pip = [str(WORK / "venv" / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    old_pins = WORK / "old-pins.txt"
    old_pins.write_text("" if "--fresh" in argv else
                        "".join(f"{n}=={v}\n" for n, v in pins((ROOT / "constraints.txt").read_text()).items()))
    subprocess.run(pip + ["install", "-r", str(ROOT / "requirements-test.txt"), "-c", str(old_pins)], check=True)
    frozen_text = subprocess.run(pip + ["freeze", "--all", "--exclude", "pip"],
                                 check=True, capture_output=True, text=True).stdout
    (WORK / "frozen.txt").write_text(frozen_text)
    subprocess.run(pip + ["download", "--no-deps", "-d", str(WORK / "files"), "-r", str(WORK / "frozen.txt")], check=True)
    hashes: dict[str, list[str]] = {}
    for file in sorted((WORK / "files").iterdir()):
        hashes.setdefault(distribution_name(file), []).append(hashlib.sha256(file.read_bytes()).hexdigest())
    (ROOT / "constraints.txt").write_text(render(pins(frozen_text), hashes), encoding="utf-8")
    print(f"constraints.txt: {len(pins(frozen_text))} packages, {sum(map(len, hashes.values()))} files hashed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
