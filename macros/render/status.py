"""A deliverable's status in words, wherever the deliverable is listed: a
pure function of (plan with its reports, deliverable, language) -> HTML."""
from __future__ import annotations

from markupsafe import Markup, escape

from ..language.labels import label
from ..site.links import href
from ..data.progress import latest_states
from ..data.statuses import status as status_of
from ..language.words import day, month

HISTORY_PAGE = "progress-history"
PROGRESS_PAGE = "progress"


def history_anchor(deliverable_id: str) -> str:
    """The one address of a deliverable's history: progress-history/#deliverable-1-1-1-1."""
    return f"deliverable-{deliverable_id.replace('.', '-')}"


def status_name(status: str, lang: str) -> str:
    return label(lang, status_of(status).label_key)


def status_badge(status: str, lang: str) -> Markup:
    """The status in words, with a class for its style (never colour alone)."""
    return Markup(f'<span class="status status-{escape(status)}">{escape(status_name(status, lang))}</span>')


def status_cell(plan, deliverable_id: str, lang: str, here_url: str) -> Markup:
    """A deliverable's latest status, linked to its history, with the date
    of the report that gave it and the revised end, if any."""
    state = latest_states(plan)[deliverable_id]
    link = href(HISTORY_PAGE, history_anchor(deliverable_id), here_url, lang)
    name = label(lang, "status_history_link", status=status_name(state.status, lang), id=deliverable_id)
    cell = f'<a href="{escape(link)}" aria-label="{escape(name)}">{status_badge(state.status, lang)}</a>'
    if state.reported:
        cell += f'<br><span class="as-of">{escape(label(lang, "status_as_of", date=day(state.reported, lang)))}</span>'
    if state.revised_end:
        cell += f'<br><span class="revised-end">{escape(label(lang, "revised_end", month=month(state.revised_end, lang)))}</span>'
    return Markup(cell)
