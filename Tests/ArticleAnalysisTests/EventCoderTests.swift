import ArticleAnalysis
import Testing

@Suite struct EventCoderTests {
    let recognizer = EntityRecognizer()
    let coder = EventCoder()

    private func events(_ sentence: String) -> [CodedEvent] {
        coder.events(in: recognizer.recognize(sentences: [sentence])[0], index: 0)
    }

    @Test func codesSourceVerbTarget() throws {
        let event = try #require(events("Iran has supplied Russia with military hardware.").first)
        #expect(event.source == "IRN" && event.target == "RUS")
        #expect(event.code.quadClass == .materialCooperation)
        #expect(event.code.goldstein > 0)
    }

    @Test func passiveSwapsActors() throws {
        let event = try #require(events("Iran was attacked by Israel on Friday.").first)
        #expect(event.source == "ISR" && event.target == "IRN")
        #expect(event.code.quadClass == .materialConflict)
    }

    @Test func nounsAndNegationsAreNotEvents() {
        #expect(events("Russia has recently been voicing its support for Iran.").allSatisfy { $0.verb != "support" })
        #expect(events("Russia did not attack Iran.").isEmpty)
    }

    @Test func compoundSubjects() {
        let coded = events("Beijing and Moscow maintain economic ties with Iran.")
        #expect(Set(coded.map(\.source)) == ["CHN", "RUS"])
        #expect(coded.allSatisfy { $0.target == "IRN" })
    }
}
