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
    expected = [(language.code, language.name, language.default) for language in REGISTRY]
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return [message("i18n_missing", expected=_listed(expected))]
    found = [(language.locale, language.name, bool(language.default)) for language in i18n.config.languages]
    problems = []
    if found != expected:
        problems.append(message("i18n_languages", found=_listed(found), expected=_listed(expected)))
    if config.theme.get("language") != DEFAULT:
        problems.append(message("theme_language", found=shown(repr(config.theme.get("language"))), expected=repr(DEFAULT)))
    return problems


def _listed(languages: list[tuple]) -> str:
    default = message("default_language")
    return ", ".join(f"{code} ({name}{', ' + default if is_default else ''})" for code, name, is_default in languages)


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


def setting_problems(config, menu_given=None) -> list[str]:
    """Every problem of the settings, one line each. `menu_given` is the
    nav the plugin gave MkDocs (a language's build sees it again): any
    other nav was typed into mkdocs.yml, where the menu no longer lives."""
    typed_nav = config.nav and config.nav != menu_given
    problems = [address_problem(config.extra.get("report_problem_url")), site_url_problem(config.site_url),
                message("menu_in_mkdocs_yml") if typed_nav else None]
    return language_problems(config) + [problem for problem in problems if problem]
