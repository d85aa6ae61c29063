@testable import ArticleAnalysis
import Testing

@Suite struct TextRepairTests {
    @Test(arguments: [
        ("the Russian -Iranian relations", "the Russian-Iranian relations"),
        ("Bashar al -Assad and a long -term plan", "Bashar al-Assad and a long-term plan"),
        ("a Russian- Iranian deal", "a Russian-Iranian deal"),
        ("pre- and post-war Europe", "pre- and post-war Europe"),
        ("a place of singular beauty -and singular selflessness", "a place of singular beauty -and singular selflessness"),
        ("mechanically separated meat -a mixture of meat and bone", "mechanically separated meat -a mixture of meat and bone"),
        ("one - two", "one - two"),
        ("a temperature of -5 degrees", "a temperature of -5 degrees"),
        ("Ukraine ? ”", "Ukraine?”"),
        ("word , next word .", "word, next word."),
        ("  stray\u{A0}\u{A0}spaces\tand\u{200B}zero width  ", "stray spaces andzero width"),
        // Non-ASCII letters around the rules: the byte loop decodes them to scalars.
        ("the Tāleqāni -Ḥosseini line", "the Tāleqāni-Ḥosseini line"),
        ("São Paulo , Zürich ? ”", "São Paulo, Zürich?”"),
        ("Ωmega- Éclair", "Ωmega-Éclair"),
        ("an émigré -à la mode", "an émigré-à la mode"),
    ])
    func repairsScrapeArtefacts(input: String, expected: String) {
        #expect(TextRepair().repair(input) == expected)
    }

    @Test func composesToNFC() {
        let decomposed = "Te\u{0301}he\u{0301}ran"
        #expect(TextRepair().repair(decomposed).unicodeScalars.count == 7)
        #expect(TextRepair().repair(decomposed) == "Téhéran")
    }

    @Test func quoteMixFollowsTheMajority() {
        let text = "“He said” it’s “fine” but \"not\" here"
        let style = TextRepair.quoteStyle(of: text)
        #expect(style == .curly)
        #expect(TextRepair(quotes: style).repair(text) == "“He said” it’s “fine” but “not” here")
        let straight = "\"A\" and \"B\" and 'c' but “d”"
        #expect(TextRepair(quotes: TextRepair.quoteStyle(of: straight)).repair(straight) == "\"A\" and \"B\" and 'c' but \"d\"")
        #expect(TextRepair.quoteStyle(of: "no quotes") == .keep)
    }
}
