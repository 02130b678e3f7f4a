"""mkdocs-macros entry point: it only registers the plan's macros.

Pages call macros by key (`{{ maturity_table("1") }}`); the language is the
one of the page being built (macros/glue.py). The logic lives in pure
functions of (plan, key, language): the data layer in macros/data/, the
renderers in macros/render/, the words in macros/language/.
"""
from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from .glue import PageContext, known
from .language import words
from .render import dashboard, descriptions, lists, navigation, opendata, plan_figures, progress_views, sections, tables
from .render import guide as guide_pages
from .site import blocks


def define_env(env) -> None:
    """Check the data before any page is built; register the macros."""
    context = PageContext(env)
    context.plan()  # stop the build now, with every problem listed, if the data or a report is wrong
    context.guide()  # likewise for the guide

    deliverables, indicators = ("deliverables", "schedule", "deliverable_organizations"), ("indicators", "categories")
    for render in (tables.maturity_levels_table, tables.roles_tables,
                   lists.epigraph):
        env.macro(context.on_page(render, block=True, data=context.the_plan))
    env.macro(context.on_page(tables.maturity_table, block=True, data=context.the_plan, open_data=indicators))
    env.macro(context.on_page(tables.risks_table, block=True, data=context.the_plan, open_data=("risks", "mitigations")))
    env.macro(context.on_page(tables.acronyms_table, block=True, data=context.the_plan, open_data=("organizations",)))
    env.macro(context.on_page(tables.activity_table, block=True, here=True, data=context.the_plan, open_data=deliverables))
    for render in (lists.number, lists.indicators_range):
        env.macro(context.on_page(render, data=context.the_plan))
    env.macro(context.on_page(sections.activity_sections, headings=2, here=True, data=context.the_plan, open_data=deliverables))
    env.macro(context.on_page(sections.maturity_sections, headings=3, data=context.the_plan, open_data=indicators))
    env.macro(context.on_page(opendata.files_table, block=True, here=True, data=context.the_plan), "open_data_files")
    env.macro(context.on_page(guide_pages.questions, block=True, data=context.the_guide), "guide_questions")
    env.macro(context.on_page(guide_pages.myths, headings=2, data=context.the_guide), "guide_myths")
    env.macro(context.on_page(guide_pages.checklist, headings=2, data=context.the_guide))
    env.macro(context.on_page(guide_pages.steps, headings=2, here=True, data=context.guide_and_plan), "guide_steps")
    env.macro(context.on_page(guide_pages.roles, headings=2, here=True, data=context.the_plan), "guide_roles")
    env.macro(context.on_page(guide_pages.organization_views, headings=2, here=True, data=context.the_plan))
    env.macro(context.on_page(dashboard.dashboard, headings=2, here=True, data=context.the_plan, open_data=("progress",)), "progress_dashboard")
    env.macro(context.on_page(progress_views.history_sections, headings=2, data=context.the_plan), "progress_history")

    @env.macro
    def figure(number: str) -> str:
        """A figure of the plan (2-5) or a chart of the site (6, 7), by number."""
        known("figure", number, list(plan_figures.FIGURES), "figure")
        return blocks.stash(plan_figures.figure_html(context.plan(), number, context.lang(), env.page.url))

    @env.macro
    def long_descriptions() -> str:
        """Annex C: the long descriptions of Figures 2, 4 and 5."""
        return descriptions.long_descriptions(context.plan(), context.lang(), env.page.url, level=2, raw=blocks.stash)

    @env.macro
    def org(key: str) -> Markup:
        """An organization in the prose: its acronym with its expansion."""
        known("org", key, list(context.plan().organizations), "organization", "'organizations' in data/plan.yml")
        return words.organization(key, context.plan(), context.lang())

    @env.macro
    def plan_parts() -> str:
        """The list of the plan's parts: every page named section-*.md, in the
        order of nav in mkdocs.yml, each linked with its own title."""
        name = env.page.file.src_uri.split("/", 1)[1]
        folder = Path(env.conf["docs_dir"]) / context.lang()
        return navigation.parts_list(navigation.nav_files(env.conf["nav"]), folder, name)

    @env.macro
    def plan_title() -> Markup:
        """The plan's full title, in the page's language."""
        return words.text(context.plan()["plan"]["title"], context.lang())

    @env.macro
    def approval_date() -> str:
        """The day the plan was approved, written in the page's language."""
        return words.day(context.plan()["plan"]["approval"]["date"], context.lang())
