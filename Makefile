# Baclofen Desk — developer entry points. Everything runs inside .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check bench fuzz bundle bundle-check clean translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || \
	  { echo "Needs Python 3.11+ with venv (Debian: sudo apt-get install python3-venv)"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	$(BIN)/python -m baclofen_desk.ui.translation_catalogues build
	touch $(STAMP)

#: The window's compiled translations (built from the committed .ts sources, never committed).
QM := resources/translations/baclofen_desk_es.qm

$(QM): resources/translations/*.ts $(STAMP)
	$(BIN)/python -m baclofen_desk.ui.translation_catalogues build

## After changing window texts: refresh the .ts sources from the code, then translate
## what it lists as unfinished (pyside6-linguist, or by hand in the .ts file).
translations: $(STAMP)
	$(BIN)/python -m baclofen_desk.ui.translation_catalogues update

## Open the window (prints how to plan headless when there is no display).
run: $(STAMP) $(QM)
	$(BIN)/baclofen-desk

## The whole test suite, headless.
test: $(STAMP) $(QM)
	$(BIN)/python -m pytest

## ruff, mypy (strict) and the layer contracts.
lint: $(STAMP)
	$(BIN)/ruff check baclofen_desk tests benchmarks
	$(BIN)/ruff format --check baclofen_desk tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

check: lint test

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

## A million random valid requests through the planner, every design.md invariant checked.
fuzz: $(STAMP)
	$(BIN)/python -m benchmarks.fuzz --requests 1000000 --record

## Desktop bundle for this OS in dist/ (PyInstaller one-folder; see packaging/README.md).
bundle:
	test -x $(BIN)/python || $(MAKE) $(STAMP)
	$(BIN)/python -c 'import PyInstaller, importlib.metadata as m; m.version("baclofen-desk")' 2>/dev/null \
		|| $(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/python packaging/build_bundle.py

## Run the bundle in dist/ headless and check its contents and size.
bundle-check:
	$(BIN)/python packaging/bundle_check.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
