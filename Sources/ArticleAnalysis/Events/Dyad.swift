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
        json.key("quadClasses")
        json.beginObject()
        for quadClass in QuadClass.allCases { json.member(String(quadClass.rawValue), quadClasses[quadClass.rawValue - 1]) }
        json.endObject()
        json.member("roots", roots)
        json.member("evidence", evidence)
        json.endObject()
    }

    /// Groups events by (source, target); dyads with more events first.
    public static func aggregate(_ events: [CodedEvent], names: [String: String] = [:]) -> [Dyad] {
        var order: [String] = []
        var groups: [String: [CodedEvent]] = [:]
        for event in events {
            let key = "\(event.source)|\(event.target)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(event)
        }
        let dyads = order.map { key -> Dyad in
            let group = groups[key]!
            var quad = [0, 0, 0, 0]
            // Counts by root number (1…20), not a String-keyed dictionary per dyad: a code's root is its
            // first two digits, so ordering numbers orders the "01"…"20" strings the record shows.
            var rootCounts = [Int](repeating: 0, count: 21)
            for event in group {
                quad[event.code.quadClass.rawValue - 1] += 1
                rootCounts[event.code.rootNumber] += 1
            }
            let cooperation = quad[0] + quad[1]
            var evidence: [Int] = []
            for event in group where evidence.last != event.sentence { evidence.append(event.sentence) }
            return Dyad(
                source: group[0].source, target: group[0].target, sourceName: names[group[0].source],
                targetName: names[group[0].target], events: group.count,
                goldstein: group.map(\.code.goldstein).reduce(0, +) / Double(group.count), cooperation: cooperation,
                conflict: group.count - cooperation, quadClasses: quad,
                roots: rootCounts.indices.filter { rootCounts[$0] > 0 }
                    .sorted { rootCounts[$0] != rootCounts[$1] ? rootCounts[$0] > rootCounts[$1] : $0 < $1 }
                    .map { $0 < 10 ? "0\($0)" : String($0) },
                evidence: evidence)
        }
        return dyads.enumerated().sorted {
            $0.element.events != $1.element.events ? $0.element.events > $1.element.events : $0.offset < $1.offset
        }.map(\.element)
    }
}
