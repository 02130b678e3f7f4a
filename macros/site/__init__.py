"""The site's assembly, below the hooks: HTML blocks kept from Markdown, the
one-page plan, the pages written outside MkDocs' pages, page addresses."""
