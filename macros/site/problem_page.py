"""The page the preview shows at every address while the site cannot be
built: the problems, as the terminal lists them, in the reader's language
(both, French first, at the root and on the 404 page).
Pure functions of (problems, languages)."""
from __future__ import annotations

from markupsafe import Markup

from ..language.labels import label
from ..language.languages import LANGUAGES

_PAGE = Markup("""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 1.1rem/1.5 sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #333; }}
h1 {{ color: #a62a1e; border-bottom: 3px solid #a62a1e; }}
pre {{ white-space: pre-wrap; overflow-wrap: anywhere; background: #f8f8f8; border-left: 4px solid #a62a1e; padding: .5rem 1rem; }}
</style>
</head>
<body>
<main>
{sections}
</main>
</body>
</html>
""")
_SECTION = Markup("""<section lang="{lang}">
<h1>{title}</h1>
<p>{count}</p>
<ul>
{items}
</ul>
<p>{next}</p>
</section>""")


def problem_page(problems: list[str], languages: tuple = LANGUAGES) -> str:
    """A page listing `problems` (the terminal's messages) in each of
    `languages`, the first one the page's."""
    items = Markup("\n").join(Markup("<li><pre>{}</pre></li>").format(problem) for problem in problems)
    count = "preview_count_many" if len(problems) > 1 else "preview_count_one"
    sections = Markup("\n").join(
        _SECTION.format(lang=lang, title=label(lang, "preview_title"), count=label(lang, count, count=len(problems)),
                        items=items, next=label(lang, "preview_next")) for lang in languages)
    title = " / ".join(label(lang, "preview_title") for lang in languages)
    return str(_PAGE.format(lang=languages[0], title=title, sections=sections))


def page_files(docs_pages: list[str]) -> dict[str, str]:
    """Each page's file in the site ("en/section-10/index.html") -> its
    language, from the source pages ("en/section-10.md")."""
    files = {}
    for source in docs_pages:
        lang, _, name = source.partition("/")
        if lang in LANGUAGES and name.endswith(".md"):
            stem = name[:-3]
            files[f"{lang}/index.html" if stem == "index" else f"{lang}/{stem}/index.html"] = lang
    return files
