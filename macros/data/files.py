"""The project's data files and the plan loaded from them: the one way in to
the data layer for the macros and the hooks alike."""
from __future__ import annotations

from pathlib import Path

from .plan import Plan, load, load_guide
from .progress import PROGRESS_FILE, load_progress

DATA_FILE = "data/plan.yml"
GUIDE_FILE = "data/guide.yml"


def load_plan(project: Path) -> Plan:
    """The approved plan with its progress reports."""
    return load_progress(project / PROGRESS_FILE, load(project / DATA_FILE, DATA_FILE))


def load_plan_guide(project: Path, plan: Plan) -> dict:
    """The guide for writers, checked against the plan it refers to."""
    return load_guide(project / GUIDE_FILE, plan, GUIDE_FILE)
