"""Compiled theme templates shared between the builds of one `mkdocs build`.

mkdocs-static-i18n builds the site once per language, each time with a new
Jinja environment that would compile Material's templates again. An
in-memory bytecode cache compiles each template once per run; Jinja keys it
by the template's name and a checksum of its source, so nothing stale is
reused, and nothing is written to disk. `mkdocs serve` runs this file afresh
for every rebuild: the cache is kept on the jinja2 module, where the next
run finds it, so that a rebuild compiles only the templates that changed.
"""
from __future__ import annotations

import jinja2


class _MemoryBytecodeCache(jinja2.BytecodeCache):
    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_CACHE = getattr(jinja2, "_site_bytecode_cache", None) or _MemoryBytecodeCache()
jinja2._site_bytecode_cache = _CACHE


def on_env(env, config, files):
    """Every build's theme environment uses the one cache."""
    env.bytecode_cache = _CACHE
    return env
