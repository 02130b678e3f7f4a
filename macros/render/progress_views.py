"""The history page: every report on each deliverable, newest first. Pure
functions of (plan with its reports, language) -> Markdown with HTML blocks."""
from __future__ import annotations

from markupsafe import Markup, escape

from ..language.labels import label
from ..data.progress import evidence_url, history
from .sections import as_is, heading
from .status import history_anchor, status_badge
from ..language.words import day, month, text

def _entry_html(report: dict, entry: dict, lang: str) -> str:
    """One report's word on a deliverable: status, progress, evidence, challenges
    (f-strings and escape(): the page may hold thousands of them)."""
    def item(key, value):
        return f"<dt>{escape(label(lang, key))}</dt><dd>{value}</dd>"
    progress = text(entry["progress"], lang) if "progress" in entry else escape(label(lang, "history_nothing"))
    html = item("history_status", status_badge(entry["status"], lang)) + item("history_progress", progress)
    if "revised_end" in entry:
        html += item("history_revised_end", escape(month(entry["revised_end"], lang)))
    if entry.get("evidence"):
        links = "".join(f'<li><a href="{escape(evidence_url(e, lang))}">{text(e["title"], lang)}</a></li>'
                        for e in entry["evidence"])
        html += item("history_evidence", f"<ul>{links}</ul>")
    if "challenges" in entry:
        html += item("history_challenges", text(entry["challenges"], lang))
    return f"<dl>{html}</dl>"


def deliverable_history(plan, deliverable: dict, lang: str, level: int = 3) -> str:
    """A deliverable's section of the history page: its heading (its id is
    the deliverable's address), then every report on it, newest first."""
    entries = history(plan, deliverable["id"])
    if entries:
        items = "".join(
            f'<li class="history-report"><h{level + 1} class="history-date">'
            f'{escape(label(lang, "history_report", date=day(report["as_of"], lang)))}</h{level + 1}>'
            f'{_entry_html(report, entry, lang)}</li>'
            for report, entry in entries)
        body = f'<ol class="history" reversed>{items}</ol>'
    else:
        body = f'<p class="history-none">{escape(label(lang, "history_none"))}</p>'
    anchor = history_anchor(deliverable["id"])
    title = escape(label(lang, "history_heading", id=deliverable["id"], text=deliverable["text"][lang]))
    if "source_id" in deliverable:  # renumbered by the data: the approved plan's number, as section 10 gives it
        title += Markup(f' <span class="source-number">({escape(label(lang, "source_number", id=deliverable["source_id"]))})</span>')
    return (f'<section class="deliverable-history" aria-labelledby="{anchor}">'
            f'<h{level} id="{anchor}">{title}</h{level}>{body}</section>')


def history_sections(plan, lang: str, level: int = 2, raw=as_is) -> str:
    """The history page: a Markdown heading per objective (they make the
    page's contents), then a section per deliverable in HTML (59 headings,
    or ten times more, would swamp "On this page")."""
    parts = []
    if not plan.reports:
        parts.append(raw(str(Markup('<p class="no-report">{}</p>').format(label(lang, "no_report_yet")))))
    for objective in plan["objectives"]:
        parts.append(heading(level, label(lang, "objective_n", id=objective["id"], title=objective["title"][lang]),
                             f"history-objective-{objective['id']}"))
        parts.append(raw("\n".join(deliverable_history(plan, d, lang, level + 1)
                                    for o, *_, d in plan.deliverables() if o is objective)))
    return "\n\n".join(parts)
