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
