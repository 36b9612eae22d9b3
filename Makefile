# One task runner for people and CI. `make serve` and `make test` are all a new
# contributor needs; both create the environment from requirements.lock first.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PAGES  ?= docs
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The TensorFlow.js converter pins an older TensorFlow: it gets an environment of its own.
TFJS_VENV  := .venv-tfjs
TFJS_STAMP := $(TFJS_VENV)/.installed
# @tensorflow/tfjs for the JavaScript blocks of docs/deploy.md and the demo's bundle.
NODE_STAMP := node_modules/.installed

.DEFAULT_GOAL := help
# Silence Material's banner about its successor, printed on every build.
export NO_MKDOCS_2_WARNING := 1
# The lock targets' pip-tools (tools/compat.py pins the same for its locks).
PIP_TOOLS  := pip-tools==7.6.2
.PHONY: help env env-tfjs node-modules wheelhouse dist compat audit demo-assets serve build lint test coverage benchmarks notebooks update-outputs lock lock-tfjs clean

help:  ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 18

env: $(STAMP)  ## Create .venv from requirements.lock (only when the lock changed).

# The stamp is newer than the lock and pyproject.toml once they are installed, so a
# second `make test` installs nothing.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --editable .
	touch $@

env-tfjs: $(TFJS_STAMP)  ## Create .venv-tfjs (the TensorFlow.js converter) from requirements-tfjs.lock.

# Not in .venv: pip would replace TensorFlow 2.21 there with the older one tensorflowjs pins.
$(TFJS_STAMP): requirements-tfjs.lock
	test -x $(TFJS_VENV)/bin/python || $(PYTHON) -m venv $(TFJS_VENV)
	$(TFJS_VENV)/bin/python -m pip install --quiet --require-hashes --no-deps -r requirements-tfjs.lock
	touch $@

node-modules: $(NODE_STAMP)  ## Install node_modules/ from package-lock.json (npm ci; no install scripts).

$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

wheelhouse: $(STAMP)  ## Build the tfguide wheel and gather the locked wheels in .cache/wheelhouse (the tests' package index).
	$(BIN)/python tools/readerenv.py wheelhouse

dist: $(STAMP)  ## Build tfguide's wheel and sdist into dist/ and check them with twine.
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist .
	$(BIN)/twine check --strict dist/*

compat: $(STAMP)  ## Run every chapter in each runtime of pyproject.toml (Colab, TF 2.19, 2.22 RC); rewrite docs/compat/.
	$(BIN)/python tools/compat.py $(RUNTIMES)

audit: $(STAMP) $(NODE_STAMP)  ## Lighthouse (Debian's Chromium, offline), 3 runs per page of the built site: reports/audit.md.
	$(BIN)/python tools/audit.py

# The demo page's files: the TF.js bundle and a converted model, committed in docs/demo/ so
# that `mkdocs build` needs neither npm nor the converter. Rebuild after changing the model.
demo-assets: $(STAMP) $(TFJS_STAMP) $(NODE_STAMP)  ## Retrain and reconvert the model of the live demo into docs/demo/.
	$(BIN)/python snippets/deploy/make_demo_assets.py

serve: $(STAMP)  ## Serve the site at http://127.0.0.1:8000/tfguide/ with live reload.
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)  ## Build the site strictly into site/ (warnings are errors).
	$(BIN)/mkdocs build --strict --site-dir site

# Before pytest, not a test in tests/: it answers in a second, not after the
# suite, and it is no claim of the site's that the report should list.
lint: $(STAMP)  ## Ruff over the whole tree: lint and format check ([tool.ruff] in pyproject.toml).
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(STAMP) lint $(TFJS_STAMP) $(NODE_STAMP) wheelhouse  ## Run every test: ruff, pages (in reader environments), snippets, src/ and tools/ unit tests, site build, mike, demo.
	$(BIN)/python -m pytest

# Not part of make test: coverage's tracer made a page's program about a quarter slower (CONTRIBUTING.md).
coverage: $(STAMP) lint $(TFJS_STAMP) $(NODE_STAMP) wheelhouse  ## make test, measuring coverage of src/, snippets/ and tools/ (the pages' own processes too).
	$(BIN)/python -m pytest --cov --cov-report=term-missing:skip-covered

benchmarks: $(STAMP)  ## Re-run the benchmark snippets, rewrite docs/benchmarks/ and the notebooks that show them.
	$(BIN)/python tools/benchmarks.py
	$(BIN)/python tools/notebooks.py

notebooks: $(STAMP)  ## Make docs/notebooks/*.ipynb from their pages and execute them in fresh reader environments.
	$(BIN)/python tools/notebooks.py

update-outputs: $(STAMP) $(TFJS_STAMP) $(NODE_STAMP) wheelhouse  ## Rewrite the expected outputs of the pages (PAGES=docs/eager.md for one) from a fresh run; review the diff!
	$(BIN)/python -m pytest $(PAGES) --update-outputs -q --no-cov

lock:  ## Re-resolve requirements.lock from pyproject.toml (in a throwaway environment).
	$(PYTHON) -m venv .cache/lock-env
	.cache/lock-env/bin/python -m pip install --quiet $(PIP_TOOLS)
	.cache/lock-env/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	    --extra docs --extra test -o requirements.lock pyproject.toml

lock-tfjs:  ## Re-resolve requirements-tfjs.lock from requirements-tfjs.in (in a throwaway environment).
	$(PYTHON) -m venv .cache/lock-env
	.cache/lock-env/bin/python -m pip install --quiet $(PIP_TOOLS)
	.cache/lock-env/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	    -o requirements-tfjs.lock requirements-tfjs.in

clean:  ## Remove the environment and build outputs.
	rm -rf $(VENV) $(TFJS_VENV) node_modules .cache site build dist reports .pytest_cache .coverage .coverage.* htmlcov
