"""The rows of each table of the open data, in one language: one function
per table of the catalogue, each a pure function of (plan, language) ->
rows, a row being {field id: value}."""
from __future__ import annotations

from typing import Callable

from ...data.progress import evidence_url
from ...data.statuses import status
from ...language.labels import label
from ...language.words import body_name, party_key

LIST_SEPARATOR = "; "
ROWS: dict[str, Callable] = {}


def rows_of(table: str):
    """Registers the function that makes the rows of `table`."""
    def register(function: Callable) -> Callable:
        ROWS[table] = function
        return function
    return register


def rows(plan, table: str, lang: str) -> list[dict]:
    """The rows of one table in `lang` (values as Python objects)."""
    return ROWS[table](plan, lang)


def _joined(values) -> str:
    return LIST_SEPARATOR.join(values)


def _value(key: str, lang: str) -> str:
    """A coded value in the language of the file (lead, responsable)."""
    return label(lang, f"open_data.values.{key}")


@rows_of("organizations")
def _organizations(plan, lang):
    return [{"key": o["key"], "acronym": o["acronym"][lang] if "acronym" in o else "", "name": o["name"][lang],
             "annex_b": bool(o.get("annex_b"))} for o in plan["organizations"]]


@rows_of("deliverables")
def _deliverables(plan, lang):
    return [{"deliverable_id": d["id"], "objective_id": o["id"], "objective": o["title"][lang],
             "commitment_id": c["id"], "commitment": c["title"][lang], "activity_id": a["id"], "activity": a["text"][lang],
             "deliverable": d["text"][lang], "leads": _joined(party_key(p) for p in d["leads"]),
             "supports": _joined(party_key(p) for p in d["supports"]), "approved_plan_number": d.get("source_id", ""),
             "approved_plan_activity_number": a.get("source_id", "")}
            for o, c, a, d in plan.deliverables()]


@rows_of("deliverable_organizations")
def _deliverable_organizations(plan, lang):
    def detail(party, key):
        return party[key] if isinstance(party, dict) and key in party else None
    return [{"deliverable_id": d["id"], "role": _value(role, lang), "organization": party_key(p),
             "unit": detail(p, "unit") or "", "office": _value(detail(p, "office"), lang) if detail(p, "office") else "",
             "qualifier": detail(p, "as_written")[lang] if detail(p, "as_written") else "",
             "approved_plan_number": d.get("source_id", "")}
            for *_, d in plan.deliverables() for role in ("leads", "supports") for p in d[role]]


@rows_of("schedule")
def _schedule(plan, lang):
    return [{"deliverable_id": d["id"], "period": n, "start": p["start"], "end": p["end"],
             "recurrence": _value(p["recurrence"], lang) if "recurrence" in p else "", "first_due": p.get("first", ""),
             "ongoing": bool(p.get("ongoing")), "approved_plan_number": d.get("source_id", "")}
            for *_, d in plan.deliverables() for n, p in enumerate(d["schedule"], start=1)]


@rows_of("categories")
def _categories(plan, lang):
    return [{"category_id": c["id"], "title": c["title"][lang], "description": c["description"][lang]}
            for c in plan["maturity"]["categories"]]


@rows_of("indicators")
def _indicators(plan, lang):
    return [{"indicator_id": i["id"], "category_id": c["id"], "name": i["name"][lang], "self_assessed": i["self_assessed"],
             "desired": i["desired"], "gap": i["desired"] - i["self_assessed"]}
            for c in plan["maturity"]["categories"] for i in c["indicators"]]


@rows_of("bodies")
def _bodies(plan, lang):
    return [{"body_id": b["id"], "name": body_name(plan, b, lang), "organizations": _joined(b["orgs"])}
            for b in plan["governance"]["bodies"]]


@rows_of("relations")
def _relations(plan, lang):
    governance = plan["governance"]
    return ([{"relation": _value("reports_to", lang), "from_body": r["from"], "to_body": r["to"]}
             for r in governance["reports_to"]]
            + [{"relation": _value("member_of", lang), "from_body": m["member"], "to_body": m["committee"]}
               for m in governance["members"]]
            + [{"relation": _value("collaborates_as_needed" if c["as_needed"] else "collaborates", lang),
                "from_body": c["between"][0], "to_body": c["between"][1]} for c in governance["collaborations"]])


@rows_of("risks")
def _risks(plan, lang):
    return [{"risk_id": r["id"], "statement": r["statement"][lang], "examples": _joined(e[lang] for e in r.get("examples", []))}
            for r in plan["risks"]]


@rows_of("mitigations")
def _mitigations(plan, lang):
    return [{"risk_id": r["id"], "number": n, "strategy": s[lang]}
            for r in plan["risks"] for n, s in enumerate(r["strategies"], start=1)]


@rows_of("progress")
def _progress(plan, lang):
    # A deliverable renumbered by the data (4.2.3.1, 4.2.4.1) carries its approved number here too.
    approved = {d["id"]: d["source_id"] for *_, d in plan.deliverables() if "source_id" in d}
    return [{"report_date": r["as_of"], "deliverable_id": e["id"], "status_code": e["status"],
             "status": label(lang, status(e["status"]).label_key), "progress": e["progress"][lang] if "progress" in e else "",
             "evidence": _joined(evidence_url(x, lang) for x in e.get("evidence", [])),
             "challenges": e["challenges"][lang] if "challenges" in e else "", "revised_end": e.get("revised_end", ""),
             "published": r.get("published", ""), "approved_plan_number": approved.get(e["id"], "")}
            for r in plan.reports for e in r["deliverables"]]
