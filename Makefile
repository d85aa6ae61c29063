# ArticleWatch. Quick start: `make run` (daemon in the foreground on config.json), `make test` (every test).
SWIFT ?= swift
CONFIG ?= config.json

.PHONY: all deps build release run test clean

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

clean:
	rm -rf .build var

# Measured figures beside their peers (Python peers in .venv-eval). SHARED is where ../shared/data lives.
SHARED ?= ../shared
.PHONY: eval eval-extraction
eval: eval-extraction

.venv-eval/.installed: eval/requirements-extraction.txt
	python3 -m venv .venv-eval
	.venv-eval/bin/pip install -q -r eval/requirements-extraction.txt
	touch $@

# Article-extraction benchmark (181 pages): F1 and pages/s of articlewatch and trafilatura 2.3, one core each.
eval-extraction: deps .venv-eval/.installed
	$(SWIFT) build -c release --product articlewatch-eval
	.venv-eval/bin/python eval/extraction_benchmark.py --data $(SHARED)/data/article-extraction-benchmark
	.build/release/articlewatch-eval stage-timings --repeat 100 seeds/*.txt
