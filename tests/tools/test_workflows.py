"""The GitHub workflows: every action pinned by its commit, no credentials
left in the checkout, named jobs, the deploy gated on the test command, and
zizmor's audits (offline, default persona) with no finding."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
_PINNED = re.compile(r"^\s*(?:- )?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


def workflow(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def steps(job: dict) -> list:
    return job.get("steps", [])


def test_zizmor_finds_nothing():
    zizmor = Path(sys.executable).with_name("zizmor")
    result = subprocess.run([str(zizmor), "--offline", "--no-progress", str(WORKFLOWS)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_every_action_is_pinned_by_commit_with_its_version():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                assert _PINNED.match(line), (path.name, line)


def test_every_job_is_named_and_every_checkout_keeps_no_credentials():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for job_id, job in workflow(path.name)["jobs"].items():
            assert job.get("name"), (path.name, job_id)
            for step in steps(job):
                if step.get("uses", "").startswith("actions/checkout@"):
                    assert step["with"]["persist-credentials"] is False, (path.name, job_id)


def test_tests_run_once_per_branch():
    assert workflow("test.yml")["concurrency"] == {"group": "tests-${{ github.ref }}", "cancel-in-progress": True}


def test_the_deploy_publishes_only_what_passed_the_tests():
    jobs = workflow("deploy.yml")["jobs"]
    runs = [step.get("run", "") for step in steps(jobs["build"])]
    tests = runs.index("bash .ci/run")
    build = next(i for i, run in enumerate(runs) if "make build" in run)
    upload = next(i for i, step in enumerate(steps(jobs["build"])) if "upload-pages-artifact" in step.get("uses", ""))
    assert tests < build < upload
    assert jobs["deploy"]["needs"] == "build"
    assert jobs["build"]["container"] == workflow("test.yml")["jobs"]["test"]["container"]
    report = next(step for step in steps(jobs["build"]) if "make build" in step.get("run", ""))["env"]["REPORT_PROBLEM_URL"]
    assert report == "${{ github.server_url }}/${{ github.repository }}/issues/new?template=report-a-problem.yml"
    assert (ROOT / ".github" / "ISSUE_TEMPLATE" / "report-a-problem.yml").exists()


def test_the_issue_form_is_bilingual_and_has_the_page_field_the_link_fills():
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / "report-a-problem.yml").read_text(encoding="utf-8"))
    assert form["name"] == "Signaler un problème / Report a problem"
    fields = {item["id"]: item for item in form["body"] if "id" in item}
    assert fields["page"]["type"] == "input" and fields["page"]["validations"]["required"]
    for item in form["body"]:
        label = item["attributes"].get("label") or item["attributes"]["value"]
        assert "/" in label or "\n\n" in label, label  # French, then English


def test_the_writers_check_runs_first_and_tells_github():
    runs = [step.get("run", "") for step in steps(workflow("test.yml")["jobs"]["test"])]
    assert runs.index("make check CHECK_OPTIONS=--github") < runs.index("bash .ci/run")
