import Testing

@testable import ArticleAnalysis

/// The entity lexicon tokenizes all its surfaces in one call, one a line; each row must get exactly the tokens
/// its surface gets alone, or the table's keys (and the name tagger's word classes) would change.
@Suite struct EntityLexiconRowsTests {
    @Test func surfacesTokenizedTogetherAreTokenizedAsAlone() {
        let text = EntityLexicon.rows
        let bytes = Array(text.utf8)
        let (rows, all) = EntityLexicon.tokenizedRows(text.utf8.span)
        var mismatches: [String] = []
        for row in rows {
            let surface = String(decoding: bytes[row.surface], as: UTF8.self)
            let alone = WordTokenizer.tokens(of: surface)
            guard row.tokens.count == alone.count else {
                mismatches.append(surface)
                continue
            }
            for (index, single) in zip(row.tokens, alone.indices) {
                let (together, solo) = (all[index], alone[single])
                let same =
                    together.hash == solo.hash && together.singularHash == solo.singularHash
                    && together.isCapitalized == solo.isCapitalized && together.isAllCaps == solo.isAllCaps
                    && together.isWord == solo.isWord && together.hasHyphen == solo.hasHyphen
                    && together.isASCII == solo.isASCII && together.hasASCIICapital == solo.hasASCIICapital
                    && all.key(index) == alone.key(single) && all.text(index) == alone.text(single)
                if !same {
                    mismatches.append(surface)
                    break
                }
            }
        }
        #expect(rows.count > 20_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func rowsWithFewerFieldsOrAnUnknownKindAreSkipped() {
        let text = "C\tIran\tIran\tIRN\tIRN\nX\tMars\tMars\tMRS\tMRS\nO\tUN\tUnited Nations\tIGOUNO\n\nP\tAl Gore\tAl Gore\tUSAELI\tUSA\textra\n"
        let bytes = Array(text.utf8)
        let (rows, all) = EntityLexicon.tokenizedRows(text.utf8.span)
        #expect(rows.map { String(decoding: bytes[$0.surface], as: UTF8.self) } == ["Iran", "Al Gore"])
        #expect(rows.map { $0.tokens.map(all.key) } == [["iran"], ["al", "gore"]])
        #expect(rows.map { String(decoding: bytes[$0.country], as: UTF8.self) } == ["IRN", "USA"])
        let lexicon = EntityLexicon(rows: text)
        #expect(lexicon.countryNames["IRN"] == "Iran")
        #expect(lexicon.phrases.count == 2)
    }
}
