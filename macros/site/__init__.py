"""The site's assembly, pure functions of HTML and addresses that the
plugin (macros/plugin/) calls: HTML blocks kept from Markdown, the finishing
of a page, the one-page plan, search per language, the pages written outside
MkDocs' pages, page addresses, the "Report a problem" link, page safety."""
