"""mkdocs-macros entry point: a thin layer that registers the plan's macros.

Pages call macros by key (`{{ maturity_table("1") }}`); the language is the
one of the page being built. The logic lives in pure functions of
(plan, key, language) in the modules beside this one.
"""
from __future__ import annotations

from pathlib import Path

from markupsafe import Markup
from mkdocs.exceptions import PluginError

from . import blocks, descriptions, lists, plan_figures, sections, tables, words
from .labels import LANGUAGES
from .plan import DataError, load

DATA_FILE = "data/plan.yml"


def page_language(page) -> str:
    """The language of the page being built, from its folder (docs/fr/, docs/en/)."""
    lang = getattr(getattr(page, "file", None), "locale", None)
    if lang not in LANGUAGES:
        raise ValueError(f"cannot tell the language of page {page}")
    return lang


def define_env(env) -> None:
    """Check the data before any page is built; register the macros."""
    data_path = Path(env.project_dir) / DATA_FILE

    def plan():
        try:
            return load(data_path, DATA_FILE)
        except DataError as error:
            raise PluginError(str(error)) from None

    plan()  # stop the build now, with every problem listed, if the data is wrong

    def lang():
        return page_language(env.page)

    def deeper():
        """Headings go one level down on the one-page plan, where each
        section's title is itself a level-2 heading."""
        return 1 if env.page.meta.get("whole_plan") else 0

    def on_page(render, *, block=False, headings=None):
        """A macro of the current page's plan and language. A `block` of HTML
        is stashed away from Markdown (macros/blocks.py); a renderer that
        writes Markdown `headings` starts them at that level on a section's
        own page and stashes its HTML blocks."""
        def macro(*args):
            if headings is not None:
                return render(plan(), *args, lang(), level=headings + deeper(), raw=blocks.stash)
            html = render(plan(), *args, lang())
            return blocks.stash(html) if block else html
        macro.__name__ = render.__name__
        macro.__doc__ = render.__doc__
        return macro

    for render in (tables.activity_table, tables.maturity_table, tables.maturity_levels_table,
                   tables.risks_table, tables.roles_tables, tables.acronyms_table,
                   lists.objectives_list, lists.previous_objectives_list, lists.epigraph):
        env.macro(on_page(render, block=True))
    for render in (lists.number, lists.indicators_range):
        env.macro(on_page(render))
    env.macro(on_page(sections.activity_sections, headings=2))
    env.macro(on_page(sections.maturity_sections, headings=3))

    @env.macro
    def figure(number: str) -> str:
        """A figure of the plan (2-5) or a chart of the site (6, 7), by number."""
        return blocks.stash(plan_figures.figure_html(plan(), number, lang(), env.page.url))

    @env.macro
    def long_descriptions() -> str:
        """Annex C: the long descriptions of Figures 2, 4 and 5."""
        return descriptions.long_descriptions(plan(), lang(), env.page.url, level=2 + deeper(), raw=blocks.stash)

    @env.macro
    def org(key: str) -> Markup:
        """An organization in the prose: its acronym with its expansion."""
        return words.organization(key, plan(), lang())

    @env.macro
    def plan_title() -> Markup:
        return words.text(plan()["plan"]["title"], lang())

    @env.macro
    def approval_date() -> str:
        return words.day(plan()["plan"]["approval"]["date"], lang())
