"""Shared fixtures: the real plan data, and a way to break it on purpose."""
from __future__ import annotations

from pathlib import Path

import pytest

from macros.plan import read

ROOT = Path(__file__).resolve().parent.parent
DATA_TEXT = (ROOT / "data" / "plan.yml").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def plan():
    return read(DATA_TEXT)


def broken(old: str, new: str) -> tuple[str, int]:
    """The plan's YAML with the first `old` replaced by `new`, and that line's number."""
    index = DATA_TEXT.index(old)
    line = DATA_TEXT.count("\n", 0, index) + 1
    return DATA_TEXT[:index] + new + DATA_TEXT[index + len(old):], line


def deliverables(plan):
    return [d for o in plan["objectives"] for c in o["commitments"] for a in c["activities"] for d in a["deliverables"]]
