# ArticleWatch. Quick start: `make run` (daemon in the foreground on config.json), `make test` (every test).
SWIFT ?= swift
CONFIG ?= config.json

.PHONY: all deps build release run test clean eval-facts

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

# Quotes, amounts and dates: counts on the seeds and the extraction benchmark, and their cost per 7 KB article.
eval-facts: deps
	$(SWIFT) build -c release --product articlewatch-eval
	.build/release/articlewatch-eval facts --repeat 500 seeds/*.txt
	.build/release/articlewatch-eval facts --repeat 20 ../shared/data/article-extraction-benchmark/ground-truth.json
