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
    progress = text(entry["progress"], lang) if "progress" in entry else label(lang, "history_nothing")
    html = Markup("<dl><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd>").format(
        label(lang, "history_status"), status_badge(entry["status"], lang), label(lang, "history_progress"), progress)
    if "revised_end" in entry:
        html += Markup("<dt>{}</dt><dd>{}</dd>").format(label(lang, "history_revised_end"), month(entry["revised_end"], lang))
    if entry.get("evidence"):
        html += Markup("<dt>{}</dt><dd><ul>{}</ul></dd>").format(label(lang, "history_evidence"), Markup("").join(
            Markup('<li><a href="{}">{}</a></li>').format(e["url"], text(e["title"], lang)) for e in entry["evidence"]))
    if "challenges" in entry:
        html += Markup("<dt>{}</dt><dd>{}</dd>").format(label(lang, "history_challenges"), text(entry["challenges"], lang))
    return html + Markup("</dl>")


def deliverable_history(plan, deliverable: dict, lang: str, level: int = 3) -> Markup:
    """A deliverable's section of the history page: its heading (its id is
    the deliverable's address), then every report on it, newest first."""
    entries = history(plan, deliverable["id"])
    if entries:
        body = Markup('<ol class="history" reversed>{}</ol>').format(Markup("").join(
            Markup('<li class="history-report"><h{n} class="history-date">{}</h{n}>{}</li>').format(
                label(lang, "history_report", date=day(report["as_of"], lang)), _entry_html(report, entry, lang), n=level + 1)
            for report, entry in entries))
    else:
        body = Markup('<p class="history-none">{}</p>').format(label(lang, "history_none"))
    return Markup('<section class="deliverable-history" aria-labelledby="{a}"><h{n} id="{a}">{}</h{n}>{}</section>').format(
        label(lang, "history_heading", id=deliverable["id"], text=deliverable["text"][lang]), body,
        a=history_anchor(deliverable["id"]), n=level)


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
        parts.append(raw("\n".join(str(deliverable_history(plan, d, lang, level + 1))
                                    for c in objective["commitments"] for a in c["activities"] for d in a["deliverables"])))
    return "\n\n".join(parts)
