# NIA briefing: build the Swift package and run the staged pipeline
#   Pipeline/sources/*.txt --ingest--> documents --extract--> facts
#     --aggregate--> Output/<YEAR>/series.json --render--> Output/<YEAR>/briefing-<YEAR>.pdf
# `make` (or `make help`) lists the targets.
#
# Staleness is tracked with real files, so only stale stages rerun:
#   Output/.work/<key>/sources.manifest   names + sha256 of SOURCES/*.txt, rewritten only on change
#   Output/.work/<key>/ingest.stamp       <- manifest, Pipeline/traditional-to-simplified.tsv, Pipeline/grammar.json, ingest binary
#   Output/.work/<key>/extract.stamp      <- ingest.stamp, Pipeline/metrics.json, Pipeline/grammar.json, extract binary
#   Output/<YEAR>/series.json, facts.csv  <- extract.stamp, catalog, aggregate binary, selected-<YEAR>.sources
#   Output/<YEAR>/briefing-<YEAR>.pdf     <- series.json, templates.manifest, render binary
# <key> is a short hash of the absolute SOURCES path, so documents of one SOURCES folder
# never mix with another's; Output/.work/selected-<YEAR>.sources records which folder the
# year's outputs were made from, so switching SOURCES reruns aggregate and render.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
# The stages are sequential anyway; serial order also guarantees `build` finishes before
# make looks at the binaries' timestamps.
.NOTPARALLEL:
MAKEFLAGS += --no-builtin-rules
.SUFFIXES:

# ---- user settings ---------------------------------------------------------------------
SOURCES ?= Pipeline/sources
YEAR    ?=
CONFIG  ?= debug
SWIFT   ?= swift
BENCH_ARGS ?=
TEST_ARGS  ?=

CATALOG   := Pipeline/metrics.json
GRAMMAR   := Pipeline/grammar.json
TRADITIONAL := Pipeline/traditional-to-simplified.tsv
TEMPLATES := Templates
OUT       := Output
WORKROOT  := $(OUT)/.work
PACKAGES  := libcairo2-dev libpango1.0-dev pkg-config poppler-utils qpdf fonts-dejavu-core fonts-wqy-microhei

# The Swift toolchain lives in /opt/swift on the project's machines; use it when it is not on PATH.
ifeq ($(shell command -v $(SWIFT) 2>/dev/null),)
  ifneq ($(wildcard /opt/swift/usr/bin/swift),)
    export PATH := /opt/swift/usr/bin:$(PATH)
  endif
endif

# Single-quote a value for the shell: SOURCES may hold spaces or quotes.
sq = '$(subst ','\'',$(1))'

.PHONY: help setup build test bench report facts clean distclean FORCE
FORCE:

# ---- argument checks (before any work) --------------------------------------------------
ifneq ($(filter report,$(MAKECMDGOALS)),)
  ifeq ($(strip $(YEAR)),)
    $(error YEAR is required, e.g. make report YEAR=2024)
  endif
endif
ifneq ($(strip $(YEAR)),)
  ifeq ($(shell [[ $(call sq,$(YEAR)) =~ ^[0-9]{4}$$ ]] && echo ok),)
    $(error YEAR must be a four-digit year such as 2024, not '$(YEAR)')
  endif
endif

# ---- help -------------------------------------------------------------------------------
help:
	@echo 'NIA briefing: turns NIA press releases (Pipeline/sources/*.txt) into a yearly PDF briefing.'
	@echo
	@echo 'Targets:'
	@echo '  make report YEAR=2024   set up, build, run ingest/extract/aggregate/render: Output/2024/briefing-2024.pdf, facts.csv, series.json'
	@echo '  make facts              ingest and extract every source: Output/facts.csv and Output/facts/<id>.json (nothing aggregated)'
	@echo '  make test               set up, build, run every test (swift test)'
	@echo '  make setup              install the missing Debian packages (cairo, pango, poppler, qpdf, fonts)'
	@echo '  make build              swift build (CONFIG=debug|release)'
	@echo '  make bench              swift build -c release, then run the bench executable'
	@echo '  make clean              remove everything generated under Output/ and the Swift build products'
	@echo '  make distclean          clean, and remove .build/ entirely (fetched packages included)'
	@echo '  make help               this list'
	@echo
	@echo 'Variables: SOURCES=<dir> (default Pipeline/sources; any folder, spaces allowed), YEAR=<yyyy>,'
	@echo '           CONFIG=debug|release, V=1 (verbose build), TEST_ARGS=... (e.g. --filter Extract), BENCH_ARGS=...'

# ---- setup, build, test, bench --------------------------------------------------------------
setup:
	@bash scripts/setup $(PACKAGES)

# Quiet unless V=1 (errors and warnings still show); `swift build` relinks nothing when
# nothing changed, so the stages' binaries keep their mtimes.
build: setup
	@echo "==> swift build -c $(CONFIG)$(if $(V),, (quiet: V=1 shows progress))"
	@$(SWIFT) build -c $(CONFIG) $(if $(V),,-q)

test: setup build
	$(SWIFT) test $(TEST_ARGS)

bench: setup
	$(SWIFT) build -c release --product bench
	@"$$($(SWIFT) build -c release --show-bin-path | tail -n 1)/bench" "$$PWD" $(BENCH_ARGS)

# ---- the pipeline -------------------------------------------------------------------------
ifneq ($(filter report facts,$(MAKECMDGOALS)),)

SOURCES_ABS := $(shell cd -- $(call sq,$(SOURCES)) 2>/dev/null && pwd -P)
ifeq ($(SOURCES_ABS),)
  $(error SOURCES folder not found: $(SOURCES))
endif
SOURCES_KEY := $(shell printf '%s' $(call sq,$(SOURCES_ABS)) | sha256sum | cut -c1-12)

# Where `swift build -c $(CONFIG)` puts the executables, relative to the repository (so the
# repository's own path may contain spaces).
BIN := $(shell p=$$($(SWIFT) build -c $(CONFIG) --show-bin-path 2>/dev/null | tail -n 1) && [[ -n $$p ]] && realpath -m --relative-to=. "$$p")
ifeq ($(BIN),)
  $(error cannot find the Swift build folder: is swift ($(SWIFT)) installed and on PATH?)
endif
BINARIES := $(BIN)/ingest $(BIN)/extract $(BIN)/aggregate $(BIN)/render

WORK          := $(WORKROOT)/$(SOURCES_KEY)
SRC_MANIFEST  := $(WORK)/sources.manifest
DOCS          := $(WORK)/documents
FACTS_DIR     := $(WORK)/facts
FACTS_CSV     := $(WORK)/facts.csv
INGEST_STAMP  := $(WORK)/ingest.stamp
EXTRACT_STAMP := $(WORK)/extract.stamp
TPL_MANIFEST  := $(WORKROOT)/templates.manifest

$(WORKROOT) $(WORK):
	@mkdir -p $@

# Manifests and selection records are checked on every run (FORCE) but rewritten only when
# their content changes, so their mtimes move only on a real change.
$(SRC_MANIFEST): FORCE | $(WORK)
	@bash scripts/manifest --name '*.txt' $(call sq,$(SOURCES_ABS)) $@

$(TPL_MANIFEST): FORCE | $(WORKROOT)
	@bash scripts/manifest --recursive --optional $(TEMPLATES) $@

$(WORKROOT)/selected-%.sources: FORCE | $(WORKROOT)
	@printf '%s\n' $(call sq,$(SOURCES_ABS)) | bash scripts/update-if-changed $@

# The binaries come from `make build` (a prerequisite of report and facts, run first).
$(BINARIES):
	@[[ -x $@ ]] || { echo "missing $@: run make build" >&2; exit 1; }

$(INGEST_STAMP): $(SRC_MANIFEST) $(TRADITIONAL) $(GRAMMAR) $(BIN)/ingest
	@rm -rf $(DOCS).tmp && mkdir -p $(DOCS).tmp
	@bash scripts/stage $(BIN)/ingest --sources $(call sq,$(SOURCES_ABS)) --traditional $(TRADITIONAL) --grammar $(GRAMMAR) --out $(DOCS).tmp
	@rm -rf $(DOCS) && mv $(DOCS).tmp $(DOCS) && touch $@

$(EXTRACT_STAMP): $(INGEST_STAMP) $(CATALOG) $(GRAMMAR) $(BIN)/extract
	@rm -rf $(FACTS_DIR).tmp $(FACTS_CSV).tmp && mkdir -p $(FACTS_DIR).tmp
	@bash scripts/stage $(BIN)/extract --documents $(DOCS) --catalog $(CATALOG) --out $(FACTS_DIR).tmp --csv $(FACTS_CSV).tmp
	@[[ -f $(FACTS_CSV).tmp ]] || { echo "extract exited 0 but wrote no $(FACTS_CSV).tmp" >&2; exit 1; }
	@rm -rf $(FACTS_DIR) && mv $(FACTS_DIR).tmp $(FACTS_DIR) && mv -f $(FACTS_CSV).tmp $(FACTS_CSV) && touch $@

# -- make facts
FACTS_OUT_CSV := $(OUT)/facts.csv
FACTS_OUT_DIR := $(OUT)/facts
FACTS_MTIME0  := $(shell stat -c %y $(FACTS_OUT_CSV) 2>/dev/null)

$(FACTS_OUT_CSV) $(FACTS_OUT_DIR) &: $(EXTRACT_STAMP) $(WORKROOT)/selected-facts.sources
	@rm -rf $(FACTS_OUT_DIR).tmp && cp -R $(FACTS_DIR) $(FACTS_OUT_DIR).tmp
	@rm -rf $(FACTS_OUT_DIR) && mv $(FACTS_OUT_DIR).tmp $(FACTS_OUT_DIR)
	@cp $(FACTS_CSV) $(FACTS_OUT_CSV).tmp && mv -f $(FACTS_OUT_CSV).tmp $(FACTS_OUT_CSV)
	@touch $(FACTS_OUT_DIR) $(FACTS_OUT_CSV)

facts: setup build $(FACTS_OUT_CSV) $(FACTS_OUT_DIR)
	@if [[ "$$(stat -c %y $(FACTS_OUT_CSV))" == $(call sq,$(FACTS_MTIME0)) ]]; then \
	    echo "$(FACTS_OUT_CSV) is up to date"; \
	else \
	    echo "wrote $(FACTS_OUT_CSV) and $(FACTS_OUT_DIR)/ from "$(call sq,$(SOURCES_ABS)); \
	fi

# -- make report YEAR=...
ifneq ($(strip $(YEAR)),)
YEAR_DIR   := $(OUT)/$(YEAR)
SERIES     := $(YEAR_DIR)/series.json
YEAR_CSV   := $(YEAR_DIR)/facts.csv
PDF        := $(YEAR_DIR)/briefing-$(YEAR).pdf
PDF_MTIME0 := $(shell stat -c %y $(PDF) 2>/dev/null)

# aggregate creates Output/<YEAR> itself and writes nothing when the year has no release:
# make must not create that folder beforehand.
$(SERIES) $(YEAR_CSV) &: $(EXTRACT_STAMP) $(CATALOG) $(BIN)/aggregate $(WORKROOT)/selected-$(YEAR).sources
	@bash scripts/stage $(BIN)/aggregate --facts $(FACTS_DIR) --catalog $(CATALOG) --year $(YEAR) --out $(YEAR_DIR)
	@for f in $(SERIES) $(YEAR_CSV); do [[ -f $$f ]] || { echo "aggregate exited 0 but wrote no $$f" >&2; exit 1; }; done
	@touch $(SERIES) $(YEAR_CSV)

$(PDF): $(SERIES) $(YEAR_CSV) $(TPL_MANIFEST) $(BIN)/render
	@bash scripts/stage $(BIN)/render --series $(SERIES) --templates $(TEMPLATES) --out $@
	@[[ -f $@ ]] || { echo "render exited 0 but wrote no $@" >&2; exit 1; }
	@touch $@

report: setup build $(SERIES) $(YEAR_CSV) $(PDF)
	@if [[ "$$(stat -c %y $(PDF))" == $(call sq,$(PDF_MTIME0)) ]]; then \
	    echo "$(PDF) is up to date"; \
	else \
	    echo "wrote $(PDF), $(YEAR_CSV) and $(SERIES) from "$(call sq,$(SOURCES_ABS)); \
	fi
endif

endif # report or facts

# ---- cleaning ---------------------------------------------------------------------------------
clean:
	@find $(OUT) -mindepth 1 -maxdepth 1 ! -name .gitkeep -exec rm -rf {} +
	$(SWIFT) package clean

distclean: clean
	rm -rf .build
