# Two entry points for a newcomer: `make example` and `make test`.
# Both build the virtual environment first if it is missing or stale.
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: example test lint clean

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0   # the CPU wheel; must come before anything that depends on torch
	$(BIN)/pip install -q -c constraints.txt -e ".[dev]"
	touch $@

example: $(VENV)/.installed
	$(BIN)/frontwatch --db example.db run examples/
	$(BIN)/frontwatch --db example.db export --format docs-jsonl -o example.jsonl
	$(BIN)/frontwatch --db example.db export --format acled-csv -o example-acled.csv
	$(BIN)/frontwatch --db example.db show it_2022-11-11_kherson

test: $(VENV)/.installed
	$(BIN)/ruff check src tests bench training
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) example.db* example.jsonl example-acled.csv
