"""`make serve` survives a writer's mistakes: the real preview server, run on
127.0.0.1 over a copy of the project, shows each problem in the browser in
the page's language, keeps serving, and recovers on the next good save."""
from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from bs4 import BeautifulSoup

from macros.site.problem_page import page_files, problem_page
from scripts.preview_caches import SearchEntries, ThemeListing

from tests.conftest import ROOT, project_copy

BROKEN_EN = "The site could not be built"
BROKEN_FR = "Le site n’a pas pu être produit"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError as error:  # not up yet, or a 404 while the site is rebuilt
        return getattr(error, "read", lambda: b"")().decode("utf-8", "replace")


def request(port: int, path: str, host: str) -> tuple[int, bytes]:
    """(status, body) of a GET with the Host header `host`."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest("GET", path, skip_host=True)
        connection.putheader("Host", host)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def wait_for(url: str, wanted: str, server, seconds: float = 90) -> str:
    """The page at `url` once it holds `wanted` (polled; the server must stay up)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, "the preview server stopped"
        page = fetch(url)
        if wanted in page:
            return page
        time.sleep(0.5)
    raise AssertionError(f"{url} never showed {wanted!r}; last: {page[:500]!r}")


@pytest.fixture
def preview(tmp_path):
    project = project_copy(tmp_path / "project")
    shutil.copytree(ROOT / "scripts", project / "scripts")
    data = project / "data" / "plan.yml"
    good_data = data.read_text(encoding="utf-8")
    data.write_text(good_data + "x: [\n", encoding="utf-8")  # the first build already fails
    port = free_port()
    log = (tmp_path / "preview.log").open("w+", encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "scripts.preview", f"127.0.0.1:{port}"], cwd=project,
                              env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), stdout=log, stderr=subprocess.STDOUT)
    try:
        yield project, f"http://127.0.0.1:{port}", server, good_data, log
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def test_the_preview_shows_each_mistake_and_recovers(preview):
    project, base, server, good_data, log = preview
    page = project / "docs" / "en" / "section-01.md"
    good_page = page.read_text(encoding="utf-8")

    shown = wait_for(f"{base}/fr/section-01/", BROKEN_FR, server)
    assert 'lang="fr"' in shown and "data/plan.yml:" in shown and "a list opened with [ is not closed" in shown
    assert BROKEN_EN in wait_for(f"{base}/en/section-01/", BROKEN_EN, server)

    (project / "data" / "plan.yml").write_text(good_data, encoding="utf-8")
    wait_for(f"{base}/en/section-01/", "Message from the President", server)

    for mistake, expected in (('{{ org("nope") }}', "org(&#34;nope&#34;): &#34;nope&#34; is not an organization&#39;s key"),
                              ("## Suite {#suite}", "opens a comment that is not closed"),
                              ("<script>alert(1)</script>", "a &lt;script&gt; element")):
        page.write_text(good_page + "\n" + mistake + "\n", encoding="utf-8")
        shown = wait_for(f"{base}/en/section-01/", expected, server)
        assert BROKEN_EN in shown and "docs/en/section-01.md:" in shown
        page.write_text(good_page, encoding="utf-8")
        wait_for(f"{base}/en/section-01/", "Message from the President", server)

    config = project / "mkdocs.yml"
    good_config = config.read_text(encoding="utf-8")
    config.write_text(good_config + "nav: [\n", encoding="utf-8")
    assert "mkdocs.yml" in wait_for(f"{base}/en/section-01/", BROKEN_EN, server)
    config.write_text(good_config, encoding="utf-8")
    wait_for(f"{base}/en/section-01/", "Message from the President", server)

    # A new sentence is in the search index; a template and a new theme file are seen at once.
    page.write_text(good_page + "\nA sentence to search for.\n", encoding="utf-8")
    wait_for(f"{base}/en/search/search_index.json", "A sentence to search for.", server)
    template = project / "overrides" / "main.html"
    template.write_text(template.read_text(encoding="utf-8").replace("<title>", "<title>Template saved · "),
                        encoding="utf-8")
    wait_for(f"{base}/en/section-01/", "<title>Template saved · ", server)
    (project / "overrides" / "assets" / "new-file.txt").write_text("A new theme file", encoding="utf-8")
    wait_for(f"{base}/assets/new-file.txt", "A new theme file", server)

    # Only the names it is served at: a page of another site that takes over a name (DNS rebinding) gets 421.
    port = int(base.rsplit(":", 1)[1])
    assert request(port, "/en/section-01/", "evil.example")[0] == 421
    assert request(port, "/en/section-01/", f"evil.example:{port}")[0] == 421
    assert request(port, "/en/section-01/", f"localhost:{port}")[0] == 200
    # An address no file can have is not found; no traceback.
    assert request(port, "/en/%00", f"127.0.0.1:{port}")[0] == 404
    # A control character in the data reaches neither the terminal nor the page as it is.
    (project / "data" / "plan.yml").write_text(good_data.replace('fr: "PMOGO 2022-2024"', 'fr: "PMOGO\x1b[31m 2022-2024"', 1),
                                               encoding="utf-8")
    shown = wait_for(f"{base}/en/section-01/", "U+001B", server)
    assert "\x1b" not in shown
    (project / "data" / "plan.yml").write_text(good_data, encoding="utf-8")
    wait_for(f"{base}/en/section-01/", "Message from the President", server)

    log.seek(0)
    terminal = log.read()
    assert "Traceback" not in terminal and "appear stuck" not in terminal and "\x1b[31m" not in terminal
    assert "docs/en/section-01.md:" in terminal and "data/plan.yml:" in terminal
    for routine in ("mkdocs_static_i18n", "Building documentation", "Cleaning site directory"):
        assert routine not in terminal, routine


def test_the_problem_page_is_in_the_pages_language_and_escapes_the_messages():
    french = BeautifulSoup(problem_page(["docs/fr/x.md:3: <script>"], ("fr",)), "html.parser")
    assert french.html["lang"] == "fr" and french.h1.get_text() == BROKEN_FR
    assert french.find("pre").get_text() == "docs/fr/x.md:3: <script>" and not french.find("script")
    assert french.find("p").get_text() == "1\u00a0problème à corriger\u00a0:"
    both = BeautifulSoup(problem_page(["a", "b"]), "html.parser")
    assert [s["lang"] for s in both.find_all("section")] == ["fr", "en"]
    assert both.find("section", lang="en").find("p").get_text() == "2 problems to correct:"
    assert page_files(["en/index.md", "fr/section-10.md", "img/x.png"]) == {
        "en/index.html": "en", "fr/section-10/index.html": "fr"}


class _Page:
    def __init__(self, content, title="Section 1"):
        self.url, self.title, self.content, self.toc, self.meta = "en/section-01/", title, content, [], {}


class _Index:
    def __init__(self):
        self.entries = []


def test_the_search_entries_of_a_page_are_made_again_only_when_the_page_changed():
    made = []

    def add_entries(index, page):  # Material's indexer, reduced to what the cache sees
        made.append(page.content)
        index.entries.append({"location": page.url, "title": page.title, "text": page.content})

    entries = SearchEntries()
    for page in (_Page("<p>One</p><!-- plan-block:1 -->"), _Page("<p>One</p><!-- plan-block:7 -->")):
        index = _Index()
        entries.add(index, page, add_entries)
        assert index.entries == [{"location": "en/section-01/", "title": "Section 1", "text": "<p>One</p><!-- plan-block:1 -->"}]
    assert len(made) == 1  # a marker's number is not a change
    for page in (_Page("<p>Two</p>"), _Page("<p>Two</p>", title="Section one")):
        index = _Index()
        entries.add(index, page, add_entries)
        assert index.entries == [{"location": "en/section-01/", "title": page.title, "text": "<p>Two</p>"}]
    assert len(made) == 3


class _Theme:
    def __init__(self, custom_dir):
        self.dirs, self.static_templates, self.custom_dir = ["/theme", custom_dir], ["404.html"], custom_dir


class _Config:
    def __init__(self, custom_dir):
        self.theme = _Theme(custom_dir)


class _Env:
    def __init__(self, folder):
        self.folder, self.listings = folder, 0

    def list_templates(self, filter_func=None):
        self.listings += 1
        return sorted(path.name for path in self.folder.iterdir() if filter_func(path.name))


def test_the_theme_files_are_listed_again_when_a_file_is_added_to_the_overrides(tmp_path):
    (tmp_path / "main.html").write_text("", encoding="utf-8")
    env, config, listing = _Env(tmp_path), _Config(str(tmp_path)), ThemeListing()
    keep = lambda name: not name.endswith(".html")  # noqa: E731
    assert listing.names(env, config, keep) == [] and listing.names(env, config, keep) == []
    assert env.listings == 1
    (tmp_path / "extra.css").write_text("", encoding="utf-8")
    assert listing.names(env, config, keep) == ["extra.css"] and env.listings == 2




def test_the_terminals_routine_lines_are_in_the_writers_language(monkeypatch):
    from scripts.preview import said
    monkeypatch.setenv("LANGUAGE", "fr_CA.UTF-8")
    assert said("Serving on http://127.0.0.1:8000/") == "l’aperçu est à http://127.0.0.1:8000/"
    assert said("Documentation built in 3.21 seconds") == "site produit en 3.21\u00a0s"
    assert said("docs/fr/x.md:3: un problème") == "docs/fr/x.md:3: un problème"
