"""The pages' macros rendered in a sandbox that holds the project's macros
and nothing else, and every mistake in a page stopped with its file and line.

mkdocs-macros renders a page with Jinja's full environment: `lipsum`,
`range`, the site's config, the plugin itself; from there,
`{{ lipsum.__globals__['os'].popen('id').read() }}` runs a command at build
time, and a page is what any pull request may change. Here mkdocs-macros only
registers the macros (`render_by_default: false` in mkdocs.yml) and this hook
renders each page in Jinja's sandbox (no underscore attributes, no unsafe
calls), whose only names are the macros of macros/__init__.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils.meta import YAML_RE
import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from macros.site.blocks import MARKER  # noqa: E402

_sandbox: dict = {}
_TEMPLATE = "<template>"  # the file name Jinja gives the frames of a template


def sandbox(macros: dict) -> ImmutableSandboxedEnvironment:
    """A Jinja environment whose only globals are `macros`."""
    env = ImmutableSandboxedEnvironment(undefined=StrictUndefined)
    env.globals = dict(macros)
    return env


def project_macros(plugin) -> dict:
    """The macros registered by the project's `macros` package (not the
    plugin's own `context()`, `macros_info()`… which expose the whole config)."""
    return {name: macro for name, macro in plugin.macros.items()
            if getattr(macro, "__module__", "").split(".")[0] == "macros"}


@event_priority(-50)  # after mkdocs-macros has registered the macros
def on_config(config):
    plugin = config.plugins["macros"]
    if plugin.config["render_by_default"]:
        raise PluginError("mkdocs.yml: plugins.macros.render_by_default must be false: "
                          "hooks/page_macros.py renders the pages, in a sandbox")
    _sandbox["env"] = sandbox(project_macros(plugin))
    return config


def _source(page) -> str:
    return Path(page.file.abs_src_path).read_text(encoding="utf-8-sig")


def _first_line(page, markdown: str) -> int:
    """The line of the source file where `markdown` (the page without its
    front matter) begins, less one."""
    source = _source(page)
    return source.count("\n", 0, max(len(source) - len(markdown), 0))


def _where(page) -> str:
    return f"docs/{page.file.src_uri}"


def _template_line(error: BaseException) -> int | None:
    """The page line the failing macro call is on, from the traceback."""
    line, tb = None, error.__traceback__
    while tb:
        if tb.tb_frame.f_code.co_filename == _TEMPLATE:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


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


def render(markdown: str, env) -> str:
    return env.from_string(markdown).render()


@event_priority(-50)  # after mkdocs-macros has set the page its macros see
def on_page_markdown(markdown, page, config, files):
    where = _where(page)
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
    try:
        return render(markdown, _sandbox["env"])
    except TemplateSyntaxError as error:
        hint = " ('{#' opens a Jinja comment: write a heading id as '{ #an-id }', with a space)" \
            if "comment" in error.message else ""
        raise PluginError(f"{where}:{offset + (error.lineno or 1)}: {error.message}{hint}") from None
    except SecurityError as error:
        line = _template_line(error)
        raise PluginError(f"{where}:{offset + (line or 1)}: not allowed in a page: {error}; "
                          f"pages may call only the site's macros ({', '.join(sorted(_sandbox['env'].globals))})") from None
    except TemplateError as error:
        line = _template_line(error)
        raise PluginError(f"{where}:{offset + (line or 1)}: {error.message}; "
                          f"pages may call only the site's macros ({', '.join(sorted(_sandbox['env'].globals))})") from None
    except Exception as error:  # a macro given a wrong argument: the writer's mistake, never a traceback
        line = _template_line(error)
        raise PluginError(f"{where}:{offset + (line or 1)}: {_explained(error)}") from None


def _explained(error: Exception) -> str:
    if isinstance(error, ValueError) and type(error).__name__ == "MacroError":
        return str(error)
    detail = error.args[0] if isinstance(error, KeyError) and error.args else error
    return f"a macro call on this line failed ({type(error).__name__}: {detail})"
