import ArticleAnalysis
import Testing

@Suite struct CameoVerbDictionaryTests {
    @Test func regularAndIrregularForms() {
        #expect(Set(CameoVerbDictionary.inflections(of: "supply")).isSuperset(of: ["supplies", "supplied", "supplying"]))
        #expect(Set(CameoVerbDictionary.inflections(of: "attack")).isSuperset(of: ["attacks", "attacked", "attacking"]))
        #expect(CameoVerbDictionary.inflections(of: "ban") == ["ban", "bans", "baned", "baning", "banned", "banning"])
        #expect(CameoVerbDictionary.inflections(of: "reach") == ["reach", "reaches", "reached", "reaching"])
        #expect(CameoVerbDictionary.inflections(of: "seize") == ["seize", "seizes", "seized", "seizing"])
        #expect(CameoVerbDictionary.inflections(of: "play") == ["play", "plays", "played", "playing", "playyed", "playying"])
        #expect(CameoVerbDictionary.inflections(of: "go") == ["go", "gos", "goed", "going"])
        #expect(CameoVerbDictionary.inflections(of: "x") == ["x"])
        let dictionary = CameoVerbDictionary.standard
        #expect(dictionary.forms.value(for: ["brought"]) != nil)
        #expect(dictionary.blocks.count > 300)
    }

    @Test func readsPatternsAndSynsets() throws {
        let dictionary = CameoVerbDictionary(text: """
            &TIETYPES
            +MILITARY
            +ECONOMIC
            --- RESTORE [064] ---
            RESTORE
            - * &TIETYPES TIES [065]
            - * TALKS [---]
            """)
        let form = try #require(dictionary.forms.value(for: ["restored"]))
        #expect(dictionary.blocks[form.block].code?.rawValue == "064")
        #expect(dictionary.blocks[form.block].patterns.first?.after == [.synset("&TIETYPES"), .word("ties")])
        #expect(dictionary.synsets["&TIETYPES"] == [["military"], ["economic"]])
    }

    @Test func quadClassesAndGoldstein() throws {
        let sign = try #require(CameoCode("057"))
        #expect(sign.quadClass == .verbalCooperation && sign.goldstein == 8.0)
        let fight = try #require(CameoCode("190"))
        #expect(fight.quadClass == .materialConflict && fight.goldstein == -10)
        #expect(CameoCode("---") == nil)
    }
}
