"""The files of the open data: each table as CSV in each language, the plan
and its progress reports as JSON with their schemas, and the Frictionless
Data Package that describes them all. Pure functions of the plan.

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
from functools import lru_cache

from ...data.progress_checks import PROGRESS_SCHEMA_PATH
from ...data.statuses import REPORTED, status
from ...data.validation import SCHEMA_PATH
from ...language.labels import and_list, label
from ...language.languages import LANGUAGES
from .catalogue import JSON_FILES, PACKAGE, TABLES
from .rows import rows

FOLDER = "data"


def csv_bytes(plan, table: str, lang: str) -> bytes:
    """One table as CSV: UTF-8, one header row, booleans as true/false."""
    fields = TABLES[table].fields
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(field.column(lang) for field in fields)
    for row in rows(plan, table, lang):
        writer.writerow("true" if v is True else "false" if v is False else v for v in (row[f.id] for f in fields))
    return out.getvalue().encode("utf-8")


def file_name(table: str, lang: str) -> str:
    return TABLES[table].file_name(lang)


def _described(field, lang: str) -> str:
    """A field's description; the statuses' own are their lists."""
    return field.description(lang, codes=and_list(REPORTED, lang, "or"),
                             statuses=and_list([label(lang, status(code).label_key) for code in REPORTED], lang, "or"))


def _schema(table: str, lang: str) -> dict:
    """The Table Schema of one table's file in `lang`."""
    spec = TABLES[table]
    fields = []
    for field in spec.fields:
        entry = {"name": field.column(lang), "type": field.type, "description": _described(field, lang)}
        if field.required:
            entry["constraints"] = {"required": True}
        if field.type == "boolean":
            entry.update(trueValues=["true"], falseValues=["false"])
        fields.append(entry)
    schema = {"fields": fields, "missingValues": [""]}
    if spec.key:
        schema["primaryKey"] = [spec.field(key).column(lang) for key in spec.key]
    foreign = [{"fields": [spec.field(reference.field).column(lang)],
                "reference": {"resource": TABLES[reference.table].resource(lang),
                              "fields": [TABLES[reference.table].field(reference.to).column(lang)]}}
               for reference in spec.references]
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


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


# What each JSON file of the catalogue holds. The reports keep
# data/progress.yml's own shape (dates already text), so that they validate
# against the published schema; no report: an empty list.
JSON_CONTENT = {
    "plan_json": lambda plan: _compact_json(plan.data),
    "schema_plan_json": lambda plan: published_schema(SCHEMA_PATH),
    "progress_json": lambda plan: _compact_json({"reports": list(plan.reports)}),
    "schema_progress_json": lambda plan: published_schema(PROGRESS_SCHEMA_PATH),
}


@lru_cache(maxsize=4)
def files(plan) -> dict:
    """Every file of the open data, path -> bytes (paths relative to the site's data folder)."""
    out = {file_name(table, lang): csv_bytes(plan, table, lang) for lang in LANGUAGES for table in TABLES}
    out.update((entry.file, JSON_CONTENT[entry.id](plan)) for entry in JSON_FILES)
    out["datapackage.json"] = json.dumps(datapackage(plan), ensure_ascii=False, indent=1).encode("utf-8")
    return out


def datapackage(plan) -> dict:
    """The Frictionless Data Package describing every file, in every language."""
    title = plan["plan"]["title"]
    resources = []
    for lang in LANGUAGES:
        for table_id, table in TABLES.items():
            resources.append({
                "name": table.resource(lang), "path": table.file_name(lang), "profile": "tabular-data-resource",
                "title": table.words("title", lang), "description": table.words("description", lang), "language": lang,
                "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": _schema(table_id, lang)})
    for entry in JSON_FILES:
        resources.append({"name": entry.name, "path": entry.file, "profile": "data-resource", "format": "json",
                          "mediatype": entry.mediatype,
                          "title": " / ".join(entry.words("title", lang) for lang in LANGUAGES),
                          "description": " / ".join(entry.words("description", lang) for lang in LANGUAGES)})
    return {
        "name": PACKAGE["name"],
        "title": " / ".join(title[lang] for lang in LANGUAGES),
        "description": " / ".join(label(lang, "open_data.package_description") for lang in LANGUAGES),
        "licenses": [PACKAGE["licence"]],
        "resources": resources,
    }
