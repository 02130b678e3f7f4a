"""The hook that shares compiled theme templates between the per-language
builds (hooks/template_cache.py), on plain Jinja environments."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import jinja2

HOOK = Path(__file__).resolve().parents[2] / "hooks" / "template_cache.py"


def load_hook():
    spec = importlib.util.spec_from_file_location("template_cache", HOOK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CountingEnvironment(jinja2.Environment):
    compiled = 0

    def compile(self, *args, **kwargs):
        CountingEnvironment.compiled += 1
        return super().compile(*args, **kwargs)


def environment(source: str, hook) -> jinja2.Environment:
    return hook.on_env(CountingEnvironment(loader=jinja2.DictLoader({"main.html": source})), None, None)


def test_a_template_is_compiled_once_for_both_builds():
    hook = load_hook()
    CountingEnvironment.compiled = 0
    first = environment("{{ lang }}", hook).get_template("main.html").render(lang="fr")
    second = environment("{{ lang }}", hook).get_template("main.html").render(lang="en")
    assert (first, second, CountingEnvironment.compiled) == ("fr", "en", 1)


def test_a_changed_template_is_compiled_again():
    hook = load_hook()
    CountingEnvironment.compiled = 0
    environment("old {{ lang }}", hook).get_template("main.html").render(lang="fr")
    assert environment("new {{ lang }}", hook).get_template("main.html").render(lang="fr") == "new fr"
    assert CountingEnvironment.compiled == 2


def test_the_hook_loaded_again_for_a_rebuild_reuses_the_compiled_templates():
    """mkdocs serve executes the hook's file anew for every rebuild."""
    CountingEnvironment.compiled = 0
    environment("rebuild {{ lang }}", load_hook()).get_template("main.html").render(lang="fr")
    assert environment("rebuild {{ lang }}", load_hook()).get_template("main.html").render(lang="en") == "rebuild en"
    assert CountingEnvironment.compiled == 1
