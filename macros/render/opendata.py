"""The plan as open data: CSV tables in French and in English, the whole plan
as JSON, the JSON Schema of the data, and a Frictionless Data Package that
describes them all. Pure functions of the plan; the hook writes the files,
the pages link to them (with their size, known before they are written).

Why one CSV per language: the Open Government Portal publishes a resource
per official language, and a reader of either language expects column
titles and values in that language. The JSON keeps the data's own shape
(every text as {"fr": …, "en": …}), so it serves both languages and
validates against the published schema.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup
from mkdocs.utils import get_relative_url

from .figures import body_name
from ..language.labels import LANGUAGES, label
from .tables import header_row, scroll_table, tbody
from ..data.progress_checks import PROGRESS_SCHEMA_PATH
from ..data.validation import SCHEMA_PATH
from ..language.words import party_key

FOLDER = "data"
LICENCE = {
    "name": "OGL-Canada-2.0",
    "title": "Open Government Licence – Canada / Licence du gouvernement ouvert – Canada",
    "path": "https://open.canada.ca/en/open-government-licence-canada",
}
LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Field:
    names: dict        # {"fr": ..., "en": ...}: the column's header in each language
    type: str          # Table Schema type: string, integer, boolean, yearmonth, date
    descriptions: dict
    required: bool = True


def _f(fr, en, kind, description_fr, description_en, required=True) -> Field:
    return Field({"fr": fr, "en": en}, kind, {"fr": description_fr, "en": description_en}, required)


# Each table: its names, what it holds, its fields, primary key, foreign keys.
TABLES = {
    "organizations": {
        "names": {"fr": "organisations", "en": "organizations"},
        "titles": {"fr": "Organisations et acronymes", "en": "Organizations and acronyms"},
        "descriptions": {"fr": "Les organisations, instances, rôles et acronymes du plan (annexe B et ceux que le texte utilise).",
                         "en": "The plan's organizations, bodies, roles and acronyms (Annex B and those the text uses)."},
        "fields": [
            _f("cle", "key", "string", "Clé de l’organisation, utilisée par les autres fichiers", "Organization key, used by the other files"),
            _f("acronyme", "acronym", "string", "Acronyme (vide s’il n’y en a pas)", "Acronym (empty when there is none)", False),
            _f("nom", "name", "string", "Nom", "Name"),
            _f("annexe_b", "annex_b", "boolean", "Figure à l’annexe B du plan", "Listed in the plan's Annex B"),
        ],
        "key": 0,
    },
    "deliverables": {
        "names": {"fr": "livrables", "en": "deliverables"},
        "titles": {"fr": "Livrables des tableaux des activités", "en": "Deliverables of the activity charts"},
        "descriptions": {"fr": "Chaque livrable de la section 10, avec son objectif, son engagement et son activité.",
                         "en": "Each deliverable of section 10, with its objective, commitment and activity."},
        "fields": [
            _f("livrable", "deliverable_id", "string", "Numéro du livrable", "Deliverable number"),
            _f("objectif", "objective_id", "string", "Numéro de l’objectif", "Objective number"),
            _f("titre_objectif", "objective", "string", "Objectif", "Objective"),
            _f("engagement", "commitment_id", "string", "Numéro de l’engagement", "Commitment number"),
            _f("titre_engagement", "commitment", "string", "Engagement", "Commitment"),
            _f("activite", "activity_id", "string", "Numéro de l’activité", "Activity number"),
            _f("texte_activite", "activity", "string", "Activité", "Activity"),
            _f("texte_livrable", "deliverable", "string", "Livrable", "Deliverable"),
            _f("responsables", "leads", "string", "Clés des organisations responsables, séparées par « ; »",
               "Keys of the lead organizations, separated by \"; \""),
            _f("soutien", "supports", "string", "Clés des organisations de soutien, séparées par « ; » (vide : aucun)",
               "Keys of the supporting organizations, separated by \"; \" (empty: none)", False),
            _f("numero_plan_approuve", "approved_plan_number", "string",
               "Numéro dans le plan approuvé, s’il diffère (numérotation corrigée)",
               "Number in the approved plan, when it differs (corrected numbering)", False),
            _f("numero_activite_plan_approuve", "approved_plan_activity_number", "string",
               "Numéro de l’activité dans le plan approuvé, s’il diffère (numérotation corrigée)",
               "Number of the activity in the approved plan, when it differs (corrected numbering)", False),
        ],
        "key": 0,
    },
    "deliverable_organizations": {
        "names": {"fr": "livrables_organisations", "en": "deliverable_organizations"},
        "titles": {"fr": "Responsables et soutiens des livrables", "en": "Leads and supports of the deliverables"},
        "descriptions": {"fr": "Une ligne par organisation responsable ou de soutien d’un livrable.",
                         "en": "One row per lead or supporting organization of a deliverable."},
        "fields": [
            _f("livrable", "deliverable_id", "string", "Numéro du livrable", "Deliverable number"),
            _f("role", "role", "string", "«\u00a0responsable\u00a0» ou «\u00a0soutien\u00a0»", "\"lead\" or \"support\""),
            _f("organisation", "organization", "string", "Clé de l’organisation", "Organization key"),
            _f("unite", "unit", "string", "Clé de l’unité de l’organisation, s’il y a lieu", "Key of the organization's unit, if any", False),
            _f("bureau", "office", "string", "BPR ou BCR, s’il est précisé", "OPI or OSI, when stated", False),
            _f("precision", "qualifier", "string", "Précision que le plan donne entre parenthèses, s’il y a lieu",
               "What the plan adds in parentheses, if anything", False),
            _f("numero_plan_approuve", "approved_plan_number", "string",
               "Numéro du livrable dans le plan approuvé, s’il diffère (numérotation corrigée)",
               "Number of the deliverable in the approved plan, when it differs (corrected numbering)", False),
        ],
        "key": None,
        "foreign": [("livrable", "deliverable_id", "deliverables", 0), ("organisation", "organization", "organizations", 0),
                    ("unite", "unit", "organizations", 0)],
    },
    "schedule": {
        "names": {"fr": "calendrier", "en": "schedule"},
        "titles": {"fr": "Calendrier des livrables", "en": "Schedule of the deliverables"},
        "descriptions": {"fr": "Chaque période de travail d’un livrable\u00a0: début, fin et récurrence.",
                         "en": "Each period of work of a deliverable: start, end and recurrence."},
        "fields": [
            _f("livrable", "deliverable_id", "string", "Numéro du livrable", "Deliverable number"),
            _f("periode", "period", "integer", "Numéro de la période (1, 2…)", "Period number (1, 2…)"),
            _f("debut", "start", "yearmonth", "Mois de début (AAAA-MM)", "Start month (YYYY-MM)"),
            _f("fin", "end", "yearmonth", "Mois de fin (AAAA-MM)", "End month (YYYY-MM)"),
            _f("recurrence", "recurrence", "string", "mensuelle, trimestrielle ou annuelle (vide : aucune)",
               "monthly, quarterly or annually (empty: none)", False),
            _f("premiere_echeance", "first_due", "date", "Date de la première échéance récurrente", "Date of the first recurring due date", False),
            _f("en_cours", "ongoing", "boolean", "Travail déjà en cours au début de la période", "Work already under way when the period starts"),
            _f("numero_plan_approuve", "approved_plan_number", "string",
               "Numéro du livrable dans le plan approuvé, s’il diffère (numérotation corrigée)",
               "Number of the deliverable in the approved plan, when it differs (corrected numbering)", False),
        ],
        "key": None,
        "foreign": [("livrable", "deliverable_id", "deliverables", 0)],
    },
    "categories": {
        "names": {"fr": "categories_maturite", "en": "maturity_categories"},
        "titles": {"fr": "Catégories du modèle de maturité", "en": "Maturity model categories"},
        "descriptions": {"fr": "Les catégories du modèle de maturité et ce que chacune mesure.",
                         "en": "The maturity model's categories and what each one measures."},
        "fields": [
            _f("categorie", "category_id", "string", "Numéro de la catégorie", "Category number"),
            _f("titre", "title", "string", "Catégorie", "Category"),
            _f("description", "description", "string", "Ce que la catégorie mesure", "What the category measures"),
        ],
        "key": 0,
    },
    "indicators": {
        "names": {"fr": "indicateurs_maturite", "en": "maturity_indicators"},
        "titles": {"fr": "Auto-évaluation de la maturité, par indicateur", "en": "Maturity self-assessment, by indicator"},
        "descriptions": {"fr": "Chaque indicateur, son niveau auto-évalué, son niveau souhaité et l’écart (niveaux 0 à 5).",
                         "en": "Each indicator, its self-assessed level, its desired level and the gap (levels 0 to 5)."},
        "fields": [
            _f("indicateur", "indicator_id", "string", "Numéro de l’indicateur", "Indicator number"),
            _f("categorie", "category_id", "string", "Numéro de la catégorie", "Category number"),
            _f("nom", "name", "string", "Indicateur", "Indicator"),
            _f("niveau_auto_evalue", "self_assessed", "integer", "Niveau auto-évalué (0 à 5)", "Self-assessed level (0 to 5)"),
            _f("niveau_souhaite", "desired", "integer", "Niveau souhaité (0 à 5)", "Desired level (0 to 5)"),
            _f("ecart", "gap", "integer", "Niveau souhaité moins niveau auto-évalué", "Desired level minus self-assessed level"),
        ],
        "key": 0,
        "foreign": [("categorie", "category_id", "categories", 0)],
    },
    "bodies": {
        "names": {"fr": "gouvernance_instances", "en": "governance_bodies"},
        "titles": {"fr": "Instances de la gouvernance de la CFP ouverte", "en": "Open PSC governance bodies"},
        "descriptions": {"fr": "Les instances de la figure 5.", "en": "The bodies of Figure 5."},
        "fields": [
            _f("instance", "body_id", "string", "Clé de l’instance", "Body key"),
            _f("nom", "name", "string", "Instance", "Body"),
            _f("organisations", "organizations", "string", "Clés des organisations qu’elle représente, séparées par « ; »",
               "Keys of the organizations it stands for, separated by \"; \""),
        ],
        "key": 0,
    },
    "relations": {
        "names": {"fr": "gouvernance_relations", "en": "governance_relations"},
        "titles": {"fr": "Relations de la gouvernance", "en": "Governance relations"},
        "descriptions": {"fr": "Qui relève de qui, qui siège à quel comité et qui collabore au besoin (figure 5).",
                         "en": "Who reports to whom, who sits on which committee and who collaborates as needed (Figure 5)."},
        "fields": [
            _f("relation", "relation", "string", "releve_de, membre_de ou collabore_au_besoin",
               "reports_to, member_of or collaborates_as_needed"),
            _f("de", "from_body", "string", "Instance qui relève, siège ou collabore", "Body that reports, sits or collaborates"),
            _f("a", "to_body", "string", "Instance supérieure, comité ou partenaire", "Higher body, committee or partner"),
        ],
        "key": None,
        "foreign": [("de", "from_body", "bodies", 0), ("a", "to_body", "bodies", 0)],
    },
    "risks": {
        "names": {"fr": "risques", "en": "risks"},
        "titles": {"fr": "Risques", "en": "Risks"},
        "descriptions": {"fr": "Les risques de la section 9.", "en": "The risks of section 9."},
        "fields": [
            _f("risque", "risk_id", "string", "Numéro du risque", "Risk number"),
            _f("enonce", "statement", "string", "Risque", "Risk"),
            _f("exemples", "examples", "string", "Exemples, séparés par « ; » (vide : aucun)", "Examples, separated by \"; \" (empty: none)", False),
        ],
        "key": 0,
    },
    "mitigations": {
        "names": {"fr": "strategies_attenuation", "en": "mitigation_strategies"},
        "titles": {"fr": "Stratégies d’atténuation", "en": "Mitigation strategies"},
        "descriptions": {"fr": "Les stratégies en place pour chaque risque.", "en": "The strategies in place for each risk."},
        "fields": [
            _f("risque", "risk_id", "string", "Numéro du risque", "Risk number"),
            _f("numero", "number", "integer", "Numéro de la stratégie pour ce risque", "Number of the strategy for that risk"),
            _f("strategie", "strategy", "string", "Stratégie", "Strategy"),
        ],
        "key": None,
        "foreign": [("risque", "risk_id", "risks", 0)],
    },
    "progress": {
        "names": {"fr": "progres", "en": "progress"},
        "titles": {"fr": "Rapports d’étape, par livrable", "en": "Progress reports, by deliverable"},
        "descriptions": {"fr": "Une ligne par rapport et par livrable dont il donne l’état, comme dans le suivi du Plan d’action national : état, progrès, preuves et difficultés. Un livrable absent d’un rapport garde l’état du rapport précédent.",
                         "en": "One row per report and deliverable whose status it gives, as in the National Action Plan tracker: status, progress, evidence and challenges. A deliverable absent from a report keeps the status of the previous report."},
        "fields": [
            _f("date_rapport", "report_date", "date", "Date que décrit le rapport (AAAA-MM-JJ)", "Date the report describes (YYYY-MM-DD)"),
            _f("livrable", "deliverable_id", "string", "Numéro du livrable", "Deliverable number"),
            _f("code_etat", "status_code", "string", "not-started, limited, substantial, complete ou withdrawn",
               "not-started, limited, substantial, complete or withdrawn"),
            _f("etat", "status", "string", "État : Non commencé, Progrès limité, Progrès important, Réalisé ou Retiré",
               "Status: Not started, Limited progress, Substantial progress, Complete or Withdrawn"),
            _f("progres", "progress", "string", "Progrès (vide : rien à signaler)", "Progress (empty: nothing to report)", False),
            _f("preuves", "evidence", "string", "Adresses des preuves, séparées par « ; » (vide : aucune)",
               "Addresses of the evidence, separated by \"; \" (empty: none)", False),
            _f("difficultes", "challenges", "string", "Difficultés (vide : aucune signalée)", "Challenges (empty: none reported)", False),
            _f("fin_revisee", "revised_end", "yearmonth", "Nouveau mois de fin (AAAA-MM; vide : inchangé)",
               "New end month (YYYY-MM; empty: unchanged)", False),
            _f("date_publication", "published", "date", "Date de publication du rapport (vide : non précisée)",
               "Date the report was published (empty: not given)", False),
            _f("numero_plan_approuve", "approved_plan_number", "string",
               "Numéro du livrable dans le plan approuvé, s’il diffère (numérotation corrigée)",
               "Number of the deliverable in the approved plan, when it differs (corrected numbering)", False),
        ],
        "key": (0, 1),
        "foreign": [("livrable", "deliverable_id", "deliverables", 0)],
    },
}
RECURRENCE = {"fr": {"monthly": "mensuelle", "quarterly": "trimestrielle", "annually": "annuelle"},
              "en": {"monthly": "monthly", "quarterly": "quarterly", "annually": "annually"}}
WORDS = {"fr": {"leads": "responsable", "supports": "soutien", "opi": "BPR", "osi": "BCR",
                "reports_to": "releve_de", "member_of": "membre_de", "collaborates_as_needed": "collabore_au_besoin",
                "collaborates": "collabore"},
         "en": {"leads": "lead", "supports": "support", "opi": "OPI", "osi": "OSI",
                "reports_to": "reports_to", "member_of": "member_of", "collaborates_as_needed": "collaborates_as_needed",
                "collaborates": "collaborates"}}


def _deliverables(plan):
    for objective in plan["objectives"]:
        for commitment in objective["commitments"]:
            for activity in commitment["activities"]:
                for deliverable in activity["deliverables"]:
                    yield objective, commitment, activity, deliverable


def rows(plan, table: str, lang: str) -> list[list]:
    """The rows of one table in `lang` (values as Python objects)."""
    join = LIST_SEPARATOR.join
    # A deliverable renumbered by the data (4.2.3.1, 4.2.4.1) carries its approved number in every table that names it.
    approved = {d["id"]: d.get("source_id", "") for _, _, _, d in _deliverables(plan)}
    if table == "organizations":
        return [[o["key"], o["acronym"][lang] if "acronym" in o else "", o["name"][lang], bool(o.get("annex_b"))]
                for o in plan["organizations"]]
    if table == "deliverables":
        return [[d["id"], o["id"], o["title"][lang], c["id"], c["title"][lang], a["id"], a["text"][lang], d["text"][lang],
                 join(party_key(p) for p in d["leads"]), join(party_key(p) for p in d["supports"]), d.get("source_id", ""),
                 a.get("source_id", "")]
                for o, c, a, d in _deliverables(plan)]
    if table == "deliverable_organizations":
        return [[d["id"], WORDS[lang][role], party_key(p), p.get("unit", "") if isinstance(p, dict) else "",
                 WORDS[lang][p["office"]] if isinstance(p, dict) and "office" in p else "",
                 p["as_written"][lang] if isinstance(p, dict) and "as_written" in p else "", approved[d["id"]]]
                for _, _, _, d in _deliverables(plan) for role in ("leads", "supports") for p in d[role]]
    if table == "schedule":
        return [[d["id"], n, p["start"], p["end"], RECURRENCE[lang].get(p.get("recurrence"), ""),
                 p.get("first", ""), bool(p.get("ongoing")), approved[d["id"]]]
                for _, _, _, d in _deliverables(plan) for n, p in enumerate(d["schedule"], start=1)]
    if table == "categories":
        return [[c["id"], c["title"][lang], c["description"][lang]] for c in plan["maturity"]["categories"]]
    if table == "indicators":
        return [[i["id"], c["id"], i["name"][lang], i["self_assessed"], i["desired"], i["desired"] - i["self_assessed"]]
                for c in plan["maturity"]["categories"] for i in c["indicators"]]
    if table == "bodies":
        return [[b["id"], body_name(plan, b, lang), join(b["orgs"])] for b in plan["governance"]["bodies"]]
    if table == "relations":
        governance = plan["governance"]
        return ([[WORDS[lang]["reports_to"], r["from"], r["to"]] for r in governance["reports_to"]]
                + [[WORDS[lang]["member_of"], m["member"], m["committee"]] for m in governance["members"]]
                + [[WORDS[lang]["collaborates_as_needed" if c["as_needed"] else "collaborates"], *c["between"]]
                   for c in governance["collaborations"]])
    if table == "risks":
        return [[r["id"], r["statement"][lang], join(e[lang] for e in r.get("examples", []))] for r in plan["risks"]]
    if table == "progress":
        return [[r["as_of"], e["id"], e["status"], label(lang, f"status_{e['status']}"),
                 e["progress"][lang] if "progress" in e else "", join(x["url"] for x in e.get("evidence", [])),
                 e["challenges"][lang] if "challenges" in e else "", e.get("revised_end", ""), r.get("published", ""),
                 approved[e["id"]]]
                for r in plan.reports for e in r["deliverables"]]
    if table == "mitigations":
        return [[r["id"], n, s[lang]] for r in plan["risks"] for n, s in enumerate(r["strategies"], start=1)]
    raise KeyError(table)


def csv_bytes(plan, table: str, lang: str) -> bytes:
    """One table as CSV: UTF-8, one header row, booleans as true/false."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(f.names[lang] for f in TABLES[table]["fields"])
    for row in rows(plan, table, lang):
        writer.writerow("true" if v is True else "false" if v is False else v for v in row)
    return out.getvalue().encode("utf-8")


def file_name(table: str, lang: str) -> str:
    return f"{TABLES[table]['names'][lang]}-{lang}.csv"


def _schema(table: str, lang: str) -> dict:
    spec = TABLES[table]
    fields = []
    for field in spec["fields"]:
        entry = {"name": field.names[lang], "type": field.type, "description": field.descriptions[lang]}
        if field.required:
            entry["constraints"] = {"required": True}
        if field.type == "boolean":
            entry.update(trueValues=["true"], falseValues=["false"])
        fields.append(entry)
    schema = {"fields": fields, "missingValues": [""]}
    if spec["key"] is not None:
        keys = spec["key"] if isinstance(spec["key"], tuple) else (spec["key"],)
        schema["primaryKey"] = [spec["fields"][key].names[lang] for key in keys]
    foreign = []
    for fr, en, target, target_field in spec.get("foreign", []):
        own = {"fr": fr, "en": en}[lang]
        foreign.append({"fields": [own], "reference": {
            "resource": f"{TABLES[target]['names'][lang]}-{lang}",
            "fields": [TABLES[target]["fields"][target_field].names[lang]]}})
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


@lru_cache(maxsize=4)
def files(plan) -> dict:
    """Every file of the open data, path -> bytes (paths relative to the site's data folder)."""
    out = {}
    for lang in LANGUAGES:
        for table in TABLES:
            out[file_name(table, lang)] = csv_bytes(plan, table, lang)
    out["plan.json"] = _compact_json(plan.data)
    out["schema-plan.json"] = published_schema(SCHEMA_PATH)
    # The reports in data/progress.yml's own shape (dates already text), so
    # they validate against the published schema; no report: an empty list.
    out["progress.json"] = _compact_json({"reports": list(plan.reports)})
    out["schema-progress.json"] = published_schema(PROGRESS_SCHEMA_PATH)
    out["datapackage.json"] = json.dumps(datapackage(plan), ensure_ascii=False, indent=1).encode("utf-8")
    return out


# The schemas' names in data/ (their $id) -> their names in the open data.
SCHEMA_FILES = {"plan.schema.json": "schema-plan.json", "progress.schema.json": "schema-progress.json"}


def published_schema(path) -> bytes:
    """A schema of data/ under its published name: its $id and its $refs to
    the other schema renamed, so that a validator finds schema-plan.json
    beside schema-progress.json, by address or by $id."""
    def renamed(value):
        if isinstance(value, dict):
            return {key: (_renamed_reference(item) if key in ("$id", "$ref") else renamed(item)) for key, item in value.items()}
        if isinstance(value, list):
            return [renamed(item) for item in value]
        return value
    schema = renamed(json.loads(path.read_text(encoding="utf-8")))
    return (json.dumps(schema, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _renamed_reference(reference: str) -> str:
    name, hash_sign, pointer = reference.partition("#")
    return SCHEMA_FILES.get(name, name) + hash_sign + pointer


def _compact_json(data) -> bytes:
    """The large JSON files without indentation: json then uses its C
    encoder (an indent makes it use its Python one, ten times slower on the
    benchmark's 2 MB of reports), and downloads are a third smaller."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# The files in both languages at once, described in each.
BOTH_LANGUAGES = {
    "plan.json": {
        "titles": {"fr": "Plan (JSON)", "en": "Plan (JSON)"},
        "descriptions": {"fr": "Le plan entier, chaque texte en français (fr) et en anglais (en); valide selon schema-plan.json.",
                         "en": "The whole plan, every text in French (fr) and English (en); valid against schema-plan.json."}},
    "schema-plan.json": {
        "titles": {"fr": "Schéma JSON du plan", "en": "JSON Schema of the plan"},
        "descriptions": {"fr": "Décrit plan.json et data/plan.yml.", "en": "Describes plan.json and data/plan.yml."}},
    "progress.json": {
        "titles": {"fr": "Rapports d’étape (JSON)", "en": "Progress reports (JSON)"},
        "descriptions": {"fr": "Les rapports d’étape tels que data/progress.yml les tient, chaque texte en français (fr) et en anglais (en); "
                               "valide selon schema-progress.json. Une liste vide tant qu’aucun rapport n’est publié.",
                         "en": "The progress reports as data/progress.yml holds them, every text in French (fr) and English (en); "
                               "valid against schema-progress.json. An empty list until a report is published."}},
    "schema-progress.json": {
        "titles": {"fr": "Schéma JSON des rapports d’étape", "en": "JSON Schema of the progress reports"},
        "descriptions": {"fr": "Décrit progress.json et data/progress.yml; renvoie à schema-plan.json pour les formes qu’il partage avec le plan (textes, dates, numéros).",
                         "en": "Describes progress.json and data/progress.yml; refers to schema-plan.json for the forms it shares with the plan (texts, dates, numbers)."}},
}


def datapackage(plan) -> dict:
    """The Frictionless Data Package describing every file, in both languages."""
    title = plan["plan"]["title"]
    resources = []
    for lang in LANGUAGES:
        for table, spec in TABLES.items():
            resources.append({
                "name": f"{spec['names'][lang]}-{lang}", "path": file_name(table, lang), "profile": "tabular-data-resource",
                "title": spec["titles"][lang], "description": spec["descriptions"][lang], "language": lang,
                "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": _schema(table, lang)})
    for name, path, mediatype in (("plan", "plan.json", "application/json"), ("plan-schema", "schema-plan.json", "application/schema+json"),
                                  ("progress", "progress.json", "application/json"),
                                  ("progress-schema", "schema-progress.json", "application/schema+json")):
        resources.append({"name": name, "path": path, "profile": "data-resource", "format": "json", "mediatype": mediatype,
                          "title": " / ".join(BOTH_LANGUAGES[path]["titles"][lang] for lang in LANGUAGES),
                          "description": " / ".join(BOTH_LANGUAGES[path]["descriptions"][lang] for lang in LANGUAGES)})
    return {
        "name": "psc-open-government-implementation-plan-2022-2024",
        "title": f"{title['fr']} / {title['en']}",
        "description": ("Les tableaux du plan en données ouvertes\u00a0: un fichier CSV par tableau et par langue officielle, "
                        "le plan entier et les rapports d’étape en JSON, avec leurs schémas. / The plan's tables as open data: "
                        "a CSV file per table and official language, the whole plan and the progress reports as JSON, with their schemas."),
        "licenses": [LICENCE],
        "resources": resources,
    }


def size_label(size: int, lang: str) -> str:
    """"12 ko" / "12 KB" (never 0)."""
    kilobytes = max(1, round(size / 1024))
    return f"{kilobytes}\u00a0ko" if lang == "fr" else f"{kilobytes} KB"


def download_links(plan, tables: tuple, lang: str, here_url: str) -> str:
    """Links to the CSV files of `tables` in `lang`, with format and size."""
    links = []
    for table in tables:
        name = file_name(table, lang)
        size = len(files(plan)[name])
        links.append(Markup('<a href="{}" type="text/csv">{} (CSV, {})</a>').format(
            get_relative_url(f"{FOLDER}/{name}", here_url or f"{lang}/"), TABLES[table]["titles"][lang], size_label(size, lang)))
    return str(Markup('<p class="download">{}{}</p>').format(label(lang, "download_data"), Markup(" · ").join(links)))


def files_table(plan, lang: str, here_url: str) -> str:
    """The open data page's list: every file with what it holds, its format,
    size and language, and how the tables refer to each other."""
    rows = []
    for resource in datapackage(plan)["resources"]:
        if resource.get("language", lang) != lang:
            continue
        size = len(files(plan)[resource["path"]])
        link = Markup('<a href="{}">{}</a>').format(get_relative_url(f"{FOLDER}/{resource['path']}", here_url), resource["path"])
        keys = [f"{fk['fields'][0]} → {fk['reference']['resource']}.{fk['reference']['fields'][0]}"
                for fk in resource.get("schema", {}).get("foreignKeys", [])]
        rows.append(Markup("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>").format(
            link, BOTH_LANGUAGES[resource["path"]]["descriptions"][lang] if resource["path"] in BOTH_LANGUAGES else resource["description"],
            resource["format"].upper(), size_label(size, lang),
            Markup("<br>").join(keys) if keys else label(lang, "none")))
    package = Markup('<p><a href="{}">datapackage.json</a> ({})</p>').format(
        get_relative_url(f"{FOLDER}/datapackage.json", here_url), size_label(len(files(plan)["datapackage.json"]), lang))
    return str(package) + scroll_table("files", "open-data-files", label(lang, "files_caption"),
                                  header_row(lang, "file", "contents", "format", "size", "references"), [tbody(rows)])
