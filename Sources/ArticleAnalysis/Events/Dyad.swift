/// All events of an article between one source and one target (GDELT's dyad), summarised.
public struct Dyad: Sendable, Equatable, JSONWritable {
    public var source: String
    public var target: String
    public var sourceName: String?
    public var targetName: String?
    public var events: Int
    /// Mean Goldstein value of the events.
    public var goldstein: Double
    public var cooperation: Int
    public var conflict: Int
    /// Events per quad class, keyed 1…4 as in GDELT.
    public var quadClasses: [Int]
    /// CAMEO roots seen, most frequent first.
    public var roots: [String]
    /// Sentence indexes the events were coded in.
    public var evidence: [Int]

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("source", source)
        json.member("sourceName", sourceName)
        json.member("target", target)
        json.member("targetName", targetName)
        json.member("events", events)
        json.member("goldstein", (goldstein * 100).rounded() / 100)
        json.member("cooperation", cooperation)
        json.member("conflict", conflict)
        json.key("quadClasses" as StaticString)
        json.beginObject()
        for quadClass in QuadClass.allCases {
            json.key(Self.quadClassKeys[quadClass.rawValue - 1])
            json.int(quadClasses[quadClass.rawValue - 1])
        }
        json.endObject()
        json.member("roots", roots)
        json.member("evidence", evidence)
        json.endObject()
    }

    /// Groups events by (source, target); dyads with more events first.
    public static func aggregate(_ events: [CodedEvent], names: [String: String] = [:]) -> [Dyad] {
        var groupOf = [Pair: Int](minimumCapacity: events.count)
        var groups: [[CodedEvent]] = []
        for event in events {
            let pair = Pair(source: event.source, target: event.target)
            if let group = groupOf[pair] {
                groups[group].append(event)
            } else {
                groupOf[pair] = groups.count
                groups.append([event])
            }
        }
        let dyads = groups.map { group -> Dyad in
            var quad = [0, 0, 0, 0]
            // Counts by root number (1…20), not a String-keyed dictionary per dyad: a code's root is its
            // first two digits, so ordering numbers orders the "01"…"20" strings the record shows.
            var rootCounts = [Int](repeating: 0, count: 21)
            var goldstein = 0.0
            var evidence: [Int] = []
            for event in group {
                quad[event.code.quadClass.rawValue - 1] += 1
                rootCounts[event.code.rootNumber] += 1
                goldstein += event.code.goldstein
                if evidence.last != event.sentence { evidence.append(event.sentence) }
            }
            let cooperation = quad[0] + quad[1]
            var roots = rootCounts.indices.filter { rootCounts[$0] > 0 }
            roots.sort { rootCounts[$0] != rootCounts[$1] ? rootCounts[$0] > rootCounts[$1] : $0 < $1 }
            return Dyad(
                source: group[0].source, target: group[0].target, sourceName: names[group[0].source],
                targetName: names[group[0].target], events: group.count, goldstein: goldstein / Double(group.count),
                cooperation: cooperation, conflict: group.count - cooperation, quadClasses: quad,
                roots: roots.map { rootNames[$0] }, evidence: evidence)
        }
        return dyads.enumerated().sorted {
            $0.element.events != $1.element.events ? $0.element.events > $1.element.events : $0.offset < $1.offset
        }.map(\.element)
    }

    /// A source and target: the key events are grouped by.
    private struct Pair: Hashable {
        let source: String
        let target: String
    }

    /// The `quadClasses` object's keys "1" … "4", literals (`JSONWriter.key(_: StaticString)`).
    private static let quadClassKeys: [StaticString] = ["1", "2", "3", "4"]

    /// "00" … "20", the record's spelling of a root number.
    private static let rootNames = (0...20).map { $0 < 10 ? "0\($0)" : String($0) }
}
