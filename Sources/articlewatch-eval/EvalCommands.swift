import Foundation

/// The registry of eval subcommands. Each feature adds one line here and its code in its own file.
enum EvalCommands {
    static let all: [String: (help: String, run: @Sendable ([String]) throws -> Void)] = [
        "sha256": ("print the SHA-256 of each file (a self-check of the harness)", sha256Files),
        "vader-sentences": ("our VADER scores per line of FILE (compound, pos, neg, neu)", vaderSentences),
        "tone-snippets": ("Pearson r of tone.compound and VADER vs human means, per sentence and through the pipeline: [--differences N] FILE", toneSnippets),
        "tone-documents": ("the tone section for each FILE", toneDocuments),
        "keyphrases": ("the key phrases of each FILE, one JSON line per file", keyphrasesOfFiles),
        "summary": ("the three-sentence summary of each FILE", summaryOfFiles),
        "stage-cpu-times": ("CPU µs per article of each stage: [--repeat N] [--disable STAGE,…] FILE…", stageCPUTimes),
        "entities": ("entities, themes and dyads of each article as JSON lines", entityReport),
        "entities-bench": ("time of the entities, themes and dyads stages per 7 KB article", entityBench),
        "entities-score": ("precision/recall of entities against a labelled JSON set", entityScore),
        "petrarch-unit-tests": ("share of PETRARCH2 unit-test gold codings the event coder reproduces", petrarchUnitTests),
        "extract-show": ("print the record the standard pipeline makes of each FILE", extractShow),
        "extract-benchmark": ("extract every DIR/*.html, print {name: {articleBody}} JSON; pages/s on stderr", extractBenchmark),
        "extract-passes": ("the extraction stages N times over files, for callgrind instruction counts", extractPasses),
        "extract-condense-check": ("pages of DIR whose extraction changes when the markup is condensed first", extractCondenseCheck),
        "language-id": ("CLD2's language code for every line of FILE, and its CPU time (make eval-language)", languageIdentification),
        "extract-trace": ("every text block of an HTML FILE, kept or dropped, with its element path", extractTrace),
        "stage-timings": ("µs per article in each stage: [--repeat N] FILE…", stageTimings),
        "facts": ("quotes, amounts and dates found per file, and their cost per 7 KB article", factsReport),
        "dedup": ("stream a corpus through the near-duplicate index, write its links (scripts/dedup-eval.py)", dedupEval),
        "dedup-bench": ("synthesise 100k/1M-article registries: memory, check rate, persist and load times", dedupBench),
        "systemd-probe": ("journal [--burst N] | notify [--wedge-file PATH]: exercise the Systemd module", systemdProbe),
        "bench-analysis": ("articles/s per stage and for the whole pipeline on one thread (make bench)", benchmarkAnalysis),
        "analysis-passes": ("run the pipeline N times over files, for callgrind instruction counts (make bench)", runAnalysisPasses),
        "resources-memory": ("resident memory before/after AnalysisResources.preload() and one analysis [FILE…]", resourcesMemory),
        "sentence-boundaries": ("sentence starts of our splitter and ICU's per paragraph of GOLD.jsonl; [--speed CORPUS.jsonl] µs per 7 KB", sentenceBoundaries),
        "train-tagger": ("train the name tagger on DATA (ner-train), write its weights to OUT.swift (make train-tagger)", trainTagger),
        "tagger-cv": ("leave-one-corpus-out P/R/F1 of the name tagger on DATA (ner-train) [--dump FOLDS.jsonl]", taggerCrossValidation),
        "tagger-place-words": ("write the name tagger's GeoNames place-word resource OUT.swift from GEONAMES-FILE…", taggerPlaceWords),
        "tagger-show": ("each token's tag and margin from the name tagger for each SENTENCE argument", taggerShow),
        "tagger-bench": ("CPU µs of the name tagger per 7 KB article over FILE…, and its load time", taggerBench),
        "bounds": ("time and peak memory of the analysis on pathological inputs of 1–8 MB (issue 8)", resourceBounds),
    ]
}
