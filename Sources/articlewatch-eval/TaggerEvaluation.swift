import ArticleAnalysis
import Foundation

/// Scoring the tagger on tagged corpus documents: spans compared exactly (entity level) and each
/// document's set of (type, name) compared (document level, the held-out news metric).
enum TaggerEvaluation {
    struct Counts {
        var truePositives: [EntityKind: Int] = [:]
        var predicted: [EntityKind: Int] = [:]
        var gold: [EntityKind: Int] = [:]

        mutating func add(_ other: Counts) {
            truePositives.merge(other.truePositives, uniquingKeysWith: +)
            predicted.merge(other.predicted, uniquingKeysWith: +)
            gold.merge(other.gold, uniquingKeysWith: +)
        }

        func table(title: String) -> String {
            var lines = ["  \(title)      P      R     F1   (ours / gold)"]
            for kind in [EntityKind.person, .location, .organization] + [nil] {
                let tp = kind.map { truePositives[$0, default: 0] } ?? truePositives.values.reduce(0, +)
                let p = kind.map { predicted[$0, default: 0] } ?? predicted.values.reduce(0, +)
                let g = kind.map { gold[$0, default: 0] } ?? gold.values.reduce(0, +)
                let precision = Double(tp) / Double(max(p, 1)), recall = Double(tp) / Double(max(g, 1))
                let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
                lines.append(String(format: "    %-14@ %.3f  %.3f  %.3f  (%d / %d)", (kind?.rawValue ?? "all") as NSString, precision, recall, f1, p, g))
            }
            return lines.joined(separator: "\n")
        }
    }

    static func label(_ tag: NameTag) -> String {
        switch tag {
        case .outside: "O"
        case .beginPerson: "B-PER"
        case .insidePerson: "I-PER"
        case .beginLocation: "B-LOC"
        case .insideLocation: "I-LOC"
        case .beginOrganization: "B-ORG"
        case .insideOrganization: "I-ORG"
        }
    }

    /// The corpus sentences as training or test examples. With `headlineCopies`, every tenth sentence is
    /// added again in capitals and every twentieth in headline title case: none of the corpora is news wire,
    /// whose headlines ("RUSSIA'S YELTSIN SACKS GENERAL") and title-case titles the tagger must read by the
    /// words, the dictionaries and the gazetteer rather than by their capitals.
    static func examples(_ documents: [NameTaggerCorpus.Document], headlineCopies: Bool = false) -> [NameTagTrainer.Example] {
        let recognizer = EntityRecognizer()
        func example(_ words: [String], _ tags: [NameTag]) -> NameTagTrainer.Example {
            let (tokens, aligned) = NameTagAlignment.align(words: words, tags: tags)
            return NameTagTrainer.Example(
                tokens: tokens, sentence: NameTagSentence(tokens, lexiconMentions: recognizer.dictionarySpans(tokens)), gold: aligned)
        }
        var result: [NameTagTrainer.Example] = []
        for (index, sentence) in documents.flatMap(\.sentences).enumerated() {
            result.append(example(sentence.words, sentence.tags))
            guard headlineCopies else { continue }
            if index % 10 == 3 { result.append(example(sentence.words.map { $0.uppercased() }, sentence.tags)) }
            if index % 20 == 7 { result.append(example(sentence.words.map(titleCased), sentence.tags)) }
        }
        return result
    }

    /// Headline style: every word of four letters or more capitalised ("Talks With Rebels Fail in Kabul").
    static func titleCased(_ word: String) -> String {
        guard word.count >= 4, let first = word.first, first.isLowercase else { return word }
        return first.uppercased() + word.dropFirst()
    }

    static func score(_ tagger: NameTagger, _ documents: [NameTaggerCorpus.Document]) -> (entity: Counts, document: Counts) {
        var entity = Counts(), document = Counts()
        for item in documents {
            var goldNames = Set<String>(), ourNames = Set<String>()
            for example in examples([item]) {
                let gold = NameTagSpan.spans(of: example.gold, margins: example.gold.map { _ in 0 })
                let ours = NameTagSpan.spans(of: tagger.tags(example.tokens, example.sentence).tags, margins: example.gold.map { _ in 0 })
                let goldSet = Set(gold.map { "\($0.kind.rawValue) \($0.tokens)" })
                for span in gold { entity.gold[span.kind, default: 0] += 1 }
                for span in ours {
                    entity.predicted[span.kind, default: 0] += 1
                    if goldSet.contains("\(span.kind.rawValue) \(span.tokens)") { entity.truePositives[span.kind, default: 0] += 1 }
                }
                for span in gold { goldNames.insert(name(span, example.tokens)) }
                for span in ours { ourNames.insert(name(span, example.tokens)) }
            }
            for key in goldNames { document.gold[kind(key), default: 0] += 1 }
            for key in ourNames {
                document.predicted[kind(key), default: 0] += 1
                if goldNames.contains(key) { document.truePositives[kind(key), default: 0] += 1 }
            }
        }
        return (entity, document)
    }

    /// "person|imadmughniyeh": the type and the name lower-cased without spaces (so tokenizations agree).
    static func name(_ span: NameTagSpan, _ tokens: WordTokens) -> String {
        span.kind.rawValue + "|" + span.tokens.map { tokens.key($0) }.joined()
    }

    static func kind(_ key: String) -> EntityKind { EntityKind(rawValue: String(key.prefix { $0 != "|" })) ?? .person }
}
