import ArticleAnalysis
import Foundation
import Testing

/// Countries, capitals and first-level divisions against the recogniser, in the plain sentence of issue 14.
/// The references are read at test time: Debian iso-codes (installed by scripts/install-deps.sh) and GeoNames'
/// countryInfo.txt and admin1CodesASCII.txt from the shared data.
@Suite struct GazetteerNameTests {
    static let isoPath = "/usr/share/iso-codes/json/iso_3166-1.json"
    let recognizer = EntityRecognizer()
    let dictionariesOnly = EntityRecognizer(tagger: nil)

    private func mentions(naming name: String, recognizer: EntityRecognizer? = nil) -> [EntityMention] {
        (recognizer ?? self.recognizer).recognize(sentences: ["Officials from \(name) met their counterparts on Monday to discuss trade."])
            .flatMap(\.mentions)
    }

    /// Every English name of every ISO 3166-1 entry (name, official_name, common_name) is that country, with
    /// its alpha-3 code, and nothing else.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: isoPath), "iso-codes is not installed (scripts/install-deps.sh installs it)"))
    func everyISOCountryByEveryEnglishName() throws {
        let rows = try Self.isoRows()
        #expect(rows.count >= 249)
        var failures: [String] = []
        for row in rows {
            guard let code = row["alpha_3"] else { continue }
            for key in ["name", "official_name", "common_name"] {
                guard let name = row[key] else { continue }
                let found = mentions(naming: name)
                if found.isEmpty || found.contains(where: { $0.kind != .country || $0.code != code }) {
                    failures.append("\(code) \(name): \(found.map { "\($0.kind) \($0.name) \($0.code)" })")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) names: \(failures.prefix(20))")
    }

    /// No country, capital or first-level division comes out as a person or an organisation because of a
    /// dictionary entry (issue 14's rule): the dictionaries and rules alone, without the name tagger, whose
    /// reading of an ambiguous lone name ("Stanley", the Falklands' capital and a first name) is a vote of its own.
    @Test func noGazetteerNameIsAPersonOrAnOrganisation() throws {
        var names: [String] = []
        if FileManager.default.fileExists(atPath: Self.isoPath) {
            for row in try Self.isoRows() { names += ["name", "official_name", "common_name"].compactMap { row[$0] } }
        }
        for line in try SharedData.text("data/geonames/countryInfo.txt").split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count > 5, !fields[5].isEmpty { names.append(String(fields[5])) }
        }
        let divisions = try SharedData.text("data/geonames/admin1CodesASCII.txt").split(separator: "\n")
        #expect(divisions.count > 3_000)
        for line in divisions {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count > 2 { names += [String(fields[1]), String(fields[2])] }
        }
        var failures: [String] = []
        for name in Set(names).sorted() {
            let wrong = mentions(naming: name, recognizer: dictionariesOnly).filter { $0.kind == .person || $0.kind == .organization }
            if !wrong.isEmpty { failures.append("\(name): \(wrong.map { "\($0.kind) \($0.surface)" })") }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Set(names).count) names: \(failures.prefix(40))")
    }

    private static func isoRows() throws -> [[String: String]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: isoPath))
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return root?["3166-1"] as? [[String: String]] ?? []
    }
}
