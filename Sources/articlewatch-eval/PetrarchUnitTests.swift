import ArticleAnalysis
import Foundation

/// `articlewatch-eval petrarch-unit-tests XML`: codes the sentences of PETRARCH2's unit-test records with
/// the dictionaries they name (PETR.Validate.*, read from the XML's directory) and reports the share of
/// gold codings (source, target, root) reproduced, at the country level (first three letters of each actor
/// code) and on the full codes. Only the sentence text is used, never the gold parse tree.
func petrarchUnitTests(_ arguments: [String]) throws {
    guard let path = arguments.first else { throw EvalError.usage("petrarch-unit-tests PETR.UnitTest.records.xml") }
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    let xml = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
    let actorText = try String(contentsOf: directory.appendingPathComponent("PETR.Validate.actors.txt"), encoding: .utf8)
    let verbText = try String(contentsOf: directory.appendingPathComponent("PETR.Validate.verbs.txt"), encoding: .utf8)

    let recognizer = EntityRecognizer(lexicon: TabariActorDictionary.lexicon(actors: actorText), usesRules: false)
    let coder = EventCoder(verbs: CameoVerbDictionary(text: verbText))
    let records = UnitTestRecord.parse(xml)
    var gold = 0, countryHits = 0, fullHits = 0, produced = 0, producedHits = 0
    var verbose = arguments.contains("--verbose")
    for record in records {
        let sentences = recognizer.recognize(sentences: [record.text])
        let events = coder.events(in: sentences[0], index: 0)
        gold += record.codings.count
        produced += events.count
        var matchedEvents: Set<Int> = []
        for coding in record.codings {
            if let hit = events.indices.first(where: { index in
                !matchedEvents.contains(index) && events[index].code.root == String(coding.event.prefix(2))
                    && events[index].source.prefix(3) == coding.source.prefix(3)
                    && events[index].target.prefix(3) == coding.target.prefix(3)
            }) {
                matchedEvents.insert(hit)
                countryHits += 1
                if events[hit].source == coding.source && events[hit].target == coding.target { fullHits += 1 }
            }
        }
        producedHits += matchedEvents.count
        if verbose, matchedEvents.count < record.codings.count {
            print("MISS \(record.id): \(record.text)\n  gold: \(record.codings.map { "\($0.source) \($0.target) \($0.event)" })\n  ours: \(events.map { "\($0.source) \($0.target) \($0.code) (\($0.verb))" })")
        }
    }
    verbose = false
    print("PETRARCH2 unit-test records: \(records.count) sentences, \(gold) gold codings")
    print(String(format: "reproduced (source, target, root), country level: %d/%d = %.1f%%", countryHits, gold, 100 * Double(countryHits) / Double(max(gold, 1))))
    print(String(format: "reproduced (source, target, root), full actor codes: %d/%d = %.1f%%", fullHits, gold, 100 * Double(fullHits) / Double(max(gold, 1))))
    print(String(format: "precision of our codings (country level): %d/%d = %.1f%%", producedHits, produced, 100 * Double(producedHits) / Double(max(produced, 1))))
}

/// One `<Sentence>` of the unit-test file: its text and gold codings.
struct UnitTestRecord {
    var id: String
    var text: String
    var codings: [(source: String, target: String, event: String)]

    static func parse(_ xml: String) -> [UnitTestRecord] {
        var records: [UnitTestRecord] = []
        for chunk in xml.components(separatedBy: "<Sentence ").dropFirst() {
            let body = chunk.components(separatedBy: "</Sentence>")[0]
            guard let textStart = body.range(of: "<Text>"), let textEnd = body.range(of: "</Text>") else { continue }
            let text = body[textStart.upperBound..<textEnd.lowerBound].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let id = attribute("id", in: body) ?? "?"
            var codings: [(String, String, String)] = []
            for coding in body.components(separatedBy: "<EventCoding").dropFirst() {
                if let source = attribute("sourcecode", in: coding), let target = attribute("targetcode", in: coding),
                    let event = attribute("eventcode", in: coding)
                {
                    codings.append((source, target, event))
                }
            }
            records.append(UnitTestRecord(id: id, text: text, codings: codings))
        }
        return records
    }

    private static func attribute(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: "\(name)=\"") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
