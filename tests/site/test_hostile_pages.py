"""A page's mistakes and hostile content stop the build with the page, the
line and what was expected; nothing a page holds runs at build time or in
the reader's browser."""
from __future__ import annotations

import pytest

from macros.plugin.sandbox import front_matter_problem, render, sandbox
from macros.site.allowlist import findings

from tests.conftest import ROOT, mkdocs_build, project_copy

PAGE = "docs/en/section-01.md"


def build_with(tmp_path, page_text: str, page: str = PAGE):
    project = project_copy(tmp_path / "project")
    (project / page).write_text(page_text, encoding="utf-8")
    return mkdocs_build(project, tmp_path / "site")


def page_with(line_text: str) -> tuple[str, int]:
    """The English section 1 page with `line_text` added as its last line, and that line's number."""
    text = (ROOT / PAGE).read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    return text + line_text + "\n", text.count("\n") + 1


CASES = {
    "a command through lipsum": ("{{ lipsum.__globals__['os'].popen('id').read() }}", "lipsum is not one of the site's macros; a page may call: acronyms_table, activity_sections, "),
    "a command through a macro": ("{{ org.__globals__['os'].popen('id').read() }}", "not allowed in a page"),
    "the config": ("{{ config.extra }}", "config is not one of the site's macros"),
    "the plugin's context()": ("{{ context() }}", "context is not one of the site's macros"),
    "an unknown organization": ('{{ org("nope") }}', 'org("nope"): "nope" is not an organization\'s key (organizations, data/plan.yml) (there are 71); the closest: '),
    "an organization given a number": ("{{ org(5) }}", "org(5): 5 is not an organization's key (organizations, data/plan.yml) (there are 71)"),
    "an unknown figure": ('{{ figure("9") }}', 'figure("9"): "9" is not a figure\'s number; expected one of: "1", "2", "3", "4", "5", "6", "7"'),
    "a heading id written {#…}": ("## Suite {#suite}", "`{#` opens a comment that is not closed: write a heading's id "
                                                        "`{ #an-id }`, with a space after the brace"),
    "the site's own marker": ("<!-- plan-block:3 -->", "<!-- plan-block:3 --> is reserved for the site's own use"),
    "a script": ("<script>alert(1)</script>", "a <script> element: pages hold no scripts; remove it"),
    "an event handler": ('<img src="x.png" alt="A" onerror="alert(1)">', "an event handler, onerror=, on <img>: pages hold no scripts"),
    "a javascript: link": ("[x](javascript:alert(1))", "the address javascript:alert(1) in href= on <a>: a link leads to a page"),
    "a data: link": ('<a href="DATA:text/html,<b>x</b>">x</a>', "the address DATA:text/html,<b>x</b> in href= on <a>"),
    "an unknown checklist": ('{{ checklist("x") }}', 'checklist("x"): "x" is not a checklist of data/guide.yml; expected one of: "before-proposing"'),
    "an unknown count": ('{{ number("x") }}', 'number("x"): "x" is not a count of the plan; expected one of: "objectives", "previous_objectives"'),
    "a meta refresh": ('<meta http-equiv="refresh" content="0; url=https://example.org/">',
                       "a <meta> element: the site writes each page's head itself"),
    "a broken anchor": ("[x](section-10.md#nope)", "the link section-10.md#nope names #nope, which is on no "
                                                   "heading or element of docs/en/section-10.md"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_page_mistake_stops_the_build_at_its_line(tmp_path, case):
    added, expected = CASES[case]
    text, line = page_with(added)
    result = build_with(tmp_path, text)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert expected in result.stderr, result.stderr[-2000:]
    assert f"{PAGE}:{line}: " in result.stderr, result.stderr[-2000:]
    assert "uid=" not in result.stderr + result.stdout


def test_broken_front_matter_is_not_shown_as_text(tmp_path):
    text = "---\ntitle: [unclosed\n---\n\n# Title\n"
    result = build_with(tmp_path, text)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert (f"{PAGE}:2: the front matter (between the two --- lines) cannot be read: a list opened with [ is not "
            "closed: end it with ] on the same line\n      2 | title: [unclosed\n        |        ^") in result.stderr


def test_a_french_writer_reads_a_pages_mistakes_in_french(tmp_path, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr_CA.UTF-8")
    text, line = page_with('{{ figure("9") }}\n\n[x](section-10.md#nope)')
    result = build_with(tmp_path, text)
    assert (f'{PAGE}:{line}: figure("9")\u00a0: "9" n’est pas un numéro de figure; il faut l’une de ces valeurs\u00a0: '
            '"1", "2"') in result.stderr, result.stderr[-2000:]


def test_a_script_in_the_front_matter_title(tmp_path):
    result = build_with(tmp_path, "---\ntitle: '<script>alert(1)</script>'\n---\n\n# Title\n")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"{PAGE}:2: 'title' in the front matter holds markup (<script>alert(1)</script>)" in result.stderr


def test_the_sandbox_holds_only_the_given_macros():
    env = sandbox({"org": lambda key: f"<{key}>"})
    assert render('{{ org("x") }}', env) == "<x>"
    assert set(env.globals) == {"org"}
    for hostile in ("{{ lipsum }}", "{{ range(3) }}", "{{ cycler }}", "{{ namespace() }}",
                    "{{ ''.__class__.__mro__ }}", "{{ org.__globals__ }}", "{{ org.__code__ }}"):
        with pytest.raises(Exception) as raised:
            render(hostile, env)
        assert type(raised.value).__name__ in ("UndefinedError", "SecurityError"), hostile


def test_front_matter_problems():
    assert front_matter_problem("# Just a page\n") is None
    assert front_matter_problem("---\ntitle: [x\n---\n")[0] == 2
    assert front_matter_problem("---\n- a\n---\n") == (
        1, "the front matter (between the two --- lines) is not a list of `key: value` lines, such as "
           "`title: A short title`")
    line, said = front_matter_problem("---\ntitle: Annexe A: suite\n---\n")
    assert line == 2 and said.startswith("the front matter (between the two --- lines) cannot be read: the text of "
                                         "title holds a colon followed by a space") and "      2 | title: Annexe A: suite" in said


def test_active_content_is_found_however_it_is_written():
    ok = '<h1>T</h1><p><a href="section-10/">ok</a> <a href="mailto:x@example.org">ok</a></p>'
    assert findings(ok) == []
    found = findings('<h1>T</h1><a href=" java\tscript:alert(1)">x</a><svg onload="x()"/><iframe src="x"></iframe>')
    assert [finding.key for finding in found] == ["page_link_scheme", "page_drawing", "page_embedded"]


def test_a_link_to_a_macros_figure_or_table_is_a_good_anchor(tmp_path):
    text, _ = page_with("[Figure 2](section-04.md#figure-2)")
    result = build_with(tmp_path, text)
    assert result.returncode == 0, result.stderr[-2000:]
