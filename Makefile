# One-word commands. Each target creates the virtual environment and installs
# what it needs when missing, so a fresh machine needs only Python 3.11 and make.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BASE := $(VENV)/.installed-base
DEVDEPS := $(VENV)/.installed-dev
TESTDEPS := $(VENV)/.installed-test
# The tests' Matrix homeserver, in its own venv so its pins never meet the app's.
SYNAPSE := .synapse-venv/.installed
# What the browser tests inject into pages (axe-core), from its hash-checked npm lock file.
AXE := tools/browser/node_modules/axe-core/axe.min.js

.PHONY: demo test lint typecheck format messages quality train bench lighthouse lock clean

# Dependencies are installed from hash-checked lock files (requirements/*.lock);
# `make lock` refreshes them after a change to pyproject.toml or requirements/synapse.in.
LOCKED := $(PY) -m pip install -qq --require-hashes --no-deps -r

$(BASE): pyproject.toml requirements/base.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -qq --upgrade pip
	$(LOCKED) requirements/base.lock
	$(PY) -m pip install -qq --no-deps -e .
	touch $@

$(DEVDEPS): $(BASE) requirements/test.lock
	$(LOCKED) requirements/test.lock
	touch $@

$(TESTDEPS): $(DEVDEPS) $(AXE)
	# Browser tests drive Debian's chromium through Playwright (never `playwright install`).
	command -v chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }
	touch $@

$(AXE): tools/browser/package-lock.json
	command -v npm >/dev/null || { apt-get update -q && apt-get install -y -q npm; }
	npm ci --prefix tools/browser --no-audit --no-fund --loglevel=error
	touch $@

$(SYNAPSE): requirements/synapse.lock
	test -x .synapse-venv/bin/python || $(PYTHON) -m venv .synapse-venv
	.synapse-venv/bin/python -m pip install -qq --upgrade pip
	.synapse-venv/bin/python -m pip install -qq --require-hashes --no-deps -r requirements/synapse.lock
	touch $@

demo: $(BASE)
	$(VENV)/bin/veille demo

test: $(TESTDEPS) $(SYNAPSE)
	$(PY) tests/servers/run_with_servers.py -- $(PY) -m pytest $(PYTEST_ARGS)

lint: $(DEVDEPS)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) tools/typecheck.py

typecheck: $(DEVDEPS)
	$(PY) tools/typecheck.py

format: $(DEVDEPS)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Extract the messages of code and templates (pybabel) and update veille/locales/*/messages.po;
# then write the words of every new message in fr, nl and en (tests/test_catalogues.py checks).
messages: $(BASE)
	$(PY) tools/messages.py

quality: $(BASE)
	$(PY) bench/quality.py

# Rebuild the learned second opinion's weights (config/defaults/second_opinion.json) from the
# rules' verdicts of before each blind set's release; deterministic (docs/quality.md, round 14).
train: $(BASE)
	$(PY) tools/train_second_opinion.py

bench: $(TESTDEPS)
	$(PY) bench/run_all.py

# Lighthouse (mobile) on the demo's digest site, offline, with Debian's chromium.
LIGHTHOUSE := tools/lighthouse/node_modules/lighthouse/cli/index.js
$(LIGHTHOUSE): tools/lighthouse/package-lock.json
	command -v npm >/dev/null || { apt-get update -q && apt-get install -y -q npm; }
	npm ci --prefix tools/lighthouse --no-audit --no-fund --loglevel=error
	touch $@

lighthouse: $(TESTDEPS) $(LIGHTHOUSE)
	$(PY) bench/lighthouse.py

# Refresh the lock files (needs the package index); commit what changes.
LOCK := $(VENV)/bin/pip-compile -q --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
lock: $(BASE)
	$(PY) -m pip install -qq pip-tools
	$(LOCK) -o requirements/base.lock pyproject.toml
	$(LOCK) --extra test -o requirements/test.lock pyproject.toml
	$(LOCK) -o requirements/synapse.lock requirements/synapse.in

clean:
	rm -rf $(VENV) .synapse-venv data/demo .ci-tmp test-artifacts  # never the data folder itself
