/// English function words that never start or end a key phrase (they may sit inside one: "Bank of England").
/// Our own list: articles, pronouns, prepositions, conjunctions, auxiliaries and modal verbs, quantifiers,
/// frequent adverbs, and reporting verbs that news repeats without meaning ("said", "told").
enum EnglishStopWords {
    /// The words as a byte table, looked up straight from a token's bytes (key phrases, summary).
    static let table = ByteKeyTable(keys: words.map { Array($0.utf8) })

    static let words: [String] = """
        a about above according across actually after afterwards again against ago all almost alone along already \
        also although always am among amongst an and another any anybody anyhow anyone anything anyway anywhere \
        are around as at away back be became because become becomes becoming been before beforehand behind being \
        below beside besides between beyond both but by can cannot could did do does doing done down during each \
        either else elsewhere enough etc even ever every everybody everyone everything everywhere except far few \
        first for former formerly from further furthermore get gets getting give given gives go goes going gone \
        got had has have having he hence her here hereafter hereby herein hers herself him himself his how however \
        i if in indeed instead into is it its itself just last latter latterly least less let lets like likely \
        made make makes making many may maybe me meanwhile might mine more moreover most mostly much must my \
        myself near nearly neither never nevertheless next no nobody none noone nor not nothing now nowhere of off \
        often on once one ones only onto or other others otherwise our ours ourselves out over own per perhaps \
        put quite rather really said say saying says second see seem seemed seeming seems several shall she \
        should since so some somebody somehow someone something sometime sometimes somewhere still such than that \
        the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these \
        they third this those though through throughout thus to together told too toward towards under unless \
        until up upon us use used uses using very via was we well were what whatever when whence whenever where \
        whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom \
        whose why will with within without would yet you your yours yourself yourselves mr mrs ms dr also \
        amid amidst despite including includes include included via would've could've should've isn't aren't \
        wasn't weren't don't doesn't didn't won't wouldn't can't couldn't shouldn't it's that's there's he's \
        she's they're we're you're i'm i've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll \
        she'll we'll they'll it'll year years day days time times way ways two three four \
        five six seven eight nine ten
        """.split(separator: " ").map { String($0) }
}
