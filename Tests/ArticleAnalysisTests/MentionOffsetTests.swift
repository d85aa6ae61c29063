import ArticleAnalysis
import Foundation
import Testing

/// Every entity's `offsets` slice the record's `text` (by Unicode scalars, end exclusive) to what was written.
@Suite struct MentionOffsetTests {
    private func record(_ text: String) throws -> JSONValue {
        guard case let .analyzed(record) = try AnalysisPipeline.standard().analyze(
            Article(name: "offsets", bytes: Array(text.utf8), receivedAt: Date(timeIntervalSince1970: 0)),
            options: AnalysisOptions())
        else { throw StageFailure(.internal, "not analyzed") }
        return record.json
    }

    /// (slice of the text, the entity's aliases, mention count, offsets) per entity.
    private func slices(_ json: JSONValue) -> [(slices: [String], aliases: [String], mentions: Int, offsets: [[Int]])] {
        guard case let .string(text)? = json["text"], case let .array(entities)? = json["entities"] else { return [] }
        let scalars = Array(text.unicodeScalars)
        return entities.map { entity in
            var offsets: [[Int]] = []
            if case let .array(pairs)? = entity["offsets"] {
                for pair in pairs {
                    if case let .array(bounds) = pair, bounds.count == 2, case let .int(start) = bounds[0],
                        case let .int(end) = bounds[1]
                    {
                        offsets.append([start, end])
                    }
                }
            }
            var aliases: [String] = []
            if case let .array(values)? = entity["aliases"] {
                for value in values { if case let .string(alias) = value { aliases.append(alias) } }
            }
            var mentions = 0
            if case let .int(count)? = entity["mentions"] { mentions = count }
            // Mentions in the title (`titleOffsets`, into `title`) count too; these tests are about `text`.
            if case let .array(inTitle)? = entity["titleOffsets"] { mentions -= inTitle.count }
            let cut = offsets.map { pair -> String in
                guard pair[0] >= 0, pair[0] < pair[1], pair[1] <= scalars.count else { return "<out of range \(pair)>" }
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[pair[0]..<pair[1]])
                return String(slice)
            }
            return (cut, aliases, mentions, offsets)
        }
    }

    /// Line breaks and runs of spaces inside a name are one space in its alias.
    private func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test func seedMentionsSliceToTheirSurface() throws {
        let seeds = SharedData.root.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 5)
        var checked = 0
        for file in files {
            let json = try record(String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8))
            for entity in slices(json) {
                #expect(entity.offsets.count == entity.mentions, "\(file) \(entity.aliases)")
                #expect(entity.offsets == entity.offsets.sorted { $0[0] < $1[0] }, "\(file): offsets in reading order")
                for slice in entity.slices {
                    #expect(entity.aliases.contains(normalized(slice)), "\(file): '\(slice)' is none of \(entity.aliases)")
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }

    /// Offsets count Unicode scalars: an emoji (two UTF-16 units, four UTF-8 bytes) and accented letters
    /// before a name move it by one per scalar.
    @Test func offsetsCountUnicodeScalars() throws {
        let json = try record("Café owners 🇨🇮 in Côte d'Ivoire met officials from Türkiye and Iraq on Monday.")
        let found = slices(json)
        let all = found.flatMap(\.slices)
        #expect(all.contains("Côte d'Ivoire") && all.contains("Türkiye") && all.contains("Iraq"), "\(all)")
        let ivoire = found.first { $0.slices.contains("Côte d'Ivoire") }?.offsets.first
        #expect(ivoire == [18, 31])
    }
}
