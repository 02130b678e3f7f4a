# A newcomer needs two commands (see README.md):
#   make build   install everything in .venv, then build the site into site/
#   make test    install everything in .venv, then run every test
# and, while writing:
#   make serve   preview at http://127.0.0.1:8000/ with live reload

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Material for MkDocs prints a banner about MkDocs 2.0; this project pins MkDocs 1.x.
export NO_MKDOCS_2_WARNING := 1

.PHONY: build test serve clean

$(VENV)/installed: requirements.txt requirements-test.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

build: $(VENV)/installed
	$(BIN)/mkdocs build --strict

test: $(VENV)/installed
	$(BIN)/python -m pytest

serve: $(VENV)/installed
	$(BIN)/mkdocs serve --livereload

clean:
	rm -rf site $(VENV)
