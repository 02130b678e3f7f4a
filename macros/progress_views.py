"""The history page: every report on each deliverable, newest first. Pure
functions of (plan with its reports, language) -> Markdown with HTML blocks."""
from __future__ import annotations

from markupsafe import Markup

from .labels import label
from .progress import history
from .sections import as_is, heading
from .status import history_anchor, status_badge
from .words import day, month, text

def _entry_html(report: dict, entry: dict, lang: str) -> Markup:
    """One report's word on a deliverable: status, progress, evidence, challenges."""
    parts = [Markup("<p><strong>{}</strong>{}</p>").format(label(lang, "history_status"), status_badge(entry["status"], lang))]
    progress = text(entry["progress"], lang) if "progress" in entry else label(lang, "history_nothing")
    parts.append(Markup("<p><strong>{}</strong>{}</p>").format(label(lang, "history_progress"), progress))
    if "revised_end" in entry:
        parts.append(Markup("<p>{}</p>").format(label(lang, "revised_end", month=month(entry["revised_end"], lang))))
    if entry.get("evidence"):
        links = Markup("").join(Markup('<li><a href="{}">{}</a></li>').format(e["url"], text(e["title"], lang))
                                for e in entry["evidence"])
        parts.append(Markup("<p><strong>{}</strong></p><ul>{}</ul>").format(label(lang, "history_evidence"), links))
    if "challenges" in entry:
        parts.append(Markup("<p><strong>{}</strong>{}</p>").format(label(lang, "history_challenges"), text(entry["challenges"], lang)))
    return Markup("").join(parts)


def deliverable_history(plan, deliverable: dict, lang: str) -> str:
    """Every report on one deliverable, newest first (HTML)."""
    entries = history(plan, deliverable["id"])
    if not entries:
        return str(Markup('<p class="history-none">{}</p>').format(label(lang, "history_none")))
    items = Markup("").join(
        Markup('<li class="history-report"><p class="history-date"><strong>{}</strong></p>{}</li>').format(
            label(lang, "history_report", date=day(report["as_of"], lang)), _entry_html(report, entry, lang))
        for report, entry in entries)
    return str(Markup('<ol class="history" reversed>{}</ol>').format(items))


def history_sections(plan, lang: str, level: int = 2, raw=as_is) -> str:
    """The history page: a heading per objective, then per deliverable (its
    anchor is its address), each with every report on it, newest first."""
    parts = []
    if not plan.reports:
        parts.append(raw(str(Markup('<p class="no-report">{}</p>').format(label(lang, "no_report_yet")))))
    for objective in plan["objectives"]:
        parts.append(heading(level, label(lang, "objective_n", id=objective["id"], title=objective["title"][lang]),
                             f"history-objective-{objective['id']}"))
        for commitment in objective["commitments"]:
            for activity in commitment["activities"]:
                for deliverable in activity["deliverables"]:
                    parts.append(heading(level + 1, label(lang, "history_heading", id=deliverable["id"], text=deliverable["text"][lang]),
                                         history_anchor(deliverable["id"])))
                    parts.append(raw(deliverable_history(plan, deliverable, lang)))
    return "\n\n".join(parts)

