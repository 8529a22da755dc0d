# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install demo bench clean office

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Open the app; an empty book gets a demo book first.
run: $(STAMP)
	$(BIN)/agent-desk gui --demo

## Install and run the whole suite headless.
test: $(STAMP)
	.ci/system-packages
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## Run the home-office server on 127.0.0.1:8765.
office: $(STAMP)
	$(BIN)/agent-desk-office serve

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/demo_book.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/search.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py
	$(BIN)/python bench/planner.py
	$(BIN)/python bench/proposal.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/followups.py
	$(BIN)/python bench/sync.py

clean:
	rm -rf $(VENV) build dist *.egg-info
