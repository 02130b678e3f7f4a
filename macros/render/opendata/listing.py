"""What the pages show of the open data: the download links under a table,
and the open data page's list of every file. Pure functions of (plan,
language, the page's address) -> HTML."""
from __future__ import annotations

from markupsafe import Markup
from mkdocs.utils import get_relative_url

from ...language.labels import label
from ..tables import header_row, scroll_table, tbody
from .catalogue import JSON_FILES, TABLES
from .package import FOLDER, datapackage, file_name, files


def size_label(size: int, lang: str) -> str:
    """"12 ko" / "12 KB" (never 0)."""
    return label(lang, "open_data.size", kilobytes=max(1, round(size / 1024)))


def download_links(plan, tables: tuple, lang: str, here_url: str) -> str:
    """Links to the CSV files of `tables` in `lang`, with format and size."""
    links = []
    for table in tables:
        name = file_name(table, lang)
        size = len(files(plan)[name])
        links.append(Markup('<a href="{}" type="text/csv">{} (CSV, {})</a>').format(
            get_relative_url(f"{FOLDER}/{name}", here_url or f"{lang}/"), TABLES[table].words("title", lang),
            size_label(size, lang)))
    return str(Markup('<p class="download">{}{}</p>').format(label(lang, "download_data"), Markup(" · ").join(links)))


def files_table(plan, lang: str, here_url: str) -> str:
    """The open data page's list: every file with what it holds, its format,
    size and language, and how the tables refer to each other."""
    descriptions = {entry.file: entry.words("description", lang) for entry in JSON_FILES}
    rows = []
    for resource in datapackage(plan)["resources"]:
        if resource.get("language", lang) != lang:
            continue
        size = len(files(plan)[resource["path"]])
        link = Markup('<a href="{}">{}</a>').format(get_relative_url(f"{FOLDER}/{resource['path']}", here_url), resource["path"])
        keys = [f"{fk['fields'][0]} → {fk['reference']['resource']}.{fk['reference']['fields'][0]}"
                for fk in resource.get("schema", {}).get("foreignKeys", [])]
        rows.append(Markup("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>").format(
            link, descriptions.get(resource["path"], resource["description"]), resource["format"].upper(),
            size_label(size, lang), Markup("<br>").join(keys) if keys else label(lang, "none")))
    package = Markup('<p><a href="{}">datapackage.json</a> ({})</p>').format(
        get_relative_url(f"{FOLDER}/datapackage.json", here_url), size_label(len(files(plan)["datapackage.json"]), lang))
    return str(package) + scroll_table("files", "open-data-files", label(lang, "files_caption"),
                                       header_row(lang, "file", "contents", "format", "size", "references"), [tbody(rows)])
