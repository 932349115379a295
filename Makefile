# FieldReport — `make run` starts the app, `make test` runs the tests.
# Both create .venv on first use and install the pinned dependencies.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run cli demo test lint format translations screenshots bench installer clean

$(STAMP): pyproject.toml constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[gui,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/fieldreport $(ARGS)

cli: $(STAMP)
	$(BIN)/fieldreport-cli $(ARGS)

demo: $(STAMP)
	$(BIN)/fieldreport --demo

test: $(STAMP)
	$(BIN)/ruff check fieldreport tests benchmarks
	$(BIN)/ruff format --check fieldreport tests benchmarks
	$(BIN)/python -m pytest -q -n auto --dist loadfile $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check fieldreport tests benchmarks
	$(BIN)/ruff format --check fieldreport tests benchmarks
	$(BIN)/mypy fieldreport

format: $(STAMP)
	$(BIN)/ruff check --fix fieldreport tests benchmarks
	$(BIN)/ruff format fieldreport tests benchmarks

translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python tools/screenshots.py

bench: $(STAMP)
	$(BIN)/python benchmarks/vault_bench.py
	$(BIN)/python benchmarks/startup_bench.py

# The frozen app for packagers (docs/packaging.md): dist/FieldReport/, built by
# build_installer.spec with the pinned PyInstaller, then proven: its own
# self-test, a command-line round trip whose bundle goes through the age child
# process, the window offscreen, portable mode, no test keys or developer paths.
# Reproducible (docs/packaging.md): the last commit's time stands in for "now" wherever
# a time is written, and Python's hash seed is fixed; set SOURCE_DATE_EPOCH to override.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
installer: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[gui,dev,installer]'
	rm -rf build/installer dist/FieldReport
	$(if $(SOURCE_DATE_EPOCH),SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH)) PYTHONHASHSEED=0 \
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--workpath build/installer --distpath dist build_installer.spec
	dist/FieldReport/fieldreport-cli self-test
	FIELDREPORT_FROZEN_APP=dist/FieldReport $(BIN)/python -m pytest -q -p no:cacheprovider \
		tests/packaging/test_frozen.py
	$(BIN)/python benchmarks/frozen_size.py dist/FieldReport

clean:
	rm -rf $(VENV) build dist *.egg-info
