# Conseil commun — the two commands of the README, and their parts.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run worker test install lint format bench stop-db clean-data

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

## run: install, start the embedded database, migrate, create the demo, then serve on
## :8000 with the task worker (emails) beside the web server; Ctrl-C stops both
run: $(STAMP)
	$(PY) manage.py migrate_schemas --noinput -v 0
	$(PY) manage.py setup_demo
	@$(PY) manage.py demo_banner
	@$(PY) manage.py db_worker --backend portal_queue --interval 1 --no-reload & \
	worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:8000

## worker: the task worker alone (emails of dossiers, digests, reminders)
worker: $(STAMP)
	$(PY) manage.py db_worker --backend portal_queue

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
	$(PY) bench/resources.py
	$(PY) bench/advice.py

## stop-db: stop the embedded PostgreSQL, which outlives `make run` to be reused
stop-db: $(STAMP)
	$(PY) -c "import sys; sys.path.insert(0, 'site'); \
	from conseil_site.database import stop_embedded_database; stop_embedded_database()"

clean-data: stop-db
	rm -rf .data
