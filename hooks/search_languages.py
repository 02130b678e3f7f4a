"""Search per language: each language's pages search their own index, so
that a search returns pages in the reader's language."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from macros.language.labels import LABELS  # noqa: E402

_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def on_post_page(output, page, config):
    """Point Material's search at the page's own language: its `base` (used
    for the search index and the results' links) becomes the language's folder."""
    def language_base(match):
        settings = json.loads(match.group(2))
        settings["base"] = f"{settings['base']}/{page.file.locale}/"
        return match.group(1) + json.dumps(settings, ensure_ascii=False) + match.group(3)
    return _CONFIG_SCRIPT.sub(language_base, output, count=1)


@event_priority(-200)  # after mkdocs-static-i18n has built every language and merged the search index
def on_post_build(config):
    """One search index per language, from the merged one."""
    site = Path(config.site_dir)
    merged = site / "search" / "search_index.json"
    if merged.exists():
        index = json.loads(merged.read_text(encoding="utf-8"))
        for lang in LABELS:
            docs = [dict(doc, location=doc["location"][len(lang) + 1:])
                    for doc in index["docs"] if doc["location"].startswith(f"{lang}/")]
            own = dict(index, config=dict(index["config"], lang=[lang]), docs=docs)
            target = site / lang / "search" / "search_index.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(own, ensure_ascii=False), encoding="utf-8")
