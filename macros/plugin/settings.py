"""The settings of mkdocs.yml that the site depends on, checked before
anything is built: each problem is one line saying what was found and what
was expected."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..language.languages import DEFAULT, REGISTRY
from ..language.messages import message, shown
from ..site.report_problem import address_problem

# What may not be in an address printed into every page and the sitemap.
_UNSAFE = re.compile(r"""[\s"'<>`\\{}|^\x00-\x1f\x7f]""")


def language_problems(config) -> list[str]:
    """mkdocs-static-i18n's languages and the theme's language must be those
    of macros/language/languages.py, in its order, with its names."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return ["mkdocs.yml: plugins lists no i18n (mkdocs-static-i18n); expected it, with the site's languages"]
    found = [(language.locale, language.name, bool(language.default)) for language in i18n.config.languages]
    expected = [(language.code, language.name, language.default) for language in REGISTRY]
    problems = []
    if found != expected:
        problems.append(f"mkdocs.yml: plugins.i18n.languages lists {_listed(found)}; expected {_listed(expected)}, "
                        "as macros/language/languages.py defines them")
    if config.theme.get("language") != DEFAULT:
        problems.append(f"mkdocs.yml: theme.language is {config.theme.get('language')!r}; expected {DEFAULT!r}, "
                        "the default language")
    return problems


def _listed(languages: list[tuple]) -> str:
    return ", ".join(f"{code} ({name}{', default' if default else ''})" for code, name, default in languages)


def site_url_problem(site_url) -> str | None:
    """SITE_URL (site_url in mkdocs.yml) is printed into every page's
    canonical link, the sitemap and the feeds: an http(s) address of a
    folder, with nothing that could end an attribute or start markup."""
    if not site_url:
        return None
    parts = urlsplit(site_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or not site_url.endswith("/") or _UNSAFE.search(site_url):
        return message("site_url", value=shown(site_url))
    return None


def setting_problems(config) -> list[str]:
    """Every problem of the settings, one line each."""
    problems = [address_problem(config.extra.get("report_problem_url")), site_url_problem(config.site_url)]
    return language_problems(config) + [problem for problem in problems if problem]
