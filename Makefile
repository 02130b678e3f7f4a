# A newcomer needs two commands (see README.md):
#   make build   install everything in .venv, then build the site into site/
#   make test    install everything in .venv and node_modules, then run every
#                test (the browser gates need Debian's chromium,
#                chromium-driver, a Java runtime and poppler-utils: .ci/run installs them)
# and, while writing:
#   make serve   preview at http://127.0.0.1:8000/ with live reload; it keeps
#                serving through mistakes and shows them in the browser
#                (another address: make serve ADDR=127.0.0.1:8001)
#   make check   build, data, menu, links and translations: one problem each, with its file and line
#   make translations   pages and data strings changed in one language only
#   make reviewed ITEM=section-01.md   marks one reviewed, as make translations suggests
#   make benchmark   build times and page weights, then Lighthouse on every
#                page, mobile (see BENCHMARKS.md; about an hour)
#   make constraints constraints.txt again, with hashes, after a requirement changes
#   make approved    source/approved-plan.yml from data/plan.yml (maintainers, once)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Material for MkDocs prints a banner about MkDocs 2.0; this project pins MkDocs 1.x.
export NO_MKDOCS_2_WARNING := 1

.PHONY: build test serve check benchmark translations reviewed macro-docs constraints approved clean

# Exactly the files of constraints.txt, checked by their hashes; then a check
# (no download) that it holds every requirement, and that they fit together;
# then the site's own package (macros/, with its MkDocs plugin), editable:
# built from this folder with the setuptools just installed, nothing downloaded.
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet
$(VENV)/installed: requirements.txt requirements-test.txt constraints.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes --no-deps -r constraints.txt
	$(PIP) install --no-deps --no-index -r requirements-test.txt
	$(PIP) install --no-deps --no-index --no-build-isolation --editable .
	$(PIP) check
	touch $@

# After changing requirements*.txt: constraints.txt again, with its hashes.
constraints:
	$(PYTHON) scripts/constraints.py

# axe-core and the Nu Html Checker, for the quality gates; Lighthouse, for the benchmark.
node_modules/installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Built into a temporary folder, moved to site/ only on success (scripts/build.py).
build: $(VENV)/installed
	$(BIN)/python scripts/build.py

test: $(VENV)/installed node_modules/installed
	$(BIN)/python -m pytest

benchmark: $(VENV)/installed node_modules/installed
	$(BIN)/python scripts/benchmark.py
	$(BIN)/python scripts/benchmark.py lighthouse

# On GitHub (the Tests workflow): make check CHECK_OPTIONS=--github
check: $(VENV)/installed
	@$(BIN)/python -m scripts.check $(CHECK_OPTIONS)

# Also run by the tests (tests/language/test_translations.py).
translations: $(VENV)/installed
	@$(BIN)/python -m scripts.translations

# Marks a translation reviewed, as make translations suggests:
# make reviewed ITEM=section-01.md
reviewed: $(VENV)/installed
	@$(BIN)/python -m scripts.translations --reviewed "$(ITEM)"

# The list of macros in CONTRIBUTING.md, after adding or changing a macro.
macro-docs: $(VENV)/installed
	$(BIN)/python -m scripts.macro_docs

# The approved plan's data, which the build holds data/plan.yml to: written
# once, when the site first publishes the plan (macros/data/approved.py).
approved: $(VENV)/installed
	$(BIN)/python -m scripts.approved

serve: $(VENV)/installed
	$(BIN)/python -m scripts.preview $(ADDR)

clean:
	rm -rf site build $(VENV) node_modules
