"""Search per language: each language's pages search their own index, so
that a search returns pages in the reader's language. A pure function of
the index mkdocs-static-i18n merges from every language's build."""
from __future__ import annotations


def language_indexes(index: dict, languages) -> dict[str, dict]:
    """{language: the index of its pages only, their locations relative to
    its folder}, from the merged `index`."""
    indexes = {}
    for lang in languages:
        docs = [dict(doc, location=doc["location"][len(lang) + 1:])
                for doc in index["docs"] if doc["location"].startswith(f"{lang}/")]
        indexes[lang] = dict(index, config=dict(index["config"], lang=[lang]), docs=docs)
    return indexes
