"""The two pages that belong to neither language: the language selection page
at the site's root and the 404 page. Both are bilingual, French first as on
Canada.ca, each part marked with its `lang`."""
from __future__ import annotations

from markupsafe import Markup

from ..language.labels import label
from ..language.languages import DEFAULT, LANGUAGES, language

_PAGE = Markup("""<!doctype html>
<html lang="{default}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{head}<link rel="icon" href="{base}assets/images/favicon.png">
<link rel="stylesheet" href="{base}assets/stylesheets/site.css">
</head>
<body class="standalone">
<main class="standalone__main">
<h1 class="standalone__title">{heading}</h1>
{parts}
</main>
</body>
</html>
""")


def _page(title: str, heading: str, base: str, part, head: Markup = Markup("")) -> str:
    parts = Markup("\n").join(part(lang) for lang in LANGUAGES)
    return str(_PAGE.format(default=DEFAULT, title=title, heading=heading, base=base, parts=parts, head=head))


def _metadata(names: dict, pages: dict) -> Markup:
    """The root page's description and Dublin Core metadata, in both
    languages (`pages`: the dates, issued and modified, of the pages)."""
    both = {key: " / ".join(label(lang, key) for lang in LANGUAGES) for key in ("psc", "dc_subjects")}
    lines = [('name="description"', _both(pages.get("descriptions", {}))), ('name="dcterms.title"', _both(names)),
             ('name="dcterms.creator"', both["psc"]),
             ('name="dcterms.issued" title="W3CDTF"', pages.get("issued", "")),
             ('name="dcterms.modified" title="W3CDTF"', pages.get("modified", "")),
             ('name="dcterms.language" title="ISO639-2/B"', ";".join(language(lang).iso639_2 for lang in LANGUAGES)),
             ('name="dcterms.subject" title="gccore"', both["dc_subjects"].replace(" / ", ";"))]
    return Markup("").join(Markup("<meta {} content=\"{}\">\n").format(Markup(attributes), value)
                           for attributes, value in lines if value)


def _both(names: dict) -> str:
    return " / ".join(names[lang] for lang in LANGUAGES if lang in names)


def _both_marked(names: dict) -> Markup:
    """The two names, each marked with its language (a <title> cannot be)."""
    return Markup(" / ").join(Markup('<span lang="{}">{}</span>').format(lang, names[lang])
                              for lang in LANGUAGES if lang in names)


def splash_page(names: dict, pages: dict | None = None) -> str:
    """Root page: the site's name in both languages and a link to each home;
    its metadata from the pages' (`pages`: descriptions by language, the
    first day issued and the last day modified)."""
    def part(lang):
        return Markup('<section lang="{lang}" class="standalone__part">\n'
                      '<p><a class="standalone__button" href="{lang}/">{language}</a></p>\n</section>').format(
            lang=lang, language=language(lang).name)
    heading = Markup("<br>").join(Markup('<span lang="{}">{}</span>').format(lang, names[lang])
                                  for lang in LANGUAGES if lang in names)
    return _page(_both(names), heading, "", part, _metadata(names, pages or {}))


def not_found_page(names: dict, base: str) -> str:
    """404 page: served at any address, so its links are absolute from `base`."""
    def part(lang):
        return Markup('<section lang="{lang}" class="standalone__part">\n<h2>{heading}</h2>\n<p>{explain}</p>\n'
                      '<p><a href="{base}{lang}/">{home}</a></p>\n</section>').format(
            lang=lang, base=base, heading=label(lang, "not_found"), explain=label(lang, "not_found_explain"),
            home=label(lang, "return_home", site=names.get(lang, "")))
    errors = {lang: label(lang, "error_404") for lang in LANGUAGES}
    return _page(_both(errors), _both_marked(errors), base, part)
