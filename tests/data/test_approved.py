"""The approved plan guarded (macros/data/approved.py): a change to an
approved text, number or date of data/plan.yml stops the build with its
line, the approved value and the correction to record; a recorded
correction with its reason passes; the English and additions are free."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from macros.data.approved import APPROVED_FILE, CORRECTIONS_FILE, approved_data
from macros.data.files import DataFiles
from macros.data.plan import DataError
from macros.data.source import parse

from tests.conftest import DATA_TEXT, ROOT


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("LANG", "en_CA.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "source", tmp_path / "source")
    return tmp_path


def with_plan(project: Path, old: str, new: str) -> int:
    """data/plan.yml with the first `old` replaced by `new`; the line it is on."""
    text = DATA_TEXT
    index = text.index(old)
    (project / "data" / "plan.yml").write_text(text[:index] + new + text[index + len(old):], encoding="utf-8")
    return text.count("\n", 0, index) + 1


def problems(project: Path) -> list[str]:
    with pytest.raises(DataError) as raised:
        DataFiles(project).approved_plan()
    return [str(problem) for problem in raised.value.problems]


def test_the_data_as_shipped_is_the_approved_plan_with_its_recorded_corrections():
    approved = yaml.safe_load((ROOT / APPROVED_FILE).read_text(encoding="utf-8"))
    data = parse(DATA_TEXT, "data/plan.yml").data
    assert DataFiles(ROOT).approved_plan() is not None
    assert set(approved["plan"]["title"]) == {"fr"}  # the English is the site's translation
    assert approved_data(data)["objectives"][0]["id"] == approved["objectives"][0]["id"]


def test_a_changed_end_date_stops_the_build_with_the_correction_to_record(project):
    line = with_plan(project, "end: 2023-03", "end: 2023-06")
    [found] = problems(project)
    assert found.startswith(f"data/plan.yml:{line}: this is the approved plan's: it was 2023-03, it is now 2023-06.")
    assert f"in {CORRECTIONS_FILE}:\n      - path: objectives[id=" in found and ".schedule[0].end\n" in found
    assert '        approved: "2023-03"\n        corrected: "2023-06"\n        reason: "…"' in found


def test_a_changed_french_text_stops_the_build_and_its_english_does_not(project):
    text = parse(DATA_TEXT, "data/plan.yml").data["objectives"][0]["title"]
    line = with_plan(project, f'fr: "{text["fr"]}"', f'fr: "{text["fr"]} (revu)"')
    [found] = problems(project)
    assert found.startswith(f"data/plan.yml:{line}: this is the approved plan's") and "(revu)" in found
    with_plan(project, f'en: "{text["en"]}"', f'en: "{text["en"]} (reviewed)"')
    assert DataFiles(project).approved_plan()["objectives"][0]["title"]["en"].endswith("(reviewed)")


def test_a_recorded_correction_passes_only_with_its_reason(project):
    with_plan(project, "end: 2023-03", "end: 2023-06")
    record = problems(project)[0].split(":\n", 1)[1]
    corrections = project / CORRECTIONS_FILE
    corrections.write_text(record, encoding="utf-8")  # the suggested "…" is no reason
    assert problems(project)
    corrections.write_text(record.replace('reason: "…"', 'reason: "the source\'s own table says June"'), encoding="utf-8")
    assert DataFiles(project).approved_plan() is not None


def test_an_added_organization_is_free_and_a_removed_approved_text_is_not(project):
    organization = '  - key: zzq\n    acronym: {fr: ZZQ, en: ZZQE}\n    name: {fr: "Zèbre", en: "Zebra"}\n    annex_b: false\n'
    with_plan(project, "organizations:\n", "organizations:\n" + organization)
    assert "zzq" in DataFiles(project).approved_plan().organizations
    start = DATA_TEXT.index("        figure_label:  # Figure 4's box")
    end = DATA_TEXT.index("        activities:", start)
    (project / "data" / "plan.yml").write_text(DATA_TEXT[:start] + DATA_TEXT[end:], encoding="utf-8")
    [found] = problems(project)
    assert "(Accroître la confiance des employés de la CFP" in found and "and it is gone: put it back" in found
    assert ".figure_label.fr\n" in found


def test_a_copy_without_the_approved_data_is_not_guarded(project):
    (project / APPROVED_FILE).unlink()
    with_plan(project, "end: 2023-03", "end: 2023-06")
    assert DataFiles(project).approved_plan() is not None


def test_the_french_writer_reads_the_guard_in_french(project, monkeypatch):
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    with_plan(project, "end: 2023-03", "end: 2023-06")
    [found] = problems(project)
    assert "cette valeur est celle du plan approuvé\u00a0: elle était 2023-03, elle est maintenant 2023-06." in found
    assert f"dans {CORRECTIONS_FILE}\u00a0:\n      - path: " in found
