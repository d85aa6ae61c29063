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

    /// Groups events by (source, target); dyads with more events first (in order of first event among equals).
    /// One pass adds each event to its group's running counts: no array of event copies per group (each
    /// copy retained three Strings), and a group is found by comparing the pairs while there are few of them
    /// (actor codes are small Strings, compared in two words) rather than hashing two Strings per event.
    public static func aggregate(_ events: [CodedEvent], names: [String: String] = [:]) -> [Dyad] {
        aggregate(events) { names[$0] }
    }

    /// `aggregate(_:names:)` with each actor code's name from `name` (the stage's `ActorNames`).
    static func aggregate(_ events: [CodedEvent], name: (String) -> String?) -> [Dyad] {
        // Most articles code no event: then no working arrays are made.
        guard !events.isEmpty else { return [] }
        var groups: [Group] = []
        groups.reserveCapacity(events.count)
        // Root counts of all groups, 21 per group (root numbers 1…20; 0 unused), in one array: a group is at
        // most an event.
        var rootCounts = [Int](repeating: 0, count: events.count * 21)
        var groupOf: [Pair: Int] = [:]
        for index in events.indices {
            let group = groupIndex(of: index, in: groups, events: events, dictionary: &groupOf)
            // Read in place: a copy of the code retains its Strings.
            let root = events[index].code.rootNumber
            if group == groups.count {
                groups.append(Group(firstEvent: index))
            }
            groups[group].events += 1
            groups[group].goldstein += events[index].code.goldstein
            groups[group].quad[QuadClass(root: root).rawValue - 1] += 1
            rootCounts[group * 21 + root] += 1
            if groups[group].evidence.last != events[index].sentence { groups[group].evidence.append(events[index].sentence) }
        }
        // Most events first; among equals the group seen first (a stable order).
        let order = groups.indices.sorted {
            groups[$0].events != groups[$1].events ? groups[$0].events > groups[$1].events : $0 < $1
        }
        return order.map { group in
            let counts = rootCounts[(group * 21)..<(group * 21 + 21)]
            var roots = (1...20).filter { counts[counts.startIndex + $0] > 0 }
            roots.sort {
                let first = counts[counts.startIndex + $0], second = counts[counts.startIndex + $1]
                return first != second ? first > second : $0 < $1
            }
            let quad = groups[group].quad
            let cooperation = quad[0] + quad[1]
            let first = groups[group].firstEvent
            let count = groups[group].events
            return Dyad(
                source: events[first].source, target: events[first].target, sourceName: name(events[first].source),
                targetName: name(events[first].target), events: count, goldstein: groups[group].goldstein / Double(count),
                cooperation: cooperation, conflict: count - cooperation, quadClasses: quad,
                roots: roots.map { rootNames[$0] }, evidence: groups[group].evidence)
        }
    }

    /// One dyad's running counts while the events are read.
    private struct Group {
        let firstEvent: Int
        var events = 0
        var goldstein = 0.0
        var quad = [0, 0, 0, 0]
        var evidence: [Int] = []
        init(firstEvent: Int) { self.firstEvent = firstEvent }
    }

    /// Up to this many groups a new event's pair is compared with each; past it the pairs are hashed.
    private static let linearGroups = 16

    /// The index of the event's group, or `groups.count` for a new one (which the dictionary then records).
    private static func groupIndex(
        of event: Int, in groups: [Group], events: [CodedEvent], dictionary: inout [Pair: Int]
    ) -> Int {
        if groups.count <= linearGroups {
            for group in groups.indices {
                let first = groups[group].firstEvent
                if events[first].source == events[event].source, events[first].target == events[event].target { return group }
            }
            if groups.count == linearGroups {
                // The next group is the first past the linear range: the dictionary starts with all groups so far.
                for group in groups.indices {
                    dictionary[Pair(source: events[groups[group].firstEvent].source, target: events[groups[group].firstEvent].target)] = group
                }
                dictionary[Pair(source: events[event].source, target: events[event].target)] = groups.count
            }
            return groups.count
        }
        let pair = Pair(source: events[event].source, target: events[event].target)
        if let group = dictionary[pair] { return group }
        dictionary[pair] = groups.count
        return groups.count
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
