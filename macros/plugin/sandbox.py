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

from pathlib import Path

import yaml
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from mkdocs.exceptions import PluginError
from mkdocs.utils.meta import YAML_RE

from ..site.blocks import MARKER
from .page_macros import MacroError

_TEMPLATE = "<template>"  # the file name Jinja gives the frames of a template


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
    except yaml.YAMLError as error:
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        detail = " ".join(filter(None, (getattr(error, "context", None), getattr(error, "problem", None))))
        return (mark.line + 2 if mark else 1,
                f"the front matter between the --- lines is not valid YAML: {detail or error}")
    return 1, f"the front matter between the --- lines is a {type(value).__name__}; expected lines of 'key: value'"


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


def _explained(error: Exception) -> str:
    if isinstance(error, MacroError):
        return str(error)
    detail = error.args[0] if isinstance(error, KeyError) and error.args else error
    return f"a macro call on this line failed ({type(error).__name__}: {detail})"


def rendered_page(markdown: str, page, env) -> str:
    """The page's Markdown with its macros rendered in `env`; a mistake
    stops the build with the page, its line and what to do."""
    where = f"docs/{page.file.src_uri}"
    problem = front_matter_problem(markdown)
    if problem:
        raise PluginError(f"{where}:{problem[0]}: {problem[1]}")
    if "render_macros" in page.meta:
        raise PluginError(f"{where}:1: front matter 'render_macros' is not used by this site; remove it "
                          "(every page's macros are rendered, in a sandbox)")
    offset = _first_line(page, markdown)
    marker = MARKER.search(markdown)
    if marker:
        line = offset + markdown.count("\n", 0, marker.start()) + 1
        raise PluginError(f"{where}:{line}: '{marker.group()}' is reserved for the site's own use "
                          "(it stands for a table or figure); remove it from the page")
    if not any(syntax in markdown for syntax in ("{{", "{%", "{#")):
        return markdown  # nothing for Jinja to do
    macros = ", ".join(sorted(env.globals))
    try:
        return render(markdown, env)
    except TemplateSyntaxError as error:
        hint = " ('{#' opens a Jinja comment: write a heading id as '{ #an-id }', with a space)" \
            if "comment" in error.message else ""
        raise PluginError(f"{where}:{offset + (error.lineno or 1)}: {error.message}{hint}") from None
    except SecurityError as error:
        line = _template_line(error)
        raise PluginError(f"{where}:{offset + (line or 1)}: not allowed in a page: {error}; "
                          f"pages may call only the site's macros ({macros})") from None
    except TemplateError as error:
        line = _template_line(error)
        raise PluginError(f"{where}:{offset + (line or 1)}: {error.message}; "
                          f"pages may call only the site's macros ({macros})") from None
    except Exception as error:  # a macro given a wrong argument: the writer's mistake, never a traceback
        line = _template_line(error)
        raise PluginError(f"{where}:{offset + (line or 1)}: {_explained(error)}") from None
