# Conseil commun — the two commands of the README, and their parts.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install db lint format bench clean-data

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

## run: install, start the embedded database, migrate, create the demo, serve on :8000
run: $(STAMP)
	$(PY) manage.py migrate_schemas --noinput -v 0
	$(PY) manage.py setup_demo
	@$(PY) manage.py demo_banner
	$(PY) manage.py runserver 127.0.0.1:8000

## test: the whole test suite on a throwaway embedded database (or DATABASE_URL)
test: $(STAMP)
	$(VENV)/bin/pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .

bench: $(STAMP)
	$(PY) bench/provision.py

clean-data:
	rm -rf .data
