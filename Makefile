# Nerima industry & tourism site: every day-to-day command. `make help` lists them.
#
# Only Python 3.11 (with its venv module) is needed on the machine: uv is installed
# from PyPI into .tools/, and uv installs the locked dependencies into .venv/.

SHELL := /bin/bash
.DEFAULT_GOAL := help

HOST ?= 127.0.0.1
PORT ?= 8000
# Links in development emails point at the server `make run` starts (a server on every
# interface is reached on the loopback address).
LINK_HOST := $(if $(filter 0.0.0.0 ::,$(HOST)),127.0.0.1,$(HOST))
WAGTAILADMIN_BASE_URL ?= http://$(LINK_HOST):$(PORT)
PYTHON ?= $(shell command -v python3.11 || command -v python3)

UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
UV_STAMP := $(TOOLS)/uv-$(UV_VERSION).installed
VENV := .venv
PY := $(VENV)/bin/python
LANGUAGES := ja en zh_Hans zh_Hant ko

# uv uses the machine's Python 3.11 and never downloads an interpreter of its own.
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON_PREFERENCE := only-system

# Commands a developer runs talk to the development settings, whatever the shell has set.
DEV := DJANGO_SETTINGS_MODULE=config.settings.dev $(PY) manage.py

.PHONY: help run test lint format demo-data messages translations vendor-leaflet install install-dev serve-prod bench-serving

help: ## List the commands
	@echo "Usage: make <command>   (HOST=$(HOST) PORT=$(PORT) can be overridden for 'run' and 'serve-prod')"
	@echo
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-13s %s\n", $$1, $$2}'

run: install translations ## Set up, migrate, load the demo data and serve on http://HOST:PORT
	$(DEV) migrate --noinput
	$(DEV) seed_demo
	@WAGTAILADMIN_BASE_URL=$(WAGTAILADMIN_BASE_URL) $(DEV) demo_accounts
	WAGTAILADMIN_BASE_URL=$(WAGTAILADMIN_BASE_URL) $(DEV) runserver $(HOST):$(PORT)

serve-prod: install translations ## Migrate, collect static files and serve on HOST:PORT through Varnish (FRONT_CACHE=off: gunicorn alone; needs DATABASE_URL...)
	HOST=$(HOST) PORT=$(PORT) scripts/serve-prod

test: install-dev ## Run the whole suite: checks, SQLite, PostgreSQL (if reachable), browser tests
	scripts/run-tests

lint: install-dev ## Check Python (ruff), template (djhtml) style and the import contracts (lint-imports)
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates

format: install-dev ## Fix Python and template style in place
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

bench-serving: install translations ## Varnish vs gunicorn vs nginx on the demo pages (ARGS="--reference main --json ...")
	$(PY) scripts/bench_serving.py $(ARGS)

demo-data: install translations ## Migrate and (re)load the demo content; safe to repeat
	$(DEV) migrate --noinput
	$(DEV) seed_demo

messages: install-dev ## Extract UI strings into locale/*.po (needs GNU gettext), then compile them
	@command -v xgettext >/dev/null || { echo "makemessages needs GNU gettext: apt-get install -y gettext" >&2; exit 1; }
	mkdir -p locale
	$(DEV) makemessages $(addprefix --locale=,$(LANGUAGES)) --ignore='var/*' --ignore='tests/*'
	$(MAKE) --no-print-directory translations

vendor-leaflet: ## Re-copy Leaflet from npm into static/vendor/leaflet/ (VERSION=1.9.4; needs npm)
	scripts/vendor-leaflet $(VERSION)

translations: install ## Compile locale/*.po to .mo (pure Python, no gettext needed)
	$(PY) scripts/compile_messages.py

install: $(UV_STAMP) ## Install the locked runtime dependencies into .venv
	$(UV) sync --locked --no-dev --inexact

install-dev: $(UV_STAMP) ## Install the locked runtime and development dependencies into .venv
	$(UV) sync --locked

# uv lives in its own virtual environment so that `uv sync` never removes it.
$(UV_STAMP):
	@test -n "$(PYTHON)" || { echo "Python 3.11 is needed: apt-get install -y python3 python3-venv" >&2; exit 1; }
	rm -rf $(TOOLS)
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	touch $@
