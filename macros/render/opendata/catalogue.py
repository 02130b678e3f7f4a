"""The open data's catalogue (catalogue.yml beside this module): its tables
and their fields, their keys and what refers to what; their words, per
language, from the language files (open_data.<table>)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ...language.labels import label

FILE = Path(__file__).with_name("catalogue.yml")


@dataclass(frozen=True)
class Field:
    table: str
    id: str
    type: str            # Table Schema type: string, integer, boolean, yearmonth, date
    required: bool

    def column(self, lang: str) -> str:
        """The column's name in `lang`: its CSV header."""
        return label(lang, f"open_data.{self.table}.fields.{self.id}.column")

    def description(self, lang: str, **values) -> str:
        return label(lang, f"open_data.{self.table}.fields.{self.id}.description", **values)


@dataclass(frozen=True)
class Reference:
    field: str    # a field of the table
    table: str    # the table it refers to
    to: str       # that table's field


@dataclass(frozen=True)
class Table:
    id: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]              # the fields of its primary key (none: no key)
    references: tuple[Reference, ...]

    def field(self, field_id: str) -> Field:
        return next(field for field in self.fields if field.id == field_id)

    def words(self, what: str, lang: str) -> str:
        """Its `file` name, `title` or `description` in `lang`."""
        return label(lang, f"open_data.{self.id}.{what}")

    def resource(self, lang: str) -> str:
        """Its name in the Data Package: organisations-fr."""
        return f"{self.words('file', lang)}-{lang}"

    def file_name(self, lang: str) -> str:
        return f"{self.resource(lang)}.csv"


@dataclass(frozen=True)
class JsonFile:
    id: str          # its words: open_data.<id>.title and .description
    name: str        # its name in the Data Package
    file: str
    mediatype: str

    def words(self, what: str, lang: str) -> str:
        return label(lang, f"open_data.{self.id}.{what}")


def _read(path: Path = FILE) -> tuple[dict, dict[str, Table], tuple[JsonFile, ...]]:
    catalogue = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    tables = {}
    for table_id, spec in catalogue["tables"].items():
        fields = tuple(Field(table_id, field["id"], field["type"], not field.get("optional", False))
                       for field in spec["fields"])
        references = tuple(Reference(**reference) for reference in spec.get("foreign", []))
        tables[table_id] = Table(table_id, fields, tuple(spec.get("key", ())), references)
    package = {"name": catalogue["package"], "licence": catalogue["licence"]}
    return package, tables, tuple(JsonFile(**entry) for entry in catalogue["json"])


PACKAGE, TABLES, JSON_FILES = _read()
