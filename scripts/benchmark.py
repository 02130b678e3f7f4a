#!/usr/bin/env python3
"""Build benchmark, run by hand (not by the tests): `make benchmark`.

Reports, on this machine, the wall time and peak memory of:
  - the full bilingual strict build;
  - the floor: the same pages with the same stack (MkDocs, Material,
    static-i18n, search) but without the site's plugin and overrides;
  - the full build with the plan's deliverables multiplied by 10 and 100;
  - the ×10 build with eight quarterly progress reports on every deliverable;
then the size of each page's HTML and of the CSS and JavaScript every page
loads, and how long the live preview (`mkdocs serve`) takes to serve a page
edit (`python scripts/benchmark.py preview` measures only that). Each build runs RUNS times (7 by default) in a fresh process, the
builds taking turns; ratios are given three ways (see `ratios`).
`python scripts/benchmark.py pair OTHER_CHECKOUT [ITS_PYTHON]` times this
checkout's builds against another's (a `git worktree` of an earlier commit),
in turns, to tell whether a change made the build slower.
`python scripts/benchmark.py lighthouse [--against OTHER_CHECKOUT [--python ITS_PYTHON]] [PAGE…]`
runs Lighthouse's mobile audit (simulated slow 4G, 4× CPU) on every page
(or the pages named: en/plan/, fr/section-10/…) of the site built with
SITE_URL set to where it is served, as GitHub Pages serves it (gzip, under
a project path), LIGHTHOUSE_RUNS times (3 by default), pages and checkouts
taking turns, and gives each page's medians against the budget;
`make benchmark` runs it after the builds' benchmark.
Machines are noisy: compare the ratios of one run, not numbers across runs.
"""
from __future__ import annotations

import compileall
import copy
import functools
import gzip
import http.server
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import NamedTuple

import yaml
from bs4 import BeautifulSoup

from macros.data.files import DataFiles
from macros.data.statuses import REGISTRY
from macros.language.languages import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides")
RUNS = int(os.environ.get("RUNS", "7"))
TIME = shutil.which("time") and "/usr/bin/time"  # GNU time (Debian package "time")
# The reports' budget is against the ×10 build they are added to: ×10 alone
# already costs about 1.5 × the ×1 build.
BUDGETS = {"full / floor": 1.5, "x10 / x1": 2.0, "x10 + reports / x10": 1.3}
PAGE_BUDGET_KB = 150
SAVES = 10
PREVIEW_BUDGET = 1.0  # seconds from a page's save to the new page being served


def copy_project(target: Path, root: Path = ROOT) -> Path:
    """The site sources of the checkout `root` in `target`, its Python
    byte-compiled as pip compiles the installed packages: without it, a
    machine that sets PYTHONDONTWRITEBYTECODE (CI images often do) would
    compile macros/ again in every build, a cost the floor's packages never
    pay. A build run in `target` imports the copy's macros/ (the current
    folder comes first). An older checkout's hooks/ are copied too."""
    target.mkdir(parents=True)
    for part in PARTS + ("hooks",):
        source = root / part
        if source.exists():
            (shutil.copytree if source.is_dir() else shutil.copy)(source, target / part)
    for package in ("macros", "hooks"):
        if (target / package).exists():
            compileall.compile_dir(target / package, quiet=1)
    return target


def bare(project: Path) -> None:
    """The floor: not the site's plugin, no theme overrides."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  custom_dir: overrides\n", "")
    config = config.replace("\n  - opengov\n", "\n")
    config = config.replace("extra_css:\n  - assets/stylesheets/site.css\n", "")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")


def deliverable_count(project: Path) -> int:
    return len(DataFiles(project).approved_plan().deliverables())


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


QUARTER_ENDS = ("2022-06-30", "2022-09-30", "2022-12-31", "2023-03-31",
                "2023-06-30", "2023-09-30", "2023-12-31", "2024-03-31")
STATUSES = [status.code for status in REGISTRY if status.in_tracker]  # least to most advanced


# The reports' texts, in each language of the site (in English where none is given here).
PROGRESS = {"fr": "Progrès du trimestre {quarter} pour {id}.", "en": "Progress in quarter {quarter} on {id}."}
EVIDENCE = {"fr": "Preuve", "en": "Evidence"}
CHALLENGES = {"fr": "Aucune difficulté majeure.", "en": "No major challenge."}
SUMMARY = {"fr": "Rapport {quarter}.", "en": "Report {quarter}."}


def _texts(words: dict, **values) -> dict:
    return {lang: words.get(lang, words["en"]).format(**values) for lang in LANGUAGES}


def add_reports(project: Path) -> int:
    """Eight quarterly progress reports, each giving every deliverable a
    status (advancing one step every two quarters), progress, evidence and
    challenges, and a new self-assessment of every indicator. The plan is
    read as plain YAML, not checked: `pair` adds reports to an earlier
    checkout's plan, which this checkout's schema may not accept."""
    plan = yaml.safe_load((project / "data" / "plan.yml").read_text(encoding="utf-8"))
    ids = [d["id"] for o in plan["objectives"] for c in o["commitments"] for a in c["activities"] for d in a["deliverables"]]
    indicators = [i for c in plan["maturity"]["categories"] for i in c["indicators"]]
    reports = []
    for quarter, as_of in enumerate(QUARTER_ENDS):
        entries = [{"id": i, "status": STATUSES[(quarter + n) // 2 % len(STATUSES)],
                    "progress": _texts(PROGRESS, quarter=quarter + 1, id=i),
                    "evidence": [{"url": f"https://example.gc.ca/{i}/{quarter}", "title": _texts(EVIDENCE)}],
                    "challenges": _texts(CHALLENGES)}
                   for n, i in enumerate(ids)]
        reports.append({"as_of": as_of, "summary": _texts(SUMMARY, quarter=quarter + 1), "deliverables": entries,
                        "maturity": [{"indicator": i["id"], "level": min(5, i["self_assessed"] + quarter // 4)} for i in indicators]})
    (project / "data" / "progress.yml").write_text(yaml.safe_dump({"reports": reports}, allow_unicode=True, sort_keys=False),
                                                  encoding="utf-8")
    return len(reports)


class Run(NamedTuple):
    wall: float    # seconds
    cpu: float     # seconds, user + system
    memory: float  # MiB, peak resident


def build(project: Path, site: Path, python: str = sys.executable) -> Run:
    """One strict build in a fresh process. GNU time measures the CPU time
    and the memory: Linux keeps a process's peak across exec, so a child of
    this (large) script would report ours."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [TIME, "-f", "%U %S %M", python, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(site)]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{result.stderr}")
    user, system, memory = result.stderr.strip().splitlines()[-1].split()
    return Run(elapsed, float(user) + float(system), int(memory) / 1024)


def measure(projects: dict) -> dict:
    """Each project's Runs. The builds take turns (full, floor, ×10, ×100,
    then again), so that the machine's changing load weighs on all of them
    alike."""
    runs = {name: [] for name in projects}
    for _ in range(RUNS):
        for name, project in projects.items():
            runs[name].append(build(project, project.parent / "site"))
    return runs


def ratios(runs: dict, top: str, bottom: str) -> dict:
    """top/bottom three ways: the median of the runs' wall-time ratios (each
    run's two builds timed one after the other) with their range; the
    fastest build of each (timeit's advice: noise only adds time); and the
    median of the runs' CPU-time ratios (time spent waiting for the CPU
    left out)."""
    wall = [a.wall / b.wall for a, b in zip(runs[top], runs[bottom])]
    cpu = [a.cpu / b.cpu for a, b in zip(runs[top], runs[bottom])]
    return {"wall, paired median": statistics.median(wall), "range": (min(wall), max(wall)),
            "wall, fastest": min(r.wall for r in runs[top]) / min(r.wall for r in runs[bottom]),
            "CPU, paired median": statistics.median(cpu)}


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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _served(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def preview_rebuilds(project: Path, saves: int = SAVES) -> list[tuple[float, float]]:
    """(wall, CPU) seconds from saving an edit of a page (a new sentence at
    the end of the French section 1) to the preview serving the page with
    it, `saves` times; the server is the writer's `make serve`
    (scripts/preview.py). The CPU time is the server's: on a busy machine
    the wall time also counts the wait for a processor."""
    port = _free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    (project / "scripts").mkdir(exist_ok=True)
    for script in ("__init__.py", "preview.py", "preview_caches.py"):
        shutil.copy(ROOT / "scripts" / script, project / "scripts" / script)
    server = subprocess.Popen([sys.executable, "-m", "scripts.preview", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    page, url = project / "docs" / "fr" / "section-01.md", f"http://127.0.0.1:{port}/fr/section-01/"
    original = page.read_text(encoding="utf-8")
    times = []
    try:
        deadline = time.monotonic() + 120
        while "<article" not in _served(url):
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the preview did not start")
            time.sleep(0.2)
        for save in range(saves):
            time.sleep(1.0)  # a writer's pause between saves; lets the watcher settle
            marker = f"Phrase ajoutée numéro {save}."
            start, cpu = time.perf_counter(), _cpu_seconds(server.pid)
            page.write_text(f"{original}\n{marker}\n", encoding="utf-8")
            while marker not in _served(url):
                if time.perf_counter() - start > 60:
                    raise SystemExit("the preview did not rebuild within 60 s")
                time.sleep(0.01)
            times.append((time.perf_counter() - start, _cpu_seconds(server.pid) - cpu))
    finally:
        server.terminate()
        server.wait(timeout=30)
        page.write_text(original, encoding="utf-8")
    return times


def print_preview(times: list[tuple[float, float]]) -> None:
    wall, cpu = [t for t, _ in times], [c for _, c in times]
    median = statistics.median(wall)
    verdict = "met" if median <= PREVIEW_BUDGET else "MISSED"
    print(f"\nLive preview: a page edit served again after {median:.2f} s (median of {len(times)} saves; "
          f"range {min(wall):.2f}–{max(wall):.2f}), the server's CPU {statistics.median(cpu):.2f} s per rebuild; "
          f"budget ≤ {PREVIEW_BUDGET} s: {verdict}")
    print("saves (wall / CPU): " + ", ".join(f"{t:.2f}/{c:.2f}" for t, c in times))


def pair(other: Path, other_python: str) -> None:
    """This checkout's builds (×1, and ×10 with eight reports) against those
    of the checkout `other`, built by `other_python` (its own virtual
    environment's, when it needs other packages), in turns: their paired
    ratios say whether a change made the build slower."""
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        trees = {"this": (ROOT, sys.executable), "other": (other, other_python)}
        projects = {}
        for name, (root, python) in trees.items():
            projects[("x1", name)] = (copy_project(work / name / "x1" / "project", root), python)
            project = copy_project(work / name / "x10r" / "project", root)
            multiply(project, 10)
            add_reports(project)
            projects[("x10r", name)] = (project, python)
        runs = {key: [] for key in projects}
        for _ in range(RUNS):
            for key, (project, python) in projects.items():
                runs[key].append(build(project, project.parent / "site", python))
    print(f"This checkout against {other} ({RUNS} runs each, in turns; seconds)\n")
    print("| build | this, wall median | other, wall median | this / other, wall, paired median (range) | "
          "this / other, CPU, paired median |")
    print("|---|---:|---:|---:|---:|")
    for build_name, title in (("x1", "full (×1)"), ("x10r", "×10 and 8 reports")):
        this, theirs = runs[(build_name, "this")], runs[(build_name, "other")]
        wall = [a.wall / b.wall for a, b in zip(this, theirs)]
        cpu = [a.cpu / b.cpu for a, b in zip(this, theirs)]
        print(f"| {title} | {statistics.median(r.wall for r in this):.2f} | {statistics.median(r.wall for r in theirs):.2f} | "
              f"{statistics.median(wall):.2f} ({min(wall):.2f}–{max(wall):.2f}) | {statistics.median(cpu):.2f} |")


# --- Lighthouse ---------------------------------------------------------------------

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", "3"))
# The budget of issue 24, mobile: score, Largest Contentful Paint (ms), Total
# Blocking Time (ms), Cumulative Layout Shift.
LIGHTHOUSE_BUDGET = {"score": 90, "LCP": 2500, "TBT": 200, "CLS": 0.1}
PROJECT_PATH = "/opengov/"
_COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".atom", ".csv", ".txt", ".map")


class _GitHubPagesLike(http.server.SimpleHTTPRequestHandler):
    """The built site under PROJECT_PATH, as GitHub Pages serves a project
    site: text gzipped for a browser that accepts it, connections kept open
    (HTTP/1.1; GitHub Pages speaks HTTP/2), a short cache time, the site's
    404 page for a missing address."""
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.path.split("?")[0].split("#")[0]
        site = Path(self.directory)
        target = site / path[len(PROJECT_PATH):] if path.startswith(PROJECT_PATH) else None
        if target is not None and target.is_dir():
            target = target / "index.html"
        status = 200
        if target is None or not target.is_file() or site not in target.resolve().parents:
            target, status = site / "404.html", 404
        body = target.read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(target)))
        if target.suffix in _COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, 6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(body)


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A browser that closes a kept-open connection is no error of the
        site's: nothing printed over the results."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _serve(site: Path, port: int) -> http.server.ThreadingHTTPServer:
    server = _QuietServer(("127.0.0.1", port), functools.partial(_GitHubPagesLike, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _lighthouse_once(url: str, report: Path) -> dict:
    """One mobile audit of `url` in Debian's Chromium: its score and metrics."""
    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium") or shutil.which("google-chrome")
    result = subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                             "--only-categories=performance,accessibility,best-practices,seo",
                             "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                            env=dict(os.environ, CHROME_PATH=chrome or ""), capture_output=True, text=True, timeout=300)
    if result.returncode != 0 or not report.exists():
        raise SystemExit(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    audits, categories = data["audits"], data["categories"]
    return {"score": categories["performance"]["score"] * 100,
            "LCP": audits["largest-contentful-paint"]["numericValue"],
            "TBT": audits["total-blocking-time"]["numericValue"],
            "CLS": audits["cumulative-layout-shift"]["numericValue"],
            "FCP": audits["first-contentful-paint"]["numericValue"],
            "others": {key: round(categories[key]["score"] * 100) for key in categories if key != "performance"}}


def _site_pages(site: Path) -> list[str]:
    """Every page a reader can land on: the root and each language's pages."""
    pages = [""] + sorted(f"{p.parent.relative_to(site).as_posix()}/" for p in site.glob("*/**/index.html")
                          if p.parent.relative_to(site).parts[0] in LANGUAGES)
    return [p for p in pages if not p.startswith(("data/", "search/"))]


def lighthouse(pages: list[str], others: list[tuple[Path, str]]) -> bool:
    """Medians of LIGHTHOUSE_RUNS audits of each page, for this checkout and
    each of `others` (a checkout and the Python that builds it); whether this checkout met the budget on every page."""
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE.relative_to(ROOT)} is missing: run npm ci (make test installs it)")
    checkouts = {"this": (ROOT, sys.executable),
                 **{f"other{n}" if len(others) > 1 else "other": other for n, other in enumerate(others, 1)}}
    results: dict = {name: {} for name in checkouts}
    servers = []
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        urls = {}
        for name, (root, python) in checkouts.items():
            port = _free_port()
            project = copy_project(work / name / "project", root)
            site = work / name / "site"
            env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=f"http://127.0.0.1:{port}{PROJECT_PATH}")
            built = subprocess.run([python, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(site)],
                                   cwd=project, env=env, capture_output=True, text=True)
            if built.returncode != 0:
                raise SystemExit(f"build failed in {project}:\n{built.stderr}")
            servers.append(_serve(site, port))
            urls[name] = f"http://127.0.0.1:{port}{PROJECT_PATH}"
            pages = pages or _site_pages(site)
        try:
            for run in range(LIGHTHOUSE_RUNS):
                for page in pages:
                    for name in checkouts:
                        report = work / f"{name}-{run}-{page.replace('/', '_') or 'root'}.json"
                        results[name].setdefault(page, []).append(_lighthouse_once(urls[name] + page, report))
        finally:
            for server in servers:
                server.shutdown()
    return _print_lighthouse(results, pages)


def _print_lighthouse(results: dict, pages: list[str]) -> bool:
    budget = LIGHTHOUSE_BUDGET
    print(f"Lighthouse {json.loads((ROOT / 'package.json').read_text())['devDependencies']['lighthouse']}, mobile "
          f"(simulated slow 4G, 4× CPU), served with gzip; medians of {LIGHTHOUSE_RUNS} runs per page\n")
    names = list(results)
    print("| page | " + " | ".join(f"{name}: score, LCP (s), TBT (ms), CLS" for name in names) + " | budget |")
    print("|---|" + "---:|" * len(names) + "---|")
    met_everywhere = True
    for page in pages:
        cells, verdict = [], ""
        for name in names:
            runs = results[name][page]
            median = {key: statistics.median(run[key] for run in runs) for key in ("score", "LCP", "TBT", "CLS")}
            cells.append(f"{median['score']:.0f}, {median['LCP'] / 1000:.2f}, {median['TBT']:.0f}, {median['CLS']:.3f}")
            if name == "this":
                missed = [key for key, limit in budget.items()
                          if (median[key] < limit if key == "score" else median[key] > limit)]
                met_everywhere &= not missed
                verdict = "met" if not missed else "MISSED: " + ", ".join(missed)
        print(f"| {page or '(root)'} | " + " | ".join(cells) + f" | {verdict} |")
    others = {key for runs in results["this"].values() for run in runs for key, value in run["others"].items() if value < 100}
    print(f"\nBudget (this checkout): score ≥ {budget['score']}, LCP ≤ {budget['LCP'] / 1000} s, TBT ≤ {budget['TBT']} ms, "
          f"CLS ≤ {budget['CLS']} on every page: {'met' if met_everywhere else 'MISSED'}. "
          f"Accessibility, best practices and SEO below 100 in some run: {', '.join(sorted(others)) or 'none'}.")
    return met_everywhere


def main() -> None:
    if sys.argv[1:2] == ["lighthouse"]:
        arguments, others = sys.argv[2:], []
        while "--against" in arguments:
            at = arguments.index("--against")
            # --against OTHER_CHECKOUT [--python ITS_PYTHON]
            given = arguments[at + 2:at + 3] == ["--python"]
            others.append((Path(arguments[at + 1]).resolve(), arguments[at + 3] if given else sys.executable))
            del arguments[at:at + (4 if given else 2)]
        if not lighthouse(arguments, others):
            sys.exit(1)
        return
    if sys.argv[1:2] == ["pair"]:
        pair(Path(sys.argv[2]).resolve(), sys.argv[3] if len(sys.argv) > 3 else sys.executable)
        return
    if sys.argv[1:] == ["preview"]:
        with tempfile.TemporaryDirectory() as work:
            print_preview(preview_rebuilds(copy_project(Path(work) / "project")))
        return
    if not TIME or not Path(TIME).exists():
        raise SystemExit("GNU time is needed to measure memory: apt-get install time")
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        projects = {"full": copy_project(work / "full" / "project")}
        projects["floor"] = copy_project(work / "floor" / "project")
        bare(projects["floor"])
        counts = {"full": deliverable_count(ROOT)}
        for factor in (10, 100):
            projects[f"x{factor}"] = copy_project(work / f"x{factor}" / "project")
            counts[f"x{factor}"] = multiply(projects[f"x{factor}"], factor)
        projects["x10r"] = copy_project(work / "x10r" / "project")
        counts["x10r"] = multiply(projects["x10r"], 10)
        reports = add_reports(projects["x10r"])
        runs = measure(projects)
        print(f"Builds ({RUNS} runs each; times in seconds; peak resident memory of the build process)\n")
        print("| build | deliverables | wall, median | wall, fastest | CPU, median | peak memory (MiB) |")
        print("|---|---:|---:|---:|---:|---:|")
        names = {"floor": ("floor: same pages, not the site's plugin, no overrides", "–"), "full": ("full (×1)", counts["full"]),
                 "x10": ("full, data ×10", counts["x10"]), "x100": ("full, data ×100", counts["x100"]),
                 "x10r": (f"full, data ×10 and {reports} quarterly reports on every deliverable", counts["x10r"])}
        for name, (title, deliverables) in names.items():
            timings = runs[name]
            print(f"| {title} | {deliverables} | {statistics.median(r.wall for r in timings):.2f} | "
                  f"{min(r.wall for r in timings):.2f} | {statistics.median(r.cpu for r in timings):.2f} | "
                  f"{max(r.memory for r in timings):.0f} |")

        print("\n| ratio | wall, paired median (range) | wall, fastest | CPU, paired median | budget |")
        print("|---|---:|---:|---:|---|")
        for label, top, bottom in (("full / floor", "full", "floor"), ("x10 / x1", "x10", "full"), ("x100 / x1", "x100", "full"),
                                   ("x10 + reports / x1", "x10r", "full"), ("x10 + reports / x10", "x10r", "x10")):
            value = ratios(runs, top, bottom)
            budget = BUDGETS.get(label)
            verdict = "–"
            if budget:
                within = [way for way in ("wall, paired median", "wall, fastest", "CPU, paired median") if value[way] <= budget]
                verdict = (f"≤ {budget}: met" if len(within) == 3 else
                           f"≤ {budget}: met only by {'; '.join(within)}" if within else f"≤ {budget}: MISSED")
            low, high = value["range"]
            print(f"| {label} | {value['wall, paired median']:.2f} ({low:.2f}–{high:.2f}) | {value['wall, fastest']:.2f} | "
                  f"{value['CPU, paired median']:.2f} | {verdict} |")

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
        print_preview(preview_rebuilds(projects["full"]))


if __name__ == "__main__":
    main()
