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

# --- Evaluation: tone, key phrases, summary (issue 5) --------------------------------------------------------
# The data sits in ../shared (SHARED=… to point elsewhere); the Python peers go into .venv-eval (gitignored).
SHARED ?= ../shared
EVAL_BIN = .build/release/articlewatch-eval

.PHONY: eval eval-build eval-tone eval-keyphrases bench-stages

eval: eval-tone eval-keyphrases bench-stages

eval-build: deps
	$(SWIFT) build -c release --product articlewatch-eval

.venv-eval/.tone-peers:
	test -x .venv-eval/bin/python || python3 -m venv .venv-eval
	.venv-eval/bin/pip install -q vaderSentiment==3.3.2 yake
	touch $@

# VADER faithfulness against vaderSentiment 3.3.2 (target >= 99 %), then Pearson r of tone.compound and of
# plain VADER against the NYT editorial snippets' human means (tuned on odd lines, target r >= 0.52 on even).
eval-tone: eval-build .venv-eval/.tone-peers
	.venv-eval/bin/python eval/tone/vader_faithfulness.py --data $(SHARED)/data/vader-icwsm2014 --eval $(EVAL_BIN)
	$(EVAL_BIN) tone-snippets $(SHARED)/data/vader-icwsm2014/nytEditorialSnippets_GroundTruth.txt

# Our top 10 key phrases beside yake's on the seeds and 30 benchmark article bodies.
eval-keyphrases: eval-build .venv-eval/.tone-peers
	.venv-eval/bin/python eval/keyphrases/yake_overlap.py --shared $(SHARED) --eval $(EVAL_BIN) --show 0

# CPU time per article of every standard stage over the seeds, repeated.
bench-stages: eval-build
	$(EVAL_BIN) stage-timings --repeat 200 $(SHARED)/seeds/*.txt
