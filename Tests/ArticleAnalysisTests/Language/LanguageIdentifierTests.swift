@testable import ArticleAnalysis
import Testing

@Suite struct LanguageIdentifierTests {
    @Test(arguments: [
        ("Russia has recently been voicing its support for Iran in light of US pressure and sanctions on the country.", "en"),
        ("Les relations entre Moscou et Téhéran se sont renforcées depuis le début de la guerre en Ukraine.", "fr"),
        ("Die Beziehungen zwischen Moskau und Teheran haben sich seit Beginn des Krieges in der Ukraine vertieft.", "de"),
        ("Las relaciones entre Moscú y Teherán se han fortalecido desde el comienzo de la guerra en Ucrania. Los dos gobiernos firmaron un nuevo acuerdo que, según los diplomáticos, todavía no se ha cumplido.", "es"),
        ("Отношения между Москвой и Тегераном укрепились с начала войны на Украине, говорят дипломаты.", "ru"),
    ])
    func identifiesLanguages(text: String, code: String) throws {
        let guess = try #require(LanguageIdentifier.identify(text))
        #expect(guess.code == code)
        #expect(guess.confidence > 0.5)
    }

    /// The first look at 512 bytes gives the 1 KiB verdict: for a sure English text (which it settles), and
    /// for any other text, which is read again over 1 KiB (its own first look may differ).
    @Test func firstLookGivesTheFullVerdict() throws {
        let english = String(repeating: "Russia has recently been voicing its support for Iran in light of US pressure. ", count: 20)
        let mixed = String(repeating: "Russia has recently been voicing its support for Iran. ", count: 8)
            + String(repeating: "Die Beziehungen zwischen Moskau und Teheran haben sich vertieft. ", count: 12)
        let german = String(repeating: "Die Beziehungen zwischen Moskau und Teheran haben sich seit Beginn des Krieges vertieft. ", count: 12)
        for text in [english, mixed, german] {
            #expect(text.utf8.count > LanguageIdentifier.maximumBytes)
            #expect(LanguageIdentifier.firstLook(text) == LanguageIdentifier.detect(text, maximumBytes: LanguageIdentifier.maximumBytes))
        }
        #expect(try #require(LanguageIdentifier.firstLook(english)).code == "en")
        #expect(try #require(LanguageIdentifier.firstLook(german)).code == "de")
    }

    /// The stage hands the identifier only the opening of a long text: the verdict is the whole text's.
    @Test func openingOfTheTextKeepsTheVerdict() {
        let texts = [
            String(repeating: "Russia has recently been voicing its support for Iran in light of US pressure. ", count: 60),
            String(repeating: "Bayern Munich 2 Borussia Moenchengladbach 0 . ", count: 40)
                + String(repeating: "results of the matches played on the weekend and the standings after them. ", count: 40),
            String(repeating: "Die Beziehungen zwischen Moskau und Teheran haben sich vertieft. ", count: 60),
            String(repeating: "é", count: 3_000), "short text",
        ]
        for text in texts {
            let opening = LanguageStage.opening(of: text)
            #expect(opening.utf8.count <= max(text.utf8.count, LanguageIdentifier.bytesRead + 3))
            #expect(LanguageIdentifier.identify(String(opening)) == LanguageIdentifier.identify(text))
        }
        #expect(LanguageStage.opening(of: String(repeating: "é", count: 3_000)).utf8.count == LanguageIdentifier.bytesRead + 1)
    }

    @Test func shortTextHasNoVerdict() {
        #expect(LanguageIdentifier.identify("ok") == nil)
    }
}
