import ArticleAnalysis
import Foundation

/// `articlewatch-eval country-check [ISO_3166-1.json]`: every ISO 3166-1 entry (Debian iso-codes) named in a
/// plain sentence ("Officials from Armenia met their counterparts on Monday to discuss trade."), once per
/// English form it has (`name`, `official_name`, `common_name`). An entry passes when every form comes out
/// as a country with its alpha-3 code. Prints "N of 249 as countries with the right code" and the failures
/// with what was found instead. `--sentences` prints the sentences (JSON lines) for the spaCy peer.
func countryCheck(_ arguments: [String]) throws {
    let path = arguments.first { !$0.hasPrefix("--") } ?? "/usr/share/iso-codes/json/iso_3166-1.json"
    let entries = try ISOCountryEntry.read(path)
    if arguments.contains("--sentences") {
        for entry in entries {
            for name in entry.names {
                let line = JSONValue.object([
                    ("code", .string(entry.alpha3)), ("name", .string(name)),
                    ("sentence", .string(ISOCountryEntry.sentence(naming: name))),
                ])
                print(line.serialized())
            }
        }
        return
    }
    let recognizer = EntityRecognizer()
    var passed = 0, formsPassed = 0, forms = 0
    var failures: [String] = []
    for entry in entries {
        var entryPasses = true
        for name in entry.names {
            forms += 1
            let found = recognizer.recognize(sentences: [ISOCountryEntry.sentence(naming: name)]).flatMap(\.mentions)
            if found.contains(where: { $0.kind == .country && $0.code == entry.alpha3 }),
                !found.contains(where: { $0.kind != .country || $0.code != entry.alpha3 })
            {
                formsPassed += 1
                continue
            }
            entryPasses = false
            let what = found.map { "\($0.kind.rawValue) \($0.name)\($0.code.isEmpty ? "" : " (\($0.code))")" }
            failures.append("  \(entry.alpha3) \"\(name)\": \(what.isEmpty ? "nothing" : what.joined(separator: ", "))")
        }
        if entryPasses { passed += 1 }
    }
    print("\(passed) of \(entries.count) as countries with the right code (\(formsPassed) of \(forms) name forms)")
    if !failures.isEmpty { print("failures:\n" + failures.joined(separator: "\n")) }
}

/// One row of iso-codes' iso_3166-1.json: its alpha-3 code and its distinct English names.
struct ISOCountryEntry {
    let alpha3: String
    let names: [String]

    static func read(_ path: String) throws -> [ISOCountryEntry] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let rows = root["3166-1"] as? [[String: String]]
        else { throw EvalError.usage("\(path): no \"3166-1\" array") }
        return rows.compactMap { row in
            guard let code = row["alpha_3"] else { return nil }
            var names: [String] = []
            for key in ["name", "official_name", "common_name"] {
                if let name = row[key], !names.contains(name) { names.append(name) }
            }
            return ISOCountryEntry(alpha3: code, names: names)
        }
    }

    /// The issue's plain sentence around a name.
    static func sentence(naming name: String) -> String {
        "Officials from \(name) met their counterparts on Monday to discuss trade."
    }
}
