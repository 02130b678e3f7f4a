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
    "a command through lipsum": ("{{ lipsum.__globals__['os'].popen('id').read() }}", "'lipsum' is undefined"),
    "a command through a macro": ("{{ org.__globals__['os'].popen('id').read() }}", "not allowed in a page"),
    "the config": ("{{ config.extra }}", "'config' is undefined"),
    "the plugin's context()": ("{{ context() }}", "'context' is undefined"),
    "an unknown organization": ('{{ org("nope") }}', "org('nope'): no organization 'nope'; expected one of the 71 keys of 'organizations' in data/plan.yml"),
    "an organization given a number": ("{{ org(5) }}", "org(5): no organization 5; expected one of the 71 keys of 'organizations' in data/plan.yml"),
    "an unknown figure": ('{{ figure("9") }}', "figure('9'): no figure '9'; expected one of: '1', '2', '3', '4', '5', '6', '7'"),
    "a heading id written {#…}": ("## Suite {#suite}", "Missing end of comment tag ('{#' opens a Jinja comment: "
                                                        "write a heading id as '{ #an-id }', with a space)"),
    "the site's own marker": ("<!-- plan-block:3 -->", "'<!-- plan-block:3 -->' is reserved for the site's own use"),
    "a script": ("<script>alert(1)</script>", "a <script> element: pages hold no scripts; remove it"),
    "an event handler": ('<img src="x.png" alt="A" onerror="alert(1)">', "an event handler, onerror=, on <img>: pages hold no scripts"),
    "a javascript: link": ("[x](javascript:alert(1))", "the address javascript:alert(1) in href= on <a>: a link leads to a page"),
    "a data: link": ('<a href="DATA:text/html,<b>x</b>">x</a>', "the address DATA:text/html,<b>x</b> in href= on <a>"),
    "an unknown checklist": ('{{ checklist("x") }}', "no checklist 'x' in data/guide.yml (known: "),
    "an unknown count": ('{{ number("x") }}', "no count 'x' (known: objectives, previous_objectives, commitments"),
    "a meta refresh": ('<meta http-equiv="refresh" content="0; url=https://example.org/">',
                       "a <meta> element: the site writes each page's head itself"),
    "a broken anchor": ("[x](section-10.md#nope)", "contains a link 'section-10.md#nope', but the doc "
                                                   "'en/section-10.md' does not contain an anchor '#nope'"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_page_mistake_stops_the_build_at_its_line(tmp_path, case):
    added, expected = CASES[case]
    text, line = page_with(added)
    result = build_with(tmp_path, text)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert expected in result.stderr, result.stderr[-2000:]
    if case != "a broken anchor":  # MkDocs' own message names the page, not the line
        assert f"{PAGE}:{line}: " in result.stderr, result.stderr[-2000:]
    assert "uid=" not in result.stderr + result.stdout


def test_broken_front_matter_is_not_shown_as_text(tmp_path):
    text = "---\ntitle: [unclosed\n---\n\n# Title\n"
    result = build_with(tmp_path, text)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert (f"{PAGE}:2: the front matter between the --- lines is not valid YAML: "
            "while parsing a flow sequence expected ',' or ']', but got '<stream end>'") in result.stderr


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
        1, "the front matter between the --- lines is a list; expected lines of 'key: value'")


def test_active_content_is_found_however_it_is_written():
    ok = '<h1>T</h1><p><a href="section-10/">ok</a> <a href="mailto:x@example.org">ok</a></p>'
    assert findings(ok) == []
    found = findings('<h1>T</h1><a href=" java\tscript:alert(1)">x</a><svg onload="x()"/><iframe src="x"></iframe>')
    assert [finding.key for finding in found] == ["page_link_scheme", "page_drawing", "page_embedded"]


def test_a_link_to_a_macros_figure_or_table_is_a_good_anchor(tmp_path):
    text, _ = page_with("[Figure 2](section-04.md#figure-2)")
    result = build_with(tmp_path, text)
    assert result.returncode == 0, result.stderr[-2000:]
