# One-word commands. Each target creates the virtual environment and installs
# what it needs when missing, so a fresh machine needs only Python 3.11 and make.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BASE := $(VENV)/.installed-base
TESTDEPS := $(VENV)/.installed-test
# The tests' Matrix homeserver, in its own venv so its pins never meet the app's.
SYNAPSE := .synapse-venv/.installed

.PHONY: demo test lint format quality bench clean

$(BASE): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(TESTDEPS): $(BASE)
	$(PY) -m pip install -q -e '.[test]'
	# Browser tests drive Debian's chromium through Playwright (never `playwright install`).
	command -v chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }
	touch $@

$(SYNAPSE):
	test -x .synapse-venv/bin/python || $(PYTHON) -m venv .synapse-venv
	.synapse-venv/bin/python -m pip install -q --upgrade pip
	.synapse-venv/bin/python -m pip install -q 'matrix-synapse>=1.160,<2'
	touch $@

demo: $(BASE)
	$(VENV)/bin/veille demo

test: $(TESTDEPS) $(SYNAPSE)
	$(PY) tests/servers/run_with_servers.py -- $(PY) -m pytest $(PYTEST_ARGS)

lint: $(TESTDEPS)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(TESTDEPS)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

quality: $(BASE)
	$(PY) bench/quality.py

bench: $(TESTDEPS)
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) .synapse-venv data/demo .ci-tmp test-artifacts  # never the data folder itself
