"""Figure 1: the President's photo, or, until its file is supplied, a frame
of its size that says it is not reproduced here."""
from __future__ import annotations

from markupsafe import Markup
from mkdocs.utils import get_relative_url

from .. import svg
from ...language.labels import label


# The space Figure 1 takes until its photo comes (a portrait, in CSS pixels):
# the pages, printed too, keep their layout when it does.
PHOTO_BOX = (180, 220)


def photo_html(plan, lang: str, here_url: str, anchor: str, caption: str) -> str:
    """The President's photo with its alt text, once its file is supplied;
    until then, in its place, a frame that says the photo is not reproduced
    here (so that the figures' numbering still makes sense)."""
    photo = plan["plan"]["president_photo"]
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
                       'width="{w}" height="{h}" role="img" '
                       'font-family="Noto Sans, system-ui, sans-serif"><title id="{a}-title">{t}</title>{f}</svg>').format(
            w=width, h=height, a=anchor, t=words, f=frame)
    return str(Markup('<figure class="plan-figure plan-photo" id="{anchor}" aria-labelledby="{anchor}-caption">'
                      '<div class="figure-scroll" role="region" tabindex="0" aria-labelledby="{anchor}-caption">{shown}</div>'
                      '<figcaption id="{anchor}-caption">{caption}</figcaption></figure>').format(
        anchor=anchor, shown=shown, caption=caption))
