"""What a writer supplies, held to an allowlist (issue: an attacker with
write access to a pull request): each hostile page, front matter, menu
entry, setting, file and data value of the issue's list stops the build
with the file, the line and what to write instead; what a page may hold
builds as before, and what is escaped runs nothing in Chromium.

Each site is small and built in the test process (tests/site/test_stages.py)."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.language.languages import LANGUAGES

from tests.browser.browser import CHROMEDRIVER, CHROMIUM, chromium, require, serve
from tests.site.test_stages import build_errors, built, pages, small_project

PAGE = "docs/en/section-02.md"


def page_with(project: Path, added: str) -> int:
    """The English section 2 with `added` at its end; the line it starts on."""
    path = project / PAGE
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    path.write_text(text + added + "\n", encoding="utf-8")
    return text.count("\n") + 1


# The payloads: each is refused, at its line, with what the message starts with.
PAYLOADS = {
    "an img in a <noscript>'s attribute": ('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
                                           "a <noscript> element: pages hold no scripts"),
    "an img in a <textarea>": ('<textarea><img src=x onerror=alert(1)></textarea>', "a <textarea> element: pages hold no forms"),
    "an img in an <xmp>": ('<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>', "a <xmp> element, which is not one"),
    "an img in a <noembed>": ('<noembed><p title="</noembed><img src=x onerror=alert(1)>"></noembed>', "a <noembed> element"),
    "a CDATA section": ('<div><![CDATA[><img src=x onerror=alert(1)>]]></div>', "an event handler, onerror=, on <img>"),
    "a <style> in <svg>": ('<svg><style><img src=x onerror=alert(1)></style></svg>', "a <svg> drawing"),
    "a <style> in <math>": ('<math><style><img src=x onerror=alert(1)></style></math>', "a <math> drawing"),
    "<noscript><style>": ('<noscript><style></noscript><img src=x onerror=alert(1)></style>', "a <noscript> element"),
    "an SVG <animate> to javascript:": ('<svg><a><animate attributeName="href" values="javascript:alert(1)"/>'
                                        '<text y="20">x</text></a></svg>', "a <svg> drawing"),
    "an image of another host": ('<img src="https://elsewhere.example/x.png" alt="x">',
                                 "the address https://elsewhere.example/x.png in src= on <img> is not the site's"),
    "a style sheet of another host": ('<style>@import url(https://elsewhere.example/x.css);</style>', "a <style> element"),
    "a form to another host": ('<form action="https://elsewhere.example/"><input type="password"></form>',
                               "a <form> element: pages hold no forms"),
    "a javascript: link with a tab": ('<a href="java&#x09;script:alert(1)">x</a>', "the address javaU+0009script:alert(1)"),
    "a protocol-relative image": ('<img src="//elsewhere.example/x.png" alt="x">',
                                  "the address //elsewhere.example/x.png in src= on <img> is not the site's"),
    "an image without a text": ("![](figure.png)", "an image without a text"),
    "a skipped heading level": ("#### Détail", "a heading of level 4 right after one of level 1"),
    "an element left open": ("Texte <b>gras.", "<b> is opened and never closed"),
    "a style= attribute": ('<p style="background:url(https://elsewhere.example/)">x</p>', "the attribute style= on <p>"),
    "a style= in a table cell": ('<table><tr><td style="background:url(https://elsewhere.example/)">x</td></tr></table>',
                                 "a style= on <td>: the site's style sheet gives the look"),
}


@pytest.mark.parametrize("case", PAYLOADS)
def test_a_hostile_page_is_refused_at_its_line(tmp_path, caplog, case):
    added, expected = PAYLOADS[case]
    project = small_project(tmp_path / "project")
    line = page_with(project, added)
    errors = "\n".join(build_errors(project, caplog))
    assert f"{PAGE}:{line}: {expected}" in errors, errors


def test_ten_thousand_unclosed_elements_are_refused_at_once(tmp_path, caplog):
    """The page that took 30 s to build (Material's search parser and the
    acronym marking, both quadratic on it) is refused in the time of a build."""
    project = small_project(tmp_path / "project")
    page_with(project, "<code>x" * 10000)
    start = time.perf_counter()
    errors = "\n".join(build_errors(project, caplog))
    assert time.perf_counter() - start < 10
    assert f"{PAGE}:" in errors and "<code> is opened and never closed" in errors
    assert "… and " in errors and errors.count("never closed") <= 10  # a few, then a count


@pytest.mark.parametrize("front_matter, expected", [
    ("title: '<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>'",
     "'title' in the front matter holds markup"),
    ("description: 'The plan <img src=x'", "'description' in the front matter holds markup"),
    ("title: 'Section <!-- plan-block:0 -->'", "'title' in the front matter holds markup (<!-- plan-block:0 -->)"),
])
def test_front_matter_with_markup_is_refused(tmp_path, caplog, front_matter, expected):
    project = small_project(tmp_path / "project")
    path = project / PAGE
    path.write_text(f"---\n{front_matter}\n---\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    errors = "\n".join(build_errors(project, caplog))
    assert f"{PAGE}:2: {expected}" in errors and "Traceback" not in errors, errors


def test_front_matter_text_is_shown_as_typed_and_runs_nothing(tmp_path):
    """Quotes and ampersands in a title or a description end no attribute:
    the page loads in Chromium with its <meta> as typed, and no handler runs."""
    require(CHROMIUM, CHROMEDRIVER)
    project = small_project(tmp_path / "project")
    path = project / PAGE
    typed = 'Q&A: "x" onfocus="window.hit=1" autofocus="'
    path.write_text(f"---\ndescription: '{typed}'\n---\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    site = built(project)
    (tmp_path / "www").mkdir()
    server, url = serve(site, tmp_path / "www")
    driver = chromium()
    try:
        driver.get(f"{url}en/section-02/")
        content = driver.execute_script("return document.querySelector('meta[name=description]').content")
        assert content == typed
        assert driver.execute_script("return window.hit === undefined && !document.querySelector('[onfocus]')")
    finally:
        driver.quit()
        server.shutdown()


@pytest.mark.parametrize("link", ["javascript:alert(1)", "http://elsewhere.example/", "https://x.example/\"onmouseover=\"alert(1)"])
def test_a_menu_link_is_an_https_address(tmp_path, caplog, link):
    menu = ["index.md", "section-01.md", {"link": link, "title": {"fr": "Ailleurs", "en": "Elsewhere"}},
            "section-02.md", "plan.md", "guide.md"]
    project = small_project(tmp_path / "project", menu=menu)
    errors = "\n".join(build_errors(project, caplog))
    assert "data/navigation.yml:1: menu[2].link:" in errors and "https" in errors, errors


def test_a_menu_links_title_is_shown_as_text(tmp_path):
    typed = {"fr": "<img src=x onerror=alert(1)> & cie", "en": "<img src=x onerror=alert(1)> & co"}
    menu = ["index.md", "section-01.md", {"link": "https://x.example/", "title": typed}, "section-02.md", "plan.md", "guide.md"]
    site = built(small_project(tmp_path / "project", menu=menu))
    for lang in LANGUAGES:
        page = BeautifulSoup((site / lang / "section-01" / "index.html").read_text(encoding="utf-8"), "html.parser")
        link = page.select_one('nav.md-nav--primary a[href="https://x.example/"]')
        assert " ".join(link.get_text(" ").split()) == typed[lang] and not page.select("nav img"), link


@pytest.mark.parametrize("site_url", ['https://example.org/"><script>alert(1)</script>/', "javascript://example.org/%0aalert(1)/"])
def test_site_url_is_an_http_address_of_a_folder(tmp_path, caplog, site_url):
    project = small_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_url: https://example.org/sub/",
                                                                  f"site_url: '{site_url}'"), encoding="utf-8")
    errors = "\n".join(build_errors(project, caplog))
    assert "SITE_URL is " in errors and "expected the address the site is published at" in errors, errors


@pytest.mark.parametrize("target", ["/etc/hostname", ".git/config"])
def test_a_page_that_is_a_link_to_elsewhere_is_refused(tmp_path, caplog, target):
    project = small_project(tmp_path / "project")
    (project / ".git").mkdir()
    (project / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    for lang in ("fr", "en"):
        (project / "docs" / lang / "leak.md").symlink_to(target if target.startswith("/") else project / target)
    errors = "\n".join(build_errors(project, caplog))
    assert "docs/en/leak.md is a link to a file outside the project" in errors or \
        "docs/en/leak.md is a link" in errors, errors


def test_a_data_file_that_is_a_link_is_refused(tmp_path, caplog):
    project = small_project(tmp_path / "project")
    (project / "data" / "progress.yml").unlink()
    (project / "data" / "progress.yml").symlink_to("/etc/hostname")
    errors = "\n".join(build_errors(project, caplog))
    assert "data/progress.yml is a link to a file outside the project" in errors, errors


REPORT = """reports:
  - as_of: 2023-03-31
    deliverables:
      - id: "1.1.1.1"
        status: limited
        progress:
          fr: {fr}
          en: "Work began."
"""


@pytest.mark.parametrize("written, expected", [
    ('"Travail\\0 commencé."', "column 15 holds the invisible character U+0000"),
    ('"\\e[31mTravail commencé."', "holds the invisible character U+001B"),
    ('"Travail \\u202Eécnemmoc."', "holds the invisible character U+202E"),
    ('"\\u200B\\u200B"', "shows nothing (only invisible characters)"),
    ('"=HYPERLINK(\\"https://elsewhere.example\\")"', "the text starts with '=': a spreadsheet"),
    ('"-5 % des délais"', "the text starts with '-'"),
    ('"@équipe"', "the text starts with '@'"),
])
def test_a_report_text_that_would_hide_or_run_something_is_refused(tmp_path, caplog, written, expected):
    project = small_project(tmp_path / "project")
    (project / "data" / "progress.yml").write_text(REPORT.format(fr=written), encoding="utf-8")
    errors = "\n".join(build_errors(project, caplog))
    assert "data/progress.yml:7: " in errors and expected in errors, errors


def test_a_control_character_typed_in_a_data_file_is_refused_before_yaml_reads_it(tmp_path, caplog):
    project = small_project(tmp_path / "project")
    (project / "data" / "progress.yml").write_text(REPORT.format(fr='"Travail\x1b[31m commencé."'), encoding="utf-8")
    errors = "\n".join(build_errors(project, caplog))
    assert "data/progress.yml:7: column 23 holds the invisible character U+001B" in errors, errors
    assert "\x1b" not in errors


def test_what_a_page_may_hold_builds(tmp_path):
    """The allowlist's own examples: links, a decorative image, a table
    column's alignment, a passage in the other language."""
    project = small_project(tmp_path / "project")
    (project / "docs" / "en" / "line.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    page_with(project, '## Further\n\nSee [the portal](https://open.canada.ca/en), [us](mailto:x@example.org), '
                       '[section 1](section-01.md) and <span lang="fr">Gouvernement ouvert</span>.\n\n'
                       '![](line.png){ role="presentation" }\n\n| A | B |\n|:-:|--:|\n| 1 | 2 |\n\n'
                       '<details><summary>More</summary><p>Text.</p></details>')
    site = built(project)
    assert (site / "en" / "section-02" / "index.html").exists()
