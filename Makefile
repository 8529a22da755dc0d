# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install demo bench clean office translations installer installer-tools

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

## Update resources/translations/*.ts from every tr() in agent_desk/, then
## compile the .qm files the app loads (both are committed: run and test
## never need lupdate). English is the source language: its .ts holds only
## plural forms, should a text ever use %n.
TS_DIR := resources/translations
TS_TRANSLATED := $(TS_DIR)/agent_desk_zh_TW.ts $(TS_DIR)/agent_desk_zh_CN.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -source-language en \
		$$(find agent_desk -name '*.py' | LC_ALL=C sort) -ts $(TS_TRANSLATED)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -source-language en -pluralonly \
		$$(find agent_desk -name '*.py' | LC_ALL=C sort) -ts $(TS_DIR)/agent_desk_en.ts
	for ts in $(TS_DIR)/agent_desk_*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

## Build the app with PyInstaller (build_installer.spec) into dist/agent-desk/,
## for the OS it runs on. PyInstaller is pinned in pyproject's "installer" extra.
INSTALLER_STAMP := $(VENV)/.installer-tools
$(INSTALLER_STAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install --quiet -e '.[installer]'
	touch $@

installer-tools: $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP)
	.ci/system-packages
	$(BIN)/pyinstaller --noconfirm --clean build_installer.spec

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
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/encryption.py

clean:
	rm -rf $(VENV) build dist *.egg-info
