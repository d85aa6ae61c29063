@testable import ArticleAnalysis
import Testing

/// `Dyad.aggregate` finds a pair's group by comparing pairs while there are few and by hashing past that:
/// both ways must group, count and order exactly as a plain reference grouping does.
@Suite struct DyadAggregateTests {
    private static let codes = ["010", "036", "042", "057", "061", "0874", "112", "138", "173", "190", "204"]

    private static func events(pairs: Int, count: Int) -> [CodedEvent] {
        (0..<count).map { index in
            let pair = (index * 7) % pairs
            return CodedEvent(
                sentence: index / 3, source: "S\(pair % 5)", target: "T\(pair)",
                code: CameoCode(codes[(index * 5) % codes.count])!, verb: "met")
        }
    }

    /// The grouping written out plainly: groups in order of their first event, then most events first.
    private static func reference(_ events: [CodedEvent]) -> [(source: String, target: String, events: [CodedEvent])] {
        var groups: [(source: String, target: String, events: [CodedEvent])] = []
        for event in events {
            if let index = groups.firstIndex(where: { $0.source == event.source && $0.target == event.target }) {
                groups[index].events.append(event)
            } else {
                groups.append((event.source, event.target, [event]))
            }
        }
        return groups.enumerated().sorted {
            $0.element.events.count != $1.element.events.count ? $0.element.events.count > $1.element.events.count : $0.offset < $1.offset
        }.map(\.element)
    }

    @Test(arguments: [1, 3, 15, 16, 17, 40])
    func groupsAsTheReferenceDoes(pairs: Int) {
        let events = Self.events(pairs: pairs, count: pairs * 3 + 2)
        let dyads = Dyad.aggregate(events, names: ["S1": "Source one", "T2": "Target two"])
        let expected = Self.reference(events)
        #expect(dyads.count == expected.count)
        for (dyad, group) in zip(dyads, expected) {
            #expect(dyad.source == group.source && dyad.target == group.target)
            #expect(dyad.events == group.events.count)
            #expect(dyad.quadClasses.reduce(0, +) == group.events.count)
            #expect(dyad.cooperation == group.events.count { $0.code.quadClass.isCooperation })
            #expect(dyad.goldstein == group.events.reduce(0.0) { $0 + $1.code.goldstein } / Double(group.events.count))
            #expect(Set(dyad.roots) == Set(group.events.map(\.code.root)))
            #expect(dyad.evidence == group.events.map(\.sentence).reduce(into: [Int]()) { if $0.last != $1 { $0.append($1) } })
            #expect(dyad.sourceName == (group.source == "S1" ? "Source one" : nil))
            #expect(dyad.targetName == (group.target == "T2" ? "Target two" : nil))
        }
    }
}
