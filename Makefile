# parley: `make run` opens the REPL, `make test` runs every test. Both install what they need.
SWIFT      ?= swift
CONFIG     ?= debug
BIN_DIR     = $(shell $(SWIFT) build -c $(CONFIG) --show-bin-path 2>/dev/null)
SHARED     ?= ../shared
UNAME      := $(shell uname -s)

.PHONY: all setup build release run test bench fuzz clean

all: build

# Debian: install libedit's headers (and tmux and less for the terminal tests) when missing.
# macOS ships libedit with the system.
setup:
ifeq ($(UNAME),Linux)
	@missing=""; \
	pkg-config --exists libedit 2>/dev/null || missing="$$missing libedit-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v less >/dev/null 2>&1 || missing="$$missing less"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get install -y $$missing >/dev/null 2>&1 || \
	  { $$SUDO apt-get update >/dev/null && $$SUDO apt-get install -y $$missing; }; \
	fi
endif

build: setup
	$(SWIFT) build -c $(CONFIG)

# The binary to install: optimised, with the Swift libraries linked in (start-up about a fifth
# faster than linking them at run time, for a binary of about 80 MB; README, Performance). On
# Linux it is position-dependent (-no-pie): the loader then applies none of the 81,000
# relocations a position-independent one needs, and start-up touches a third fewer pages
# (README, Performance); the price is no address randomisation of parley's own code.
RELEASE_LINK := $(if $(filter Linux,$(UNAME)),-Xlinker -no-pie,)
release: setup
	$(SWIFT) build -c release --static-swift-stdlib $(RELEASE_LINK) --scratch-path .build-static
	@echo "parley: $$($(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/parley"

run: build
	@$(BIN_DIR)/parley

test: build
	PARLEY_BIN=$(BIN_DIR)/parley $(SWIFT) test
	@for script in scenarios/*.parley; do \
	  echo "replaying $$script"; \
	  $(BIN_DIR)/parley "$$script" >/dev/null || exit 1; \
	done
	@if [ -d "$(SHARED)/seeds" ] && [ -f seeds/sources.yaml ]; then \
	  echo "verifying seed quotes against $(SHARED)/seeds"; \
	  $(BIN_DIR)/parley sources --verify $(SHARED)/seeds; \
	fi

# Renders the teaching scenario's briefing to PNG with headless Chromium, for a person to look at.
PREVIEW_SCENARIO ?= scenarios/teach-sanctions-squeeze.parley
PREVIEW_DIR      ?= .build/briefing-preview
# e.g. PREVIEW_SCENARIO=scenarios/teach-summit.parley PREVIEW_FLAGS=--compare
PREVIEW_FLAGS    ?=
briefing-preview: build
	@command -v chromium >/dev/null 2>&1 || { SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get install -y chromium >/dev/null 2>&1 || \
	  { $$SUDO apt-get update >/dev/null && $$SUDO apt-get install -y chromium; }; }
	@command -v pdftoppm >/dev/null 2>&1 || { SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get install -y poppler-utils >/dev/null 2>&1 || \
	  { $$SUDO apt-get update >/dev/null && $$SUDO apt-get install -y poppler-utils; }; }
	@mkdir -p $(PREVIEW_DIR)
	$(BIN_DIR)/parley $(PREVIEW_SCENARIO) -c 'simulate 1000 seed=1' \
	  -c 'brief $(PREVIEW_DIR)/briefing.html --instructor --force $(PREVIEW_FLAGS)' >/dev/null
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,8000 \
	  --screenshot=$(abspath $(PREVIEW_DIR))/briefing.png file://$(abspath $(PREVIEW_DIR))/briefing.html 2>/dev/null
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
	  --print-to-pdf=$(abspath $(PREVIEW_DIR))/briefing.pdf file://$(abspath $(PREVIEW_DIR))/briefing.html 2>/dev/null
	pdftoppm -png -r 70 $(PREVIEW_DIR)/briefing.pdf $(PREVIEW_DIR)/page
	@echo "briefing: $(PREVIEW_DIR)/briefing.html, .png, .pdf and page-NN.png (one per printed page)"

clean:
	rm -rf .build

# Benchmarks (issue 6): release builds, the package-benchmark suite in Benchmarks/, the scaling
# fit, hyperfine and /usr/bin/time. Not part of `make test`. Results in Benchmarks/results/.
bench: setup
	Benchmarks/bench.sh

# Fuzzing (issue 7): libFuzzer targets in the separate Fuzz/ package, built with
# -sanitize=fuzzer,address and run one after another for FUZZ_SECONDS each. Not part of
# `make test`. Logs, new corpus entries and crash artefacts go to Fuzz/.runs/ (ignored);
# docs/RELIABILITY.md has the targets and the figures.
FUZZ_SECONDS ?= 60
fuzz: setup
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) Fuzz/fuzz.sh
