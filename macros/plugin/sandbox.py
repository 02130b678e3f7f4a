"""A page's macros rendered in a sandbox that holds the project's macros and
nothing else, and every mistake in a page stopped with its file and line.

A page is what any pull request may change. Jinja's full environment would
give it `lipsum`, `range`, the site's config; from there
`{{ lipsum.__globals__['os'].popen('id').read() }}` runs a command at build
time. Here each page is rendered in Jinja's sandbox (no underscore
attributes, no unsafe calls), whose only names are the macros of
macros/plugin/page_macros.py.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from mkdocs.exceptions import PluginError
from mkdocs.utils.meta import YAML_RE

from ..data import yaml_mistakes
from ..language.messages import message
from ..site.blocks import MARKER
from .page_macros import MacroError

_TEMPLATE = "<template>"  # the file name Jinja gives the frames of a template
_UNDEFINED = re.compile(r"'([^']+)' is undefined$")


def sandbox(macros: dict) -> ImmutableSandboxedEnvironment:
    """A Jinja environment whose only globals are `macros`."""
    env = ImmutableSandboxedEnvironment(undefined=StrictUndefined)
    env.globals = dict(macros)
    return env


def render(markdown: str, env) -> str:
    return env.from_string(markdown).render()


def front_matter_problem(markdown: str) -> tuple[int, str] | None:
    """The line and why a page's front matter was not read (MkDocs then
    shows it as the page's text)."""
    match = YAML_RE.match(markdown)
    if not match:
        return None
    try:
        value = yaml.safe_load(match.group(1))
    except yaml.MarkedYAMLError as error:
        line, column, words = yaml_mistakes.error_place(error)
        # Numbered as the page's lines: the front matter starts on line 2, after ---.
        line, explanation = yaml_mistakes.explained("\n" + match.group(1), line + 1, column, words)
        return line, message("front_matter_yaml", explanation=explanation)
    except yaml.YAMLError as error:
        return 1, message("front_matter_yaml", explanation=str(error))
    return 1, message("front_matter_not_mapping")


def _first_line(page, markdown: str) -> int:
    """The line of the source file where `markdown` (the page without its
    front matter) begins, less one."""
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8-sig")
    return source.count("\n", 0, max(len(source) - len(markdown), 0))


def _template_line(error: BaseException) -> int | None:
    """The page line the failing macro call is on, from the traceback."""
    line, tb = None, error.__traceback__
    while tb:
        if tb.tb_frame.f_code.co_filename == _TEMPLATE:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _explained(error: Exception, macros: str) -> str:
    """What went wrong in a macro call, in the writer's language; Jinja's
    and Python's own words, in English, in parentheses."""
    if isinstance(error, MacroError):
        return str(error)
    if isinstance(error, TemplateSyntaxError):
        if "comment" in error.message:
            return message("macro_comment")
        return message("macro_syntax", words=error.message)
    if isinstance(error, SecurityError):
        return message("macro_not_allowed", words=str(error), macros=macros)
    if isinstance(error, UndefinedError):
        name = _UNDEFINED.match(error.message or "")
        if name:
            return message("macro_unknown_name", name=name.group(1), macros=macros)
        return message("macro_not_allowed", words=error.message, macros=macros)
    if isinstance(error, TemplateError):
        return message("macro_not_allowed", words=error.message, macros=macros)
    detail = error.args[0] if isinstance(error, KeyError) and error.args else error
    return message("macro_failed", words=f"{type(error).__name__}: {detail}")


def rendered_page(markdown: str, page, env) -> str:
    """The page's Markdown with its macros rendered in `env`; a mistake
    stops the build with the page, its line and what to do."""
    where = f"docs/{page.file.src_uri}"
    problem = front_matter_problem(markdown)
    if problem:
        raise PluginError(f"{where}:{problem[0]}: {problem[1]}")
    if "render_macros" in page.meta:
        raise PluginError(f"{where}:1: " + message("front_matter_render_macros"))
    offset = _first_line(page, markdown)
    marker = MARKER.search(markdown)
    if marker:
        line = offset + markdown.count("\n", 0, marker.start()) + 1
        raise PluginError(f"{where}:{line}: " + message("page_marker_reserved", marker=marker.group()))
    if not any(syntax in markdown for syntax in ("{{", "{%", "{#")):
        return markdown  # nothing for Jinja to do
    try:
        return render(markdown, env)
    except Exception as error:  # the writer's mistake, told with its line: never a traceback
        line = error.lineno if isinstance(error, TemplateSyntaxError) else _template_line(error)
        raise PluginError(f"{where}:{offset + (line or 1)}: {_explained(error, ', '.join(sorted(env.globals)))}") from None
