# daybook: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLES ?= ../shared/samples
DB ?= out/demo.db

.PHONY: setup demo test lint typecheck gate bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

demo: setup
	@mkdir -p out
	$(VENV)/bin/daybook ingest --db $(DB) --quiet $(SAMPLES)/digest-fr/2023-11-08.txt
	$(VENV)/bin/daybook day 2023-11-08 --db $(DB) --format html -o out/2023-11-08.html
	$(VENV)/bin/daybook day 2023-11-08 --db $(DB) --format text

test: setup
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check src tests eval bench
	$(VENV)/bin/mypy

gate: setup
	$(PY) eval/kremlin_gate.py --samples $(SAMPLES)/kremlin-en-2019

bench: setup
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) bench/bench_ingest.py --samples $(SAMPLES)/kremlin-en-2019

clean:
	rm -rf out build dist .pytest_cache .mypy_cache .ruff_cache
