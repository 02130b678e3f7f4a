"""The figures of the plan (1 to 5) and the two charts added on the site (6, 7):
where each one lives, how it is drawn, where its long description is. Figure 1
is the President's photo, shown once its file is supplied (data/plan.yml,
`president_photo`); the others are drawn from the data."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from markupsafe import Markup
from mkdocs.utils import get_relative_url

from . import figures, svg
from ..language.labels import label
from ..site.links import href


@dataclass(frozen=True)
class Figure:
    number: str
    page: str                 # the page that shows it
    draw: Callable | None     # (plan, lang, title_id, title) -> SVG; None for the photo
    description_page: str | None  # where its long description (or its table) is, if it has one
    description_anchor: str | None


def _previous(plan, lang, title_id, title):
    return figures.objectives_svg(plan["previous_plan"]["objectives"], lang, title_id, title)


def _current(plan, lang, title_id, title):
    return figures.objectives_svg(plan["objectives"], lang, title_id, title)


FIGURES = {figure.number: figure for figure in (
    Figure("1", "section-01", None, None, None),
    Figure("2", "section-04", _previous, "section-c", "description-figure-2"),
    Figure("3", "section-05", figures.levels_svg, "section-c", "description-figure-3"),
    Figure("4", "section-07", _current, "section-c", "description-figure-4"),
    Figure("5", "section-08", figures.governance_svg, "section-c", "description-figure-5"),
    Figure("6", "section-05", figures.gaps_svg, "section-05", "category-1"),
    Figure("7", "section-10", figures.timeline_svg, "section-10", "commitment-1-1"),
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


# The space Figure 1 takes until its photo comes (a portrait, in CSS pixels):
# the pages, printed too, keep their layout when it does.
PHOTO_BOX = (180, 220)


def photo_html(plan, lang: str, here_url: str) -> str:
    """Figure 1: the President's photo with its alt text, once its file is
    supplied; until then, in its place, a frame that says the photo is not
    reproduced here (so that the figures' numbering still makes sense)."""
    photo = plan["plan"]["president_photo"]
    anchor = figure_anchor("1")
    width, height = PHOTO_BOX
    if "file" in photo:
        shown = Markup('<img src="{}" alt="{}" width="{}">').format(
            get_relative_url(photo["file"], here_url or f"{lang}/"), photo["alt"][lang], width)
    else:
        words = label(lang, "photo_not_reproduced")
        lines = svg.wrap(words, width - 24)
        frame = svg.rect(1, 1, width - 2, height - 2, fill=svg.TINT, stroke=svg.NAVY, dash="6 4") + \
            svg.text(width / 2, (height - svg.text_height(lines)) / 2, lines, anchor="middle")
        shown = Markup('<svg xmlns="http://www.w3.org/2000/svg" class="photo-placeholder" viewBox="0 0 {w} {h}" '
                       'width="{w}" height="{h}" role="img" aria-labelledby="{a}-title" '
                       'font-family="Noto Sans, system-ui, sans-serif"><title id="{a}-title">{t}</title>{f}</svg>').format(
            w=width, h=height, a=anchor, t=words, f=frame)
    return str(Markup('<figure class="plan-figure plan-photo" id="{anchor}">'
                      '<div class="figure-scroll" role="region" tabindex="0" aria-labelledby="{anchor}-caption">{shown}</div>'
                      '<figcaption id="{anchor}-caption">{caption}</figcaption></figure>').format(
        anchor=anchor, shown=shown, caption=caption(plan, "1", lang)))


def figure_html(plan, number: str, lang: str, here_url: str) -> str:
    """A <figure>: the SVG in a scrollable region named by the numbered caption,
    which links to the long description (Figure 1, the photo: photo_html)."""
    if number == "1":
        return photo_html(plan, lang, here_url)
    figure = FIGURES[number]
    anchor = figure_anchor(number)
    words = caption(plan, number, lang)
    link_key = "long_description_link" if figure.description_page == "section-c" else "figure_data_link"
    link = href(figure.description_page, figure.description_anchor, here_url, lang)
    return str(Markup(
        '<figure class="plan-figure" id="{anchor}" data-search-exclude>'
        '<div class="figure-scroll" role="region" tabindex="0" aria-labelledby="{anchor}-caption">{drawing}</div>'
        '<figcaption><span id="{anchor}-caption">{caption}</span> <a class="figure-description-link" href="{link}">{link_text}</a></figcaption>'
        '</figure>').format(anchor=anchor, drawing=Markup(drawing(plan, number, lang)), caption=words, link=link,
                            link_text=label(lang, link_key, n=number)))
