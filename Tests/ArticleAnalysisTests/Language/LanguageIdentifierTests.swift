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

    @Test func shortTextHasNoVerdict() {
        #expect(LanguageIdentifier.identify("ok") == nil)
    }
}
