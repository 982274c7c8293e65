# RehabDesk: `make run` opens the app on a demo centre, `make test` runs every check.
# Both create .venv and install the pinned dependencies (requirements.lock) on first use.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB := demo/centre.sqlite3

.PHONY: run test lint bench bench-national demo lock clean-demo translations update-translations installer \
	screenshots forms packing-dictionary

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	@touch $(STAMP)

$(DEMO_DB): | $(STAMP)
	@mkdir -p $(dir $(DEMO_DB))
	$(BIN)/rehabdesk --db $(DEMO_DB) demo --persons 2000

QM := resources/translations/rehabdesk_km.qm

$(QM): resources/translations/rehabdesk_km.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing UI strings: refresh the .ts, then translate the new entries in it.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(shell find rehabdesk/ui -name "*.py") -no-obsolete -ts resources/translations/rehabdesk_km.ts

run: $(STAMP) $(DEMO_DB) $(QM)
	$(BIN)/rehabdesk --db $(DEMO_DB)

demo: $(DEMO_DB)

clean-demo:
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB).before-* $(DEMO_DB).keys $(DEMO_DB).keys.lock

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n 2 -q

# The pictures in docs/: screens from the UI tests' own states, forms from fictional samples.
screenshots: $(STAMP)
	REHABDESK_SCREENSHOTS=$(CURDIR)/docs/screenshots QT_QPA_PLATFORM=offscreen \
		$(BIN)/pytest -q -p no:xdist tests/ui

forms: $(STAMP)
	$(BIN)/python -m rehabdesk.printing.samples docs/forms

# Every performance target: the centre's (a 200,000-person centre, built once and cached
# in bench/.cache), then headquarters' at national scale (bench-national); both always run,
# and make fails if either misses a target.
bench: $(STAMP)
	$(BIN)/python -m bench; centre=$$?; $(BIN)/python -m bench.national && exit $$centre

# Headquarters at national scale (issues #17, #18): 20 centres x 50,000 people into a
# PostgreSQL started here, then the national statistics on the same store: about 35 min.
# The 21 centres are built once (20-45 min) and cached in ~/.cache/rehabdesk-bench; the
# store needs about 25 GB of disk.
bench-national: $(STAMP)
	$(BIN)/python -m bench.national

# The next generation of the packed columns' dictionary (rehabdesk.db.packing), trained on a
# fictional demo centre; a released generation is never rewritten.
packing-dictionary: $(STAMP)
	$(BIN)/python -m bench.packing_dictionary

# A one-folder desktop bundle in dist/RehabDesk (run it on the OS it was built on).
installer: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[installer]"
	$(BIN)/pyinstaller --noconfirm installer/rehabdesk.spec

# Re-pin after changing dependencies in pyproject.toml (commit the result).
lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable --all | grep -v -E '^(pip|setuptools|wheel)==' > requirements.lock
