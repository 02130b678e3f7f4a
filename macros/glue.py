"""The glue between mkdocs-macros and the pure renderers: the data as the
macros see it (checked once, a build error otherwise), the page being built
and the macros made of (data, arguments, the page's language)."""
from __future__ import annotations

import difflib
import inspect
from pathlib import Path

from mkdocs.exceptions import PluginError

from .data.files import load_plan, load_plan_guide
from .data.plan import DataError
from .language.labels import LANGUAGES
from .render import opendata
from .site import blocks


class MacroError(ValueError):
    """A page called a macro with an argument it does not know."""


def known(macro: str, value, keys: list, what: str, where: str = "") -> None:
    """Stop with the macro, the value and the known keys (the closest ones,
    when there are many) unless `value` is one of `keys`."""
    if value in keys:
        return
    if len(keys) <= 10:
        expected = f"expected one of: {', '.join(map(repr, keys))}"
    else:
        close = difflib.get_close_matches(str(value), keys, n=3)
        hint = f" (closest: {', '.join(map(repr, close))})" if close else ""
        expected = f"expected one of the {len(keys)} keys of {where}{hint}"
    raise MacroError(f"{macro}({value!r}): no {what} {value!r}; {expected}")


def page_language(page) -> str:
    """The language of the page being built, from its folder (docs/fr/, docs/en/)."""
    lang = getattr(getattr(page, "file", None), "locale", None)
    if lang not in LANGUAGES:
        raise ValueError(f"cannot tell the language of page {page}")
    return lang


def _page_signature(render, data_count: int) -> inspect.Signature:
    """What a page passes to a macro made by `on_page`: the renderer's
    arguments between the data and the language."""
    parameters = list(inspect.signature(render).parameters.values())[data_count:]
    names = [parameter.name for parameter in parameters]
    return inspect.Signature(parameters[:names.index("lang")])


class PageContext:
    """What the macros read from mkdocs-macros' `env`: the project's data and
    the page being built."""

    def __init__(self, env) -> None:
        self.env = env

    def plan(self):
        """The approved plan with its progress reports."""
        try:
            return load_plan(Path(self.env.project_dir))
        except DataError as error:
            raise PluginError(str(error)) from None

    def guide(self):
        try:
            return load_plan_guide(Path(self.env.project_dir), self.plan())
        except DataError as error:
            raise PluginError(str(error)) from None

    def lang(self) -> str:
        return page_language(self.env.page)

    def the_plan(self):
        return (self.plan(),)

    def the_guide(self):
        return (self.guide(),)

    def guide_and_plan(self):
        return (self.guide(), self.plan())

    def downloads(self, tables_of_data):
        """The links to the open data of a table, on the current page."""
        return opendata.download_links(self.plan(), tables_of_data, self.lang(), self.env.page.url)

    def on_page(self, render, *, data, block=False, headings=None, here=False, open_data=()):
        """A macro of the current page's data and language. A `block` of HTML
        is stashed away from Markdown (macros/site/blocks.py); a renderer that
        writes Markdown `headings` starts them at that level and stashes its
        HTML blocks; `here` passes the page's address, for relative links;
        `open_data` names the tables whose files are offered for download
        after the rendered table(s)."""
        env = self.env

        def macro(*args):
            options = {"here_url": env.page.url} if here else {}
            if headings is not None:
                options.update(level=headings, raw=blocks.stash)
                if open_data:
                    options["after"] = self.downloads(open_data)
            html = render(*data(), *args, self.lang(), **options)
            if open_data and headings is None:
                html += self.downloads(open_data)
            return blocks.stash(html) if block else html
        macro.__name__ = render.__name__
        macro.__doc__ = render.__doc__
        macro.__signature__ = _page_signature(render, len(data()))
        return macro
