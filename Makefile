# A newcomer needs two commands (see README.md):
#   make build   install everything in .venv, then build the site into site/
#   make test    install everything in .venv and node_modules, then run every
#                test (the browser gates need Debian's chromium,
#                chromium-driver and a Java runtime: .ci/run installs them)
# and, while writing:
#   make serve   preview at http://127.0.0.1:8000/ with live reload
#   make check   build, data, links, typography and translations: one line per problem
#   make translations   pages and data strings changed in one language only
#   make benchmark   build times and page weights (see BENCHMARKS.md)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Material for MkDocs prints a banner about MkDocs 2.0; this project pins MkDocs 1.x.
export NO_MKDOCS_2_WARNING := 1

.PHONY: build test serve check benchmark translations macro-docs clean

$(VENV)/installed: requirements.txt requirements-test.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt -c constraints.txt
	touch $@

# axe-core and the Nu Html Checker, for the quality gates.
node_modules/installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

build: $(VENV)/installed
	$(BIN)/mkdocs build --strict

test: $(VENV)/installed node_modules/installed
	$(BIN)/python -m pytest

benchmark: $(VENV)/installed
	$(BIN)/python scripts/benchmark.py

check: $(VENV)/installed
	@$(BIN)/python scripts/check.py

# Also run by the tests (tests/test_translations.py).
translations: $(VENV)/installed
	@$(BIN)/python scripts/translations.py

# The list of macros in CONTRIBUTING.md, after adding or changing a macro.
macro-docs: $(VENV)/installed
	$(BIN)/python scripts/macro_docs.py

serve: $(VENV)/installed
	$(BIN)/mkdocs serve --livereload

clean:
	rm -rf site build $(VENV) node_modules
