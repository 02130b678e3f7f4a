"""The Open Government site's own package: the plan's data (macros/data/),
its words in both languages (macros/language/), the renderers that turn it
into HTML (macros/render/), the assembly of the pages (macros/site/) and the
MkDocs plugin that runs it all (macros/plugin/)."""
