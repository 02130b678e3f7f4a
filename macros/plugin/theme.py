"""What the theme's templates get from the site: compiled templates shared
between the builds of one run, titles stripped of tags without losing their
no-break spaces, the page's settings for Material's scripts, and the name
of Material's search worker."""
from __future__ import annotations

import json
import re
from pathlib import Path

import jinja2
from markupsafe import Markup


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Material's templates compiled once per run, not once per language
    build (mkdocs-static-i18n builds each language with a new Jinja
    environment). Jinja keys it by the template's name and a checksum of
    its source, so nothing stale is reused; nothing is written to disk. The
    plugin keeps it between the rebuilds of `make serve`."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_TAGS = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_BREAKING_RUN = re.compile(r"[^\S\u00a0\u202f]+")


def striptags(value) -> str:
    """Jinja's `striptags`, which the theme applies to titles, without
    turning no-break spaces into plain ones (Canadian French typography)."""
    return Markup(_BREAKING_RUN.sub(" ", _TAGS.sub("", str(value))).strip()).unescape()


def settings_json(value: dict) -> Markup:
    """The page's settings for Material's scripts (<script id="__config">):
    JSON with the keys in order and the characters as they are, never able
    to end the script element."""
    return Markup(json.dumps(value, ensure_ascii=False, sort_keys=True).replace("</", "<\\/"))


def search_worker(theme_dirs: list[str]) -> str:
    """The file name of Material's search worker (search.<hash>.min.js),
    which the site's worker (search-readers.js) loads."""
    for folder in theme_dirs:
        found = sorted(Path(folder).glob("assets/javascripts/workers/search.*.min.js"))
        if found:
            return found[0].name
    raise FileNotFoundError("Material's search worker (assets/javascripts/workers/search.*.min.js) was not found")
