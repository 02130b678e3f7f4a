"""mkdocs-macros entry point: a thin layer that registers the plan's macros.

Pages call macros by key (`{{ maturity_table("1") }}`); the language is the
one of the page being built. The logic lives in pure functions of
(plan, key, language) in the modules beside this one.
"""
from __future__ import annotations

import difflib
import inspect
from pathlib import Path

from markupsafe import Markup
from mkdocs.exceptions import PluginError

from . import blocks, dashboard, descriptions, lists, navigation, opendata, plan_figures, progress_views, sections, tables, words
from . import guide as guide_pages
from .labels import LANGUAGES
from .plan import DataError, load, load_guide
from .progress import PROGRESS_FILE, load_progress

DATA_FILE = "data/plan.yml"
GUIDE_FILE = "data/guide.yml"


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


def define_env(env) -> None:
    """Check the data before any page is built; register the macros."""
    data_path = Path(env.project_dir) / DATA_FILE

    def plan():
        """The approved plan with its progress reports."""
        try:
            return load_progress(Path(env.project_dir) / PROGRESS_FILE, load(data_path, DATA_FILE))
        except DataError as error:
            raise PluginError(str(error)) from None

    plan()  # stop the build now, with every problem listed, if the data or a report is wrong

    def lang():
        return page_language(env.page)

    def guide():
        try:
            return load_guide(Path(env.project_dir) / GUIDE_FILE, plan(), GUIDE_FILE)
        except DataError as error:
            raise PluginError(str(error)) from None

    guide()  # likewise for the guide

    def downloads(tables_of_data):
        """The links to the open data of a table, on the current page."""
        return opendata.download_links(plan(), tables_of_data, lang(), env.page.url)

    def on_page(render, *, block=False, headings=None, here=False, data=plan, open_data=()):
        """A macro of the current page's data and language. A `block` of HTML
        is stashed away from Markdown (macros/blocks.py); a renderer that
        writes Markdown `headings` starts them at that level and stashes its
        HTML blocks; `here` passes the page's address, for relative links;
        `open_data` names the tables whose files are offered for download
        after the rendered table(s)."""
        def macro(*args):
            options = {"here_url": env.page.url} if here else {}
            if headings is not None:
                options.update(level=headings, raw=blocks.stash)
                if open_data:
                    options["after"] = downloads(open_data)
            html = render(*data(), *args, lang(), **options)
            if open_data and headings is None:
                html += downloads(open_data)
            return blocks.stash(html) if block else html
        macro.__name__ = render.__name__
        macro.__doc__ = render.__doc__
        macro.__signature__ = _page_signature(render, len(data()))
        return macro

    def the_plan():
        return (plan(),)

    def the_guide():
        return (guide(),)

    def guide_and_plan():
        return (guide(), plan())

    deliverables, indicators = ("deliverables", "schedule", "deliverable_organizations"), ("indicators", "categories")
    for render in (tables.maturity_levels_table, tables.roles_tables,
                   lists.epigraph):
        env.macro(on_page(render, block=True, data=the_plan))
    env.macro(on_page(tables.maturity_table, block=True, data=the_plan, open_data=indicators))
    env.macro(on_page(tables.risks_table, block=True, data=the_plan, open_data=("risks", "mitigations")))
    env.macro(on_page(tables.acronyms_table, block=True, data=the_plan, open_data=("organizations",)))
    env.macro(on_page(tables.activity_table, block=True, here=True, data=the_plan, open_data=deliverables))
    for render in (lists.number, lists.indicators_range):
        env.macro(on_page(render, data=the_plan))
    env.macro(on_page(sections.activity_sections, headings=2, here=True, data=the_plan, open_data=deliverables))
    env.macro(on_page(sections.maturity_sections, headings=3, data=the_plan, open_data=indicators))
    env.macro(on_page(opendata.files_table, block=True, here=True, data=the_plan), "open_data_files")
    env.macro(on_page(guide_pages.questions, block=True, data=the_guide), "guide_questions")
    env.macro(on_page(guide_pages.myths, headings=2, data=the_guide), "guide_myths")
    env.macro(on_page(guide_pages.checklist, headings=2, data=the_guide))
    env.macro(on_page(guide_pages.steps, headings=2, here=True, data=guide_and_plan), "guide_steps")
    env.macro(on_page(guide_pages.roles, headings=2, here=True, data=the_plan), "guide_roles")
    env.macro(on_page(guide_pages.organization_views, headings=2, here=True, data=the_plan))
    env.macro(on_page(dashboard.dashboard, headings=2, here=True, data=the_plan, open_data=("progress",)), "progress_dashboard")
    env.macro(on_page(progress_views.history_sections, headings=2, data=the_plan), "progress_history")

    @env.macro
    def figure(number: str) -> str:
        """A figure of the plan (2-5) or a chart of the site (6, 7), by number."""
        known("figure", number, list(plan_figures.FIGURES), "figure")
        return blocks.stash(plan_figures.figure_html(plan(), number, lang(), env.page.url))

    @env.macro
    def long_descriptions() -> str:
        """Annex C: the long descriptions of Figures 2, 4 and 5."""
        return descriptions.long_descriptions(plan(), lang(), env.page.url, level=2, raw=blocks.stash)

    @env.macro
    def org(key: str) -> Markup:
        """An organization in the prose: its acronym with its expansion."""
        known("org", key, list(plan().organizations), "organization", "'organizations' in data/plan.yml")
        return words.organization(key, plan(), lang())

    @env.macro
    def plan_parts() -> str:
        """The list of the plan's parts: every page named section-*.md, in the
        order of nav in mkdocs.yml, each linked with its own title."""
        name = env.page.file.src_uri.split("/", 1)[1]
        folder = Path(env.conf["docs_dir"]) / lang()
        return navigation.parts_list(navigation.nav_files(env.conf["nav"]), folder, name)

    @env.macro
    def plan_title() -> Markup:
        """The plan's full title, in the page's language."""
        return words.text(plan()["plan"]["title"], lang())

    @env.macro
    def approval_date() -> str:
        """The day the plan was approved, written in the page's language."""
        return words.day(plan()["plan"]["approval"]["date"], lang())
