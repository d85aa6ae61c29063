# ArticleWatch. Quick start: `make run` (daemon in the foreground on config.json), `make test` (every test).
SWIFT ?= swift
CONFIG ?= config.json

.PHONY: all deps build release run test clean torture fuzz bounds

all: build

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product articlewatch

run: release
	.build/release/articlewatch run --config $(CONFIG)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Long versions of the fault tests (issue 8): 1,000 SIGKILLs in each crash loop, 50,000 files past the
# inotify queue, 50 kills during multi-megabyte appends. `make test` runs the short versions.
TORTURE_KILLS ?= 1000
TORTURE_FILES ?= 10000
torture: deps
	$(SWIFT) build --build-tests
	ARTICLEWATCH_CRASH_KILLS=$(TORTURE_KILLS) ARTICLEWATCH_CRASH_FILES=$(TORTURE_FILES) ARTICLEWATCH_BURST_FILES=50000 \
	ARTICLEWATCH_POWERLOSS_KILLS=50 \
	$(SWIFT) test --skip-build --no-parallel --filter 'TortureTests|ReliabilityTests|PathFaultTests|HostileInputTests|FaultTests'

# libFuzzer over the analysis entry point for FUZZ_SECONDS (built outside SwiftPM by scripts/fuzz.sh).
FUZZ_SECONDS ?= 300
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

# Time and peak memory of the analysis on pathological inputs of 1, 2, 4 and 8 MB.
bounds:
	$(SWIFT) build -c release --product articlewatch-eval
	.build/release/articlewatch-eval bounds 1 2 4 8

clean:
	rm -rf .build var
