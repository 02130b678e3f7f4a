"""The plan's figures (1 to 5) and the two charts the site adds (6, 7). Figure
1 is the President's photo (photo.py), shown once its file is supplied
(data/plan.yml, `president_photo`); the others are drawn from the data as
inline SVG: pure functions of (plan, language) -> SVG, one module per
figure. Text is real text in the page's language, wrapped, never cut;
meaning is carried by shapes, line styles and words, not colour.

This registry says where each figure lives, how it is drawn and where its
long description is; its caption and its short text alternative are in the
language files (figure_<n>, figure_<n>_alt)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from markupsafe import Markup

from ...language.labels import label
from ...site.links import href
from .gaps import gaps_svg
from .governance import governance_svg
from .levels import levels_svg
from .objectives import objectives_svg
from .photo import photo_html
from .timeline import timeline_svg


@dataclass(frozen=True)
class Figure:
    number: str
    page: str                 # the page that shows it
    draw: Callable | None     # (plan, lang, title_id, title) -> SVG; None: a photo (photo.py)
    description_page: str | None  # where its long description (or its table) is, if it has one
    description_anchor: str | None


def _previous(plan, lang, title_id, title):
    return objectives_svg(plan["previous_plan"]["objectives"], lang, title_id, title)


def _current(plan, lang, title_id, title):
    return objectives_svg(plan["objectives"], lang, title_id, title)


FIGURES = {figure.number: figure for figure in (
    Figure("1", "section-01", None, None, None),
    Figure("2", "section-04", _previous, "section-c", "description-figure-2"),
    Figure("3", "section-05", levels_svg, "section-c", "description-figure-3"),
    Figure("4", "section-07", _current, "section-c", "description-figure-4"),
    Figure("5", "section-08", governance_svg, "section-c", "description-figure-5"),
    Figure("6", "section-05", gaps_svg, "section-05", "category-1"),
    Figure("7", "section-10", timeline_svg, "section-10", "commitment-1-1"),
)}


def figure_anchor(number: str) -> str:
    return f"figure-{number}"


def caption(plan, number: str, lang: str) -> str:
    """"Figure 2 : Objectifs et engagements – troisième PMOGO (2020-2022)"."""
    periods = {"previous": plan["previous_plan"]["period"], "current": plan["plan"]["period"]}
    return label(lang, f"figure_{number}", n=number, caption=plan["plan"]["president_photo"]["caption"][lang],
                 previous=f"{periods['previous']['start']}-{periods['previous']['end']}",
                 current=f"{periods['current']['start']}-{periods['current']['end']}")


@lru_cache(maxsize=32)
def drawing(plan, number: str, lang: str) -> str:
    """The figure's SVG (drawn once per plan and language: the section's page
    and the one-page plan both show it)."""
    anchor = figure_anchor(number)
    return FIGURES[number].draw(plan, lang, f"{anchor}-title", label(lang, f"figure_{number}_alt"))


def figure_html(plan, number: str, lang: str, here_url: str) -> str:
    """A <figure> named by its numbered caption: the SVG (named by its short
    text alternative) in a scrollable region, the caption linking to the
    long description; or the photo (Figure 1)."""
    figure = FIGURES[number]
    if figure.draw is None:
        return photo_html(plan, lang, here_url, figure_anchor(number), caption(plan, number, lang))
    anchor = figure_anchor(number)
    words = caption(plan, number, lang)
    link_key = "long_description_link" if figure.description_page == "section-c" else "figure_data_link"
    link = href(figure.description_page, figure.description_anchor, here_url, lang)
    return str(Markup(
        '<figure class="plan-figure" id="{anchor}" aria-labelledby="{anchor}-caption" data-search-exclude>'
        '<div class="figure-scroll" role="region" tabindex="0" aria-labelledby="{anchor}-caption">{drawing}</div>'
        '<figcaption><span id="{anchor}-caption">{caption}</span> <a class="figure-description-link" href="{link}">{link_text}</a></figcaption>'
        '</figure>').format(anchor=anchor, drawing=Markup(drawing(plan, number, lang)), caption=words, link=link,
                            link_text=label(lang, link_key, n=number)))
