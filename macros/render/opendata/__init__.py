"""The plan as open data: the catalogue of its files (catalogue.yml, its
words in the language files), the rows of each table (rows.py), the files
themselves with the Data Package that describes them (package.py) and what
the pages show of them (listing.py)."""
from .catalogue import JSON_FILES, TABLES
from .package import FOLDER, datapackage, file_name, files
from .listing import download_links, files_table, size_label

__all__ = ["FOLDER", "JSON_FILES", "TABLES", "datapackage", "download_links", "file_name", "files", "files_table",
           "size_label"]
