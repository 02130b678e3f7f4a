"""The progress reports as an Atom feed (RFC 4287), one per language: an
entry per report, newest first. A pure function of (plan with its reports,
language, the site's address) -> the feed's bytes."""
from __future__ import annotations

from collections import Counter
from xml.etree import ElementTree

from markupsafe import Markup, escape

from ..language.labels import and_list, label
from ..data.progress import timeline
from ..data.statuses import ALL_STATUSES
from .status import HISTORY_PAGE, PROGRESS_PAGE, history_anchor, status_name
from ..language.words import day, text

ATOM = "http://www.w3.org/2005/Atom"
FEED_FILE = "progress.atom"


def feed_url(site_url: str, lang: str) -> str:
    return f"{site_url.rstrip('/')}/{lang}/{FEED_FILE}"


def _timestamp(date: str) -> str:
    return f"{date}T00:00:00Z"


def _entry_content(plan, report: dict, states: dict, lang: str, history_url: str) -> str:
    """The report's summary, its counts by status, and the status it gives each deliverable."""
    tally = Counter(state.status for state in states.values())
    counts = [f"{status_name(s, lang)} {tally[s]}" for s in ALL_STATUSES]
    html = Markup("")
    if "summary" in report:
        html += Markup("<p>{}</p>").format(text(report["summary"], lang))
    html += Markup("<p>{}</p>").format(label(lang, "feed_entry_counts", date=day(report["as_of"], lang), counts=and_list(counts, lang)))
    html += Markup("<p>{}</p>").format(label(lang, "feed_entry_named", count=len(report["deliverables"])))
    colon = escape(label(lang, "colon"))
    approved = {d["id"]: d["source_id"] for o in plan["objectives"] for c in o["commitments"] for a in c["activities"]
                for d in a["deliverables"] if "source_id" in d}  # renumbered by the data: the approved number too

    def number(ident):
        return escape(ident) + (f' ({escape(label(lang, "source_number", id=approved[ident]))})' if ident in approved else "")
    items = "".join(f'<li><a href="{escape(history_url)}#{history_anchor(entry["id"])}">{number(entry["id"])}</a>'
                    f'{colon}{escape(status_name(entry["status"], lang))}</li>' for entry in report["deliverables"])
    return f"{html}<ul>{items}</ul>"


def atom_feed(plan, lang: str, site_url: str) -> bytes:
    """The feed; with no report, a valid feed without entries, dated by the plan's approval."""
    root = site_url.rstrip("/")
    progress_url, history_url = f"{root}/{lang}/{PROGRESS_PAGE}/", f"{root}/{lang}/{HISTORY_PAGE}/"
    ElementTree.register_namespace("", ATOM)

    def add(parent, tag, words=None, **attributes):
        element = ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
        if words is not None:
            element.text = words
        return element

    feed = ElementTree.Element(f"{{{ATOM}}}feed", {"xml:lang": lang})
    add(feed, "id", feed_url(site_url, lang))
    add(feed, "title", label(lang, "feed_title", plan=plan["plan"]["short_title"][lang]))
    add(feed, "link", rel="self", type="application/atom+xml", href=feed_url(site_url, lang))
    add(feed, "link", rel="alternate", type="text/html", href=progress_url)
    author = add(feed, "author")
    add(author, "name", label(lang, "psc"))
    reports = list(plan.reports)
    dated = [report.get("published", report["as_of"]) for report in reports]
    add(feed, "updated", _timestamp(max(dated, default=plan["plan"]["approval"]["date"])))
    for report, states, updated in reversed(list(zip(reports, timeline(plan), dated))):
        entry = add(feed, "entry")
        add(entry, "id", f"{progress_url}#report-{report['as_of']}")
        add(entry, "title", label(lang, "feed_entry_title", date=day(report["as_of"], lang)))
        add(entry, "updated", _timestamp(updated))
        if "published" in report:
            add(entry, "published", _timestamp(report["published"]))
        add(entry, "link", rel="alternate", type="text/html", href=history_url)
        add(entry, "content", _entry_content(plan, report, states, lang, history_url), type="html")
    return ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"
