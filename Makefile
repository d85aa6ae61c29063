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

# Near-duplicates (issue 6): precision/recall against exact Jaccard beside datasketch, and the registry
# bench (memory per million, persist and load times at 100k and 1M articles).
.PHONY: eval bench eval-dedup bench-dedup
eval: eval-dedup
bench: bench-dedup

.venv-eval/bin/python:
	python3 -m venv .venv-eval
	.venv-eval/bin/pip install --quiet datasketch==2.0.0

eval-dedup: .venv-eval/bin/python
	$(SWIFT) build -c release --product articlewatch-eval
	.venv-eval/bin/python scripts/dedup-eval.py --data ../shared/data --seeds ../shared/seeds --out bench-results/dedup

bench-dedup:
	$(SWIFT) build -c release --product articlewatch-eval
	mkdir -p bench-results
	.build/release/articlewatch-eval dedup-bench bench-results/dedup-bench 100000 1000000 | tee bench-results/dedup-bench.jsonl
