# Supvisors: `make run` starts the demo cluster, `make test` runs everything CI checks.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

.PHONY: all venv deps generate check-generated lint test test-unit test-python test-java test-cpp test-tests test-security test-compat \
        dist run stop bench clean

all: test

# ---------------------------------------------------------------- set-up
# System packages (apt) for the C++ client and the Java client; idempotent and quiet when present.
deps:
	@bash scripts/install-deps.sh

$(STAMP): server/pyproject.toml clients/python/pyproject.toml tests/pyproject.toml pyproject.toml requirements-dev.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -r requirements-dev.txt -e server -e clients/python -e tests -e .
	@touch $(STAMP)

# Bytecode of the editable packages, as an installed wheel has it (pip compiles at install): a
# supervisord does not compile the plugin at every start (PYTHONDONTWRITEBYTECODE may be set).
venv: $(STAMP)
	@$(PY) -m compileall -q server/supvisors clients/python/supvisors_client >/dev/null

# ---------------------------------------------------------------- generator
generate: venv
	$(PY) -m codegen
	$(PY) scripts/doc_tables.py

check-generated: venv
	$(PY) -m codegen --check
	$(PY) scripts/doc_tables.py --check

lint: venv
	$(VENV)/bin/ruff check codegen server clients/python tests bench demo scripts

# ---------------------------------------------------------------- tests
test: deps venv check-generated lint test-python test-java test-cpp test-tests test-security test-compat dist

# The fast loop: unit tests only (no daemon; a live test's file ends in _live.py).
test-unit: venv
	$(PY) -m pytest -q -p no:cacheprovider codegen/tests server/tests clients/python/tests --ignore-glob='*_live.py'

test-python: venv
	$(PY) -m pytest -q codegen/tests server/tests clients/python/tests

test-java: venv
	@if [ -f clients/java/Makefile ]; then $(MAKE) -C clients/java test PY=$(abspath $(PY)); \
	 else echo "java client: not built yet"; fi

test-cpp: venv
	@if [ -f clients/cpp/Makefile ]; then $(MAKE) -C clients/cpp test PY=$(abspath $(PY)); \
	 else echo "c++ client: not built yet"; fi

test-tests: venv
	@if [ -d tests/cross ]; then $(PY) -m pytest -q tests/cross; else echo "cross-language suite: not built yet"; fi

# Replays, forgeries, clock steps, floods and CURVE against a live cluster (tests/security/README.md).
test-security: venv
	$(PY) -m pytest -q tests/security

# Programs, files and settings written for the original Supvisors, against a live cluster (tests/compat);
# its Java program uses the Apache XML-RPC jars that test-java fetched.
test-compat: venv
	$(PY) -m pytest -q tests/compat

# ---------------------------------------------------------------- release
# The packages of VERSION, each checked as a user would take it (scripts/dist.sh; README "Releases"):
# wheels + sdists (twine check, a fresh venv), the Java jars (a consumer project), the C++ archives
# (consumers through find_package and pkg-config).
dist: deps venv
	bash scripts/dist.sh $(abspath $(PY))

# ---------------------------------------------------------------- demo
run: venv
	$(PY) -m demo start

stop: venv
	$(PY) -m demo stop

bench: venv
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) run dist build clients/java/target clients/cpp/build
