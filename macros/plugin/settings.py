"""The settings of mkdocs.yml that the site depends on, checked before
anything is built: each problem is one line saying what was found and what
was expected."""
from __future__ import annotations

from ..language.languages import DEFAULT, REGISTRY
from ..site.report_problem import address_problem


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


def setting_problems(config) -> list[str]:
    """Every problem of the settings, one line each."""
    problem = address_problem(config.extra.get("report_problem_url"))
    return language_problems(config) + ([problem] if problem else [])
