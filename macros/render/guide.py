"""The employees' guide, drawn from data/guide.yml and the plan's data:
pure functions of (guide, plan, language) -> Markdown with HTML blocks."""
from __future__ import annotations

from functools import lru_cache

from markupsafe import Markup, escape

from ..language.words import body_name
from ..language.labels import label
from ..site.links import ORGANIZATIONS_PAGE, href, organization_anchor
from .status import status_cell
from .sections import as_is, heading
from .tables import _numbered, header_row, role_name, scroll_table, sort_key, tbody
from ..language.words import linked, parties, party_key, period_end, period_start, text


def _basis(item: dict, lang: str) -> Markup:
    return Markup('<p class="basis">{}{}</p>').format(label(lang, "basis"), text(item["basis"], lang))


def questions(guide: dict, lang: str, raw=as_is) -> str:
    """The five questions to ask about a resource before proposing it."""
    items = Markup("").join(
        Markup("<li><p><strong>{}</strong></p><p>{}</p>{}</li>").format(
            text(q["question"], lang), text(q["explanation"], lang), _basis(q, lang))
        for q in guide["questions"])
    return raw(str(Markup('<ol class="guide-questions">{}</ol>').format(items)))


def myths(guide: dict, lang: str, level: int = 2, raw=as_is) -> str:
    """Each worry as a heading, answered by what the plan provides."""
    parts = []
    for myth in guide["myths"]:
        parts.append(heading(level, label(lang, "myth_heading", myth=myth["myth"][lang]), f"myth-{myth['id']}"))
        parts.append(raw(str(Markup('<p><strong>{}</strong>{}</p>{}').format(
            label(lang, "fact"), text(myth["fact"], lang), _basis(myth, lang)))))
    return "\n\n".join(parts)


def steps(guide: dict, plan, lang: str, level: int = 2, raw=as_is, here_url: str = "") -> str:
    """The publishing steps: a summary table, then each step with who does
    it and who helps."""
    with_deliverables = organization_deliverables(plan)

    def link(key):
        """Where an organization's deliverables are listed, if it has any."""
        return href(ORGANIZATIONS_PAGE, organization_anchor(key), here_url, lang) if key in with_deliverables else None

    def who(keys):
        return Markup(", ").join(linked(key, plan, lang, link(key) and link) for key in keys) if keys else label(lang, "none")

    rows = [Markup('<tr><th scope="row">{} {}</th><td>{}</td><td>{}</td></tr>').format(
                step["id"], text(step["title"], lang), who(step["responsible"]), who(step["support"]))
            for step in guide["steps"]]
    parts = [raw(scroll_table("steps", "publishing-steps", label(lang, "steps_caption"),
                        header_row(lang, "step", "responsible", "helps"), [tbody(rows)]))]
    for step in guide["steps"]:
        parts.append(heading(level, label(lang, "step_heading", id=step["id"], title=step["title"][lang]), f"step-{step['id']}"))
        people = Markup("").join(
            Markup("<li><strong>{}{}</strong>{}</li>").format(label(lang, key), label(lang, "colon_after"), who(step[field]))
            for key, field in (("responsible", "responsible"), ("helps", "support")))
        parts.append(raw(str(Markup('<p>{}</p><ul class="step-people">{}</ul>{}').format(
            text(step["what"], lang), people, _basis(step, lang)))))
    return "\n\n".join(parts)


def checklist(guide: dict, checklist_id: str, lang: str, level: int = 2, raw=as_is) -> str:
    """A checklist to print: a heading and one box per item."""
    found = next((c for c in guide["checklists"] if c["id"] == checklist_id), None)
    if found is None:
        raise KeyError(f"no checklist '{checklist_id}' in data/guide.yml (known: {', '.join(c['id'] for c in guide['checklists'])})")
    items = Markup("").join(Markup("<li>{}</li>").format(text(item, lang)) for item in found["items"])
    return "\n\n".join([heading(level, found["title"][lang], f"checklist-{checklist_id}"),
                        raw(str(Markup('<ul class="checklist">{}</ul>').format(items)))])


def roles(plan, lang: str, level: int = 2, raw=as_is, here_url: str = "") -> str:
    """Who does what: each role of Annex A with its responsibilities, whom it
    reports to in the governance, and links to Figure 5 and Annex A."""
    governance = plan["governance"]
    bodies = {tuple(b["orgs"]): b["id"] for b in governance["bodies"]}
    names = {b["id"]: b for b in governance["bodies"]}
    parts = [raw(str(Markup('<p>{} <a href="{}">{}</a> · <a href="{}">{}</a></p>').format(
        label(lang, "roles_intro"),
        href("section-08", "figure-5", here_url, lang), label(lang, "figure_5_link"),
        href("section-a", "role-president", here_url, lang).split("#")[0], label(lang, "annex_a_link"))))]
    for role in plan["roles"]:
        parts.append(heading(level, str(role_name(plan, role, lang)), f"who-{role['id']}"))
        body = bodies.get(tuple(role["orgs"])) or bodies.get(tuple(reversed(role["orgs"])))
        reports = [r["to"] for r in governance["reports_to"] if body and r["from"] == body]
        facts = Markup("")
        if reports:
            facts += Markup("<p>{}{}</p>").format(label(lang, "reports_to_label"),
                                                   "; ".join(body_name(plan, names[b], lang) for b in reports))
        duties = Markup("").join(
            Markup("<li>{}{}</li>").format(text(d["text"], lang), Markup("<ul>{}</ul>").format(Markup("").join(
                Markup("<li>{}</li>").format(text(item, lang)) for item in d["items"])) if d.get("items") else "")
            for d in role["responsibilities"])
        parts.append(raw(str(Markup('{}<ul>{}</ul><p><a href="{}">{}</a></p>').format(
            facts, duties, href("section-a", f"role-{role['id']}", here_url, lang), label(lang, "role_in_annex_a")))))
    return "\n\n".join(parts)


@lru_cache(maxsize=4)
def organization_deliverables(plan) -> dict:
    """Organization key -> [(deliverable, role)], for every organization
    named as a lead or support (or their unit). The role is "leads" or
    "supports", or, where section 10 names the leads' offices ("BPR : EDP
    BCR : MDN, ACC"), "opi" or "osi": an office of secondary interest is
    not a lead."""
    views: dict = {}
    for *_, deliverable in plan.deliverables():
        for column in ("leads", "supports"):
            for value in deliverable[column]:
                keys = [party_key(value)] + ([value["unit"]] if isinstance(value, dict) and "unit" in value else [])
                role = value.get("office", column) if isinstance(value, dict) else column
                for key in keys:
                    entries = views.setdefault(key, [])
                    if (deliverable, role) not in entries:
                        entries.append((deliverable, role))
    return views


def organization_views(plan, lang: str, level: int = 2, raw=as_is, here_url: str = "") -> str:
    """For each organization, the deliverables it leads or supports, with
    their dates, partners and status (alphabetical by name in `lang`)."""
    views = organization_deliverables(plan)
    orgs = plan.organizations
    parts = []
    for key in sorted(views, key=lambda k: sort_key(orgs[k]["name"][lang])):
        name = orgs[key]["name"][lang] + (f" ({orgs[key]['acronym'][lang]})" if "acronym" in orgs[key] else "")
        parts.append(heading(level, name, organization_anchor(key)))
        rows = []
        for deliverable, role in views[key]:
            partners = [v for r in ("leads", "supports") for v in deliverable[r] if party_key(v) != key]
            rows.append(Markup(
                f'<tr><th scope="row">{_numbered(deliverable["id"], text(deliverable["text"], lang), deliverable.get("source_id"), lang)}</th>'
                f'<td>{escape(label(lang, f"role_{role}"))}</td>'
                f'<td>{Markup("<br>").join(period_start(p, lang) for p in deliverable["schedule"])}</td>'
                f'<td>{Markup("<br>").join(period_end(p, lang) for p in deliverable["schedule"])}</td>'
                f'<td>{parties(partners, plan, lang)}</td>'
                f'<td>{status_cell(plan, deliverable["id"], lang, here_url)}</td></tr>'))
        parts.append(raw(scroll_table("organization", f"deliverables-{key}", label(lang, "organization_caption", name=name),
                                header_row(lang, "deliverable", "role", "start", "end", "partners", "status"), [tbody(rows)])))
    return "\n\n".join(parts)
