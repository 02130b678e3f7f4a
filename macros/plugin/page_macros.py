"""The macros a page may call (`{{ activity_table("1.1") }}`), each bound
to the page being built: the data, the page's language and address, and the
blocks that keep the macros' HTML out of Markdown's way.

The logic lives in pure functions of (data, arguments, language): the data
layer in macros/data/, the renderers in macros/render/, the words in
macros/language/. A macro here only hands them what the page gives.
"""
from __future__ import annotations

import difflib
import inspect
from typing import Callable

from markupsafe import Markup

from ..data.files import DATA_FILE, GUIDE_FILE
from ..data.plan import DataError
from ..data.progress import PROGRESS_FILE
from ..data.statuses import ALL_STATUSES, REGISTRY as STATUS_REGISTRY
from ..language.labels import and_list
from ..language import words
from ..language.languages import LANGUAGES
from ..language.messages import message, shown
from ..render import dashboard, descriptions, figures, lists, navigation, opendata, progress_views, sections, status, tables
from ..render import guide as guide_pages


class MacroError(ValueError):
    """A page called a macro with an argument it does not know."""


def known(macro: str, value, keys: list, what: str) -> None:
    """Stop with the macro, the value and the known keys (the closest ones,
    when there are many) unless `value` is one of `keys`. `what` names the
    argument (messages.macro_what.*: "a figure's number")."""
    if value in keys:
        return
    call = f'{macro}({_typed(value)})'
    named = message(f"macro_what.{what}")
    if len(keys) <= 10:
        raise MacroError(message("macro_unknown_key", call=call, value=_typed(value), what=named,
                                 keys=", ".join(map(_typed, keys))))
    close = difflib.get_close_matches(str(value), [str(key) for key in keys], n=3)
    raise MacroError(message("macro_unknown_key_of_many", call=call, value=_typed(value), what=named, count=len(keys),
                             keys=", ".join(map(_typed, close or keys[:3]))))


def _typed(value) -> str:
    """A macro's argument as the page would type it: "1.1", 3."""
    return f'"{shown(value)}"' if isinstance(value, str) else shown(repr(value))


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
    """What the macros read: the project's data (checked, a build error
    otherwise), the page being built and where its blocks are kept.
    `site` is the plugin's state: its `data`, `blocks`, `page`, the pages'
    folder (`docs`), the plan's parts (`plan_parts`) and the files each
    page's macros read (`read_by_page`, for its "Date modified")."""

    def __init__(self, site) -> None:
        self.site = site

    def plan(self):
        """The approved plan with its progress reports."""
        self.reads(DATA_FILE, PROGRESS_FILE)
        return self.site.data.plan()

    def guide(self):
        self.reads(GUIDE_FILE)
        return self.site.data.guide()

    def reads(self, *files) -> None:
        """The page being built shows what these files hold (paths absolute
        or relative to the project)."""
        if self.site.page is not None:
            self.site.read_by_page.setdefault(self.site.page.file.src_uri, set()).update(files)

    def lang(self) -> str:
        return page_language(self.site.page)

    def url(self) -> str:
        return self.site.page.url

    def stash(self, html: str) -> str:
        return self.site.blocks.stash(html)

    def the_plan(self):
        return (self.plan(),)

    def the_guide(self):
        return (self.guide(),)

    def guide_and_plan(self):
        return (self.guide(), self.plan())

    def downloads(self, tables_of_data):
        """The links to the open data of a table, on the current page."""
        return opendata.download_links(self.plan(), tables_of_data, self.lang(), self.url())

    def on_page(self, render, *, data, block=False, headings=None, here=False, open_data=(), keys=None):
        """A macro of the current page's data and language. A `block` of HTML
        is stashed away from Markdown (macros/site/blocks.py); a renderer that
        writes Markdown `headings` starts them at that level and stashes its
        HTML blocks; `here` passes the page's address, for relative links;
        `open_data` names the tables whose files are offered for download
        after the rendered table(s); `keys` is (what the argument is, a
        function of the data giving the values it may take)."""
        def macro(*args):
            if keys is not None and args:
                what, values = keys
                known(render.__name__, args[0], values(*data()), what)
            options = {"here_url": self.url()} if here else {}
            if headings is not None:
                options.update(level=headings, raw=self.stash)
                if open_data:
                    options["after"] = self.downloads(open_data)
            html = render(*data(), *args, self.lang(), **options)
            if open_data and headings is None:
                html += self.downloads(open_data)
            return self.stash(html) if block else html
        macro.__name__ = render.__name__
        macro.__doc__ = render.__doc__
        macro.__signature__ = _page_signature(render, len(data()))
        return macro


def page_macros(site) -> dict[str, Callable]:
    """Every macro a page may call, by name, in the order CONTRIBUTING.md
    lists them. The data is checked first: a build stops on it, with every
    problem listed, before any page is rendered."""
    context = PageContext(site)
    context.plan()
    context.guide()
    registered: dict[str, Callable] = {}

    def macro(function, name: str | None = None) -> None:
        registered[name or function.__name__] = function

    deliverables, indicators = ("deliverables", "schedule", "deliverable_organizations"), ("indicators", "categories")
    for render in (tables.maturity_levels_table, tables.roles_tables, lists.epigraph):
        macro(context.on_page(render, block=True, data=context.the_plan))
    macro(context.on_page(tables.maturity_table, block=True, data=context.the_plan, open_data=indicators,
                          keys=("category", lambda plan: [c["id"] for c in plan["maturity"]["categories"]])))
    macro(context.on_page(tables.risks_table, block=True, data=context.the_plan, open_data=("risks", "mitigations")))
    macro(context.on_page(tables.acronyms_table, block=True, data=context.the_plan, open_data=("organizations",)))
    macro(context.on_page(tables.activity_table, block=True, here=True, data=context.the_plan, open_data=deliverables,
                          keys=("commitment", lambda plan: [c["id"] for _, c in plan.commitments()])))
    macro(context.on_page(lists.number, data=context.the_plan, keys=("count", lambda plan: list(lists.counts(plan)))))
    macro(context.on_page(lists.indicators_range, data=context.the_plan))
    macro(context.on_page(sections.activity_sections, headings=2, here=True, data=context.the_plan, open_data=deliverables))
    macro(context.on_page(sections.maturity_sections, headings=3, data=context.the_plan, open_data=indicators))
    macro(context.on_page(opendata.files_table, block=True, here=True, data=context.the_plan), "open_data_files")
    macro(context.on_page(guide_pages.questions, block=True, data=context.the_guide), "guide_questions")
    macro(context.on_page(guide_pages.myths, headings=2, data=context.the_guide), "guide_myths")
    macro(context.on_page(guide_pages.checklist, headings=2, data=context.the_guide,
                          keys=("checklist", lambda guide: [c["id"] for c in guide["checklists"]])))
    macro(context.on_page(guide_pages.steps, headings=2, here=True, data=context.guide_and_plan), "guide_steps")
    macro(context.on_page(guide_pages.roles, headings=2, here=True, data=context.the_plan), "guide_roles")
    macro(context.on_page(guide_pages.organization_views, headings=2, here=True, data=context.the_plan))
    macro(context.on_page(dashboard.dashboard, headings=2, here=True, data=context.the_plan, open_data=("progress",)),
          "progress_dashboard")
    macro(context.on_page(progress_views.history_sections, headings=2, data=context.the_plan), "progress_history")

    def figure(number: str) -> str:
        """A figure of the plan (2-5) or a chart of the site (6, 7), by number."""
        known("figure", number, list(figures.FIGURES), "figure")
        return context.stash(figures.figure_html(context.plan(), number, context.lang(), context.url()))

    def long_descriptions() -> str:
        """Annex C: the long descriptions of Figures 2, 4 and 5."""
        return descriptions.long_descriptions(context.plan(), context.lang(), context.url(), level=2, raw=context.stash)

    def org(key: str) -> Markup:
        """An organization in the prose: its acronym with its expansion."""
        known("org", key, list(context.plan().organizations), "organization")
        return words.organization(key, context.plan(), context.lang())

    def plan_parts() -> str:
        """The list of the plan's parts: every page named section-*.md, in the
        order of the navigation, each linked with its own title."""
        name = site.page.file.src_uri.split("/", 1)[1]
        parts = site.plan_parts[context.lang()]
        context.reads(*(site.docs / context.lang() / part for part, _ in parts))
        return navigation.parts_list(parts, name)

    def plan_title() -> Markup:
        """The plan's full title, in the page's language."""
        return words.text(context.plan()["plan"]["title"], context.lang())

    def approval_date() -> str:
        """The day the plan was approved, written in the page's language."""
        return words.day(context.plan()["plan"]["approval"]["date"], context.lang())

    def status_name(code: str) -> str:
        """A deliverable's status, in words."""
        known("status_name", code, list(ALL_STATUSES), "status")
        return status.status_name(code, context.lang())

    def tracker_statuses() -> str:
        """The statuses of the Government of Canada's tracker, in words:
        "Not started, Limited progress, Substantial progress and Complete"."""
        return and_list([status.status_name(s.code, context.lang()) for s in STATUS_REGISTRY if s.in_tracker], context.lang())

    for function in (figure, long_descriptions, org, plan_parts, plan_title, approval_date, status_name, tracker_statuses):
        macro(function)
    return registered


__all__ = ["DataError", "MacroError", "page_macros"]
