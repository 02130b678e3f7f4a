#!/usr/bin/env python3
"""Build benchmark, run by hand (not by the tests): `make benchmark`.

Reports, on this machine, the wall time and peak memory of:
  - the full bilingual strict build;
  - the floor: the same pages with the same stack (MkDocs, Material,
    static-i18n, search) but without the macros, hooks and overrides;
  - the full build with the plan's deliverables multiplied by 10 and 100;
then the size of each page's HTML and of the CSS and JavaScript every page
loads. Each build runs RUNS times (7 by default) in a fresh process, the
builds taking turns; times are medians, ratios the median of each run's
ratio.
Machines are noisy: compare the ratios of one run, not numbers across runs.
"""
from __future__ import annotations

import compileall
import copy
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("mkdocs.yml", "docs", "data", "macros", "hooks", "overrides")
RUNS = int(os.environ.get("RUNS", "7"))
TIME = shutil.which("time") and "/usr/bin/time"  # GNU time (Debian package "time")
BUDGETS = {"full / floor": 1.5, "x10 / x1": 2.0}
PAGE_BUDGET_KB = 150


def copy_project(target: Path) -> Path:
    """The project's site sources in `target`, its Python byte-compiled as
    pip compiles the installed packages: without it, a machine that sets
    PYTHONDONTWRITEBYTECODE (CI images often do) would compile macros/ and
    hooks/ again in every build, a cost the floor's packages never pay."""
    target.mkdir(parents=True)
    for part in PARTS:
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target / part)
    for package in ("macros", "hooks"):
        compileall.compile_dir(target / package, quiet=1)
    return target


def bare(project: Path) -> None:
    """The floor: no macros plugin, no hooks, no theme overrides."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  custom_dir: overrides\n", "")
    start = config.index("hooks:\n")
    config = config[:start] + config[config.index("\n\n", start) + 2:]
    start = config.index("  - macros:")
    end = config.index("  - i18n:")
    config = config[:start] + config[end:]
    config = config.replace("extra_css:\n  - assets/stylesheets/site.css\n", "")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")


def multiply(project: Path, factor: int) -> int:
    """Each activity gets `factor` times its deliverables (numbered on)."""
    path = project / "data" / "plan.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8").replace("date: 2022-03-30", 'date: "2022-03-30"'))
    count = 0
    for objective in data["objectives"]:
        for commitment in objective["commitments"]:
            for activity in commitment["activities"]:
                originals = activity["deliverables"]
                activity["deliverables"] = []
                for copy_number in range(factor):
                    for deliverable in originals:
                        clone = copy.deepcopy(deliverable)
                        clone.pop("source_id", None)
                        clone["id"] = f"{activity['id']}.{len(activity['deliverables']) + 1}"
                        if copy_number:
                            clone["text"] = {lang: f"{text} ({copy_number + 1})" for lang, text in clone["text"].items()}
                        activity["deliverables"].append(clone)
                count += len(activity["deliverables"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return count


def build(project: Path, site: Path) -> tuple[float, float]:
    """Wall time (s) and peak memory (MiB) of one strict build in a fresh
    process. GNU time measures the memory: Linux keeps a process's peak
    across exec, so a child of this (large) script would report ours."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [TIME, "-f", "%M", sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(site)]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{result.stderr}")
    return elapsed, int(result.stderr.strip().splitlines()[-1]) / 1024


def measure(projects: dict) -> dict:
    """Each project's (wall time, peak memory) of every run. The builds take
    turns (full, floor, ×10, ×100, then again), so that the machine's
    changing load weighs on all of them alike."""
    runs = {name: [] for name in projects}
    for _ in range(RUNS):
        for name, project in projects.items():
            runs[name].append(build(project, project.parent / "site"))
    return runs


def paired_ratio(runs: dict, top: str, bottom: str) -> tuple[float, float, float]:
    """Median, lowest and highest of top/bottom over the runs, each run's
    two builds timed one after the other."""
    ratios = [a / b for (a, _), (b, _) in zip(runs[top], runs[bottom])]
    return statistics.median(ratios), min(ratios), max(ratios)


def page_weights(site: Path) -> tuple[list, dict]:
    """Each page's HTML size, and the CSS/JS files the pages load."""
    pages, assets = [], {}
    for html_file in sorted(site.rglob("*.html")):
        pages.append((html_file.relative_to(site).as_posix(), html_file.stat().st_size))
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for element in soup.select("link[rel=stylesheet], script[src]"):
            address = element.get("href") or element.get("src")
            target = (html_file.parent / address).resolve()
            if target.exists():
                assets[target.relative_to(site).as_posix()] = target.stat().st_size
    return pages, assets


def main() -> None:
    if not TIME or not Path(TIME).exists():
        raise SystemExit("GNU time is needed to measure memory: apt-get install time")
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        projects = {"full": copy_project(work / "full" / "project")}
        projects["floor"] = copy_project(work / "floor" / "project")
        bare(projects["floor"])
        counts = {}
        for factor in (10, 100):
            projects[f"x{factor}"] = copy_project(work / f"x{factor}" / "project")
            counts[f"x{factor}"] = multiply(projects[f"x{factor}"], factor)
        runs = measure(projects)
        results = {name: (statistics.median(t for t, _ in timings), max(m for _, m in timings))
                   for name, timings in runs.items()}
        for name, (seconds, memory) in results.items():
            print(f"{name:6} {seconds:6.2f} s  {memory:6.1f} MiB peak")

        print(f"\nBuilds ({RUNS} runs each, median wall time; peak resident memory of the build process)\n")
        print("| build | deliverables | wall time (s) | peak memory (MiB) |")
        print("|---|---:|---:|---:|")
        print(f"| floor: same pages, no macros/hooks/overrides | – | {results['floor'][0]:.2f} | {results['floor'][1]:.0f} |")
        print(f"| full (×1) | 59 | {results['full'][0]:.2f} | {results['full'][1]:.0f} |")
        for factor in (10, 100):
            name = f"x{factor}"
            print(f"| full, data ×{factor} | {counts[name]} | {results[name][0]:.2f} | {results[name][1]:.0f} |")
        ratios = {"full / floor": paired_ratio(runs, "full", "floor"),
                  "x10 / x1": paired_ratio(runs, "x10", "full"),
                  "x100 / x1": paired_ratio(runs, "x100", "full")}
        print("\nRatios: the median of the runs' ratios (each run's builds timed one after the other), and their range\n")
        print("| ratio | median | range | budget |")
        print("|---|---:|---:|---:|")
        for name, (value, low, high) in ratios.items():
            budget = BUDGETS.get(name)
            verdict = f"≤ {budget} {'met' if value <= budget else 'MISSED'}" if budget else "–"
            print(f"| {name} | {value:.2f} | {low:.2f}–{high:.2f} | {verdict} |")

        pages, assets = page_weights(projects["full"].parent / "site")
        print("\nPages of the full build (HTML size)\n")
        print("| page | KB |")
        print("|---|---:|")
        for path, size in pages:
            flag = "" if size / 1024 <= PAGE_BUDGET_KB or path.endswith("plan/index.html") else " (over budget)"
            print(f"| {path} | {size / 1024:.1f}{flag} |")
        print("\nCSS and JavaScript every page loads\n")
        print("| file | KB |")
        print("|---|---:|")
        for path, size in sorted(assets.items()):
            print(f"| {path} | {size / 1024:.1f} |")
        print(f"| total | {sum(assets.values()) / 1024:.1f} |")


if __name__ == "__main__":
    main()
