"""The site's plugin shares compiled theme templates between the
per-language builds and the rebuilds of `make serve` (macros/plugin/theme.py),
on plain Jinja environments."""
from __future__ import annotations

import jinja2

from macros.plugin.plugin import SitePlugin


class CountingEnvironment(jinja2.Environment):
    compiled = 0

    def compile(self, *args, **kwargs):
        CountingEnvironment.compiled += 1
        return super().compile(*args, **kwargs)


def environment(source: str, plugin: SitePlugin) -> jinja2.Environment:
    return plugin.on_env(CountingEnvironment(loader=jinja2.DictLoader({"main.html": source})), None, None)


def test_a_template_is_compiled_once_for_both_builds():
    plugin = SitePlugin()
    CountingEnvironment.compiled = 0
    first = environment("{{ lang }}", plugin).get_template("main.html").render(lang="fr")
    second = environment("{{ lang }}", plugin).get_template("main.html").render(lang="en")
    assert (first, second, CountingEnvironment.compiled) == ("fr", "en", 1)


def test_a_changed_template_is_compiled_again():
    plugin = SitePlugin()
    CountingEnvironment.compiled = 0
    environment("old {{ lang }}", plugin).get_template("main.html").render(lang="fr")
    assert environment("new {{ lang }}", plugin).get_template("main.html").render(lang="fr") == "new fr"
    assert CountingEnvironment.compiled == 2


def test_two_plugins_compile_on_their_own():
    """The cache is the plugin's: nothing is left on a module for another run."""
    CountingEnvironment.compiled = 0
    environment("own {{ lang }}", SitePlugin()).get_template("main.html").render(lang="fr")
    environment("own {{ lang }}", SitePlugin()).get_template("main.html").render(lang="en")
    assert CountingEnvironment.compiled == 2
