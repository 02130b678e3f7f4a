#!/usr/bin/env python3
"""`make approved`: source/approved-plan.yml written from data/plan.yml,
without its English and the photo's file (macros/data/approved.py). Run by
a maintainer once, when the site first publishes the approved plan: from
then on the build holds data/plan.yml to it, and a correction is recorded
in source/plan-corrections.yml with its reason."""
from __future__ import annotations

from pathlib import Path

import yaml

from macros.data.approved import APPROVED_FILE, approved_data
from macros.data.files import DATA_FILE
from macros.data.source import parse

ROOT = Path(__file__).resolve().parent.parent
HEADER = """\
# The approved plan's data: data/plan.yml as the site first published it,
# checked against the approved French text (source/plan-2022-2024.fr.txt) by
# the tests, without the English (the site's translation) and the photo's
# file. The build holds data/plan.yml to it: a change to the plan is a
# progress report, an evident slip a correction in source/plan-corrections.yml.
# Written by `make approved`; never edited by hand.
"""


def main() -> None:
    data = parse((ROOT / DATA_FILE).read_text(encoding="utf-8"), DATA_FILE).data
    text = yaml.safe_dump(approved_data(data), allow_unicode=True, sort_keys=False, width=100)
    (ROOT / APPROVED_FILE).write_text(HEADER + text, encoding="utf-8")


if __name__ == "__main__":
    main()
