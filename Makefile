PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint format bench eval wheel clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP)

run: $(STAMP)
	$(BIN)/kg build seeds --out out

test: $(TEST_STAMP)
	$(BIN)/ruff check kg tests
	$(BIN)/python -m pytest -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check kg tests
	$(BIN)/ruff format --check kg tests

format: $(TEST_STAMP)
	$(BIN)/ruff format kg tests
	$(BIN)/ruff check --fix kg tests

bench: $(STAMP)
	$(BIN)/python -m kg.bench --docs 200

eval: $(STAMP)
	$(BIN)/python -m kg.bench.redocred

# A wheel with the ontology, rules and gazetteer inside (see README, "Installing as a package").
wheel: | $(BIN)/python
	$(BIN)/python -m pip wheel . --no-deps -w dist

clean:
	rm -rf out dist .pytest_cache
