# daybook: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLES ?= ../shared/samples
DB ?= out/demo.db

.PHONY: setup system demo serve test lint gate bench lock clean

# What was tested, byte for byte: every dependency pinned with its hashes in requirements.lock
# (`make lock` refreshes it), then the project itself without resolving anything.
$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

setup: $(VENV)/.installed

demo: setup
	@mkdir -p out
	$(VENV)/bin/daybook ingest --db $(DB) --quiet $(SAMPLES)/digest-fr/2023-11-08.txt $(SAMPLES)/kremlin-en-2019/news
	$(VENV)/bin/daybook day 2023-11-08 --db $(DB) --format html -o out/2023-11-08.html
	$(VENV)/bin/daybook day 2023-11-08 --db $(DB) --format text
	@echo "Next: make serve, then open http://127.0.0.1:8000/"

serve: setup
	$(VENV)/bin/daybook serve --db $(DB) --host 127.0.0.1 --port 8000

# Debian packages the suite drives for real (PostgreSQL, Chromium, Apertium, Grammalecte); installed when
# we are root with apt-get, otherwise the suite says which tests it could not run.
system:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then .ci/system-packages; \
	else echo "not root with apt-get: PostgreSQL, browser and Apertium tests will be skipped"; fi

test: setup system
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check src tests eval bench
	$(VENV)/bin/mypy

gate: setup
	$(PY) eval/kremlin_gate.py --samples $(SAMPLES)/kremlin-en-2019
	$(PY) eval/enrich_gate.py --samples $(SAMPLES)
	$(PY) eval/translate_gate.py --samples $(SAMPLES)/kremlin-en-2019

bench: setup
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) bench/bench_ingest.py --samples $(SAMPLES)/kremlin-en-2019
	$(PY) bench/bench_search.py --samples $(SAMPLES)
	$(PY) bench/bench_web.py --samples $(SAMPLES)
	$(PY) bench/bench_enrich.py

# After changing dependencies in pyproject.toml: pins what they need (keeping the current pins
# where they still fit; `make lock UPGRADE=--upgrade` moves everything to the newest).
lock:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links --extra dev $(UPGRADE) \
		--output-file requirements.lock pyproject.toml

clean:
	rm -rf out build dist .pytest_cache .mypy_cache .ruff_cache
