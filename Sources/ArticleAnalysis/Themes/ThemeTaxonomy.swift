/// A GKG-like theme taxonomy for international news, written by hand for ArticleWatch (docs/themes.md
/// lists it). Each theme has cue words and phrases; a plural "-s" of a cue matches too. Cues are chosen to
/// be specific: a word that is common in other senses ("force", "power", "deal") is only a cue in a phrase.
public struct ThemeTaxonomy: Sendable {
    public struct Theme: Sendable {
        /// Stable identifier in GDELT's style ("SANCTIONS").
        public var id: String
        public var label: String
        public var cues: [String]
    }

    public let themes: [Theme]
    /// Each cue's themes, as a range of `cueThemes`: a plain value, so reading a match retains nothing.
    let cues: PhraseTable<Range<Int32>>
    /// The themes of the cues, each cue's list after the other's (`cues`).
    let cueThemes: [Int]
    /// The `TokenHash` of every cue's first word (one-word cues included) as a bit set: a word it refuses
    /// starts no match and no singular it refuses is a cue. A few bits per word keep it in cache.
    let cueOpenings: HashFilter

    public static let standard = ThemeTaxonomy(themes: [
        Theme(id: "MILITARY", label: "military", cues: [
            "military", "army", "troops", "soldier", "armed forces", "air force", "navy", "naval", "missile",
            "drone", "airstrike", "air strike", "bombing", "warplane", "fighter jet", "weapon", "weapons",
            "arms", "artillery", "tank", "battlefield", "offensive", "invasion", "combat", "defense system",
            "defence system", "s-300", "s-400", "su-35", "ballistic", "warship", "military base", "air defense",
            "air defence", "ammunition", "shahed", "war", "frontline", "mercenaries", "militias", "militia",
        ]),
        Theme(id: "ARMS_TRADE", label: "arms trade", cues: [
            "arms deal", "arms deals", "arms trade", "arms sales", "arms exports", "weapons deliveries",
            "arms supplies", "military aid", "military equipment", "defense cooperation", "defence cooperation",
            "drone supplies", "arms embargo",
        ]),
        Theme(id: "ECON_TRADE", label: "economy and trade", cues: [
            "economy", "economic", "trade", "trading", "export", "exports", "import", "imports", "investment",
            "investments", "market", "gdp", "tariff", "currency", "banking", "bank", "finance", "financial",
            "business", "commerce", "commercial", "corridor", "transit", "rail", "railway", "inflation",
            "rouble", "ruble", "rial", "dollar", "barter", "payment system", "free trade", "trade turnover",
            "north-south transport corridor", "infrastructure", "industry", "industrial",
        ]),
        Theme(id: "ENERGY", label: "energy", cues: [
            "oil", "gas", "energy", "crude", "petroleum", "pipeline", "lng", "opec", "oil production",
            "gas exporter", "gas reserves", "oil prices", "refinery", "electricity", "power plant", "fuel",
            "barrels", "oilfield", "gas field",
        ]),
        Theme(id: "NUCLEAR", label: "nuclear", cues: [
            "nuclear", "uranium", "enrichment", "enriched", "centrifuge", "centrifuges", "reactor", "iaea",
            "atomic", "jcpoa", "nuclear deal", "nuclear program", "nuclear programme", "non-proliferation",
            "npt", "warhead", "bushehr", "natanz", "fordow", "rosatom", "plutonium",
        ]),
        Theme(id: "SANCTIONS", label: "sanctions", cues: [
            "sanction", "sanctions", "sanctioned", "embargo", "blacklist", "blacklisted", "asset freeze",
            "export controls", "swift", "secondary sanctions", "snapback", "isolation", "sanctions-laden",
            "restrictive measures",
        ]),
        Theme(id: "DIPLOMACY", label: "diplomacy", cues: [
            "diplomacy", "diplomatic", "diplomat", "diplomats", "talks", "negotiation", "negotiations",
            "summit", "foreign minister", "foreign ministry", "ambassador", "embassy", "envoy", "mediation",
            "mediator", "bilateral", "multilateral", "state visit", "official visit", "memorandum",
            "agreement", "treaty", "accord", "dialogue", "united nations", "security council", "veto",
        ]),
        Theme(id: "ALLIANCES", label: "alliances and partnerships", cues: [
            "alliance", "alliances", "ally", "allies", "allied", "partnership", "partner", "partners",
            "strategic partnership", "coalition", "axis", "bloc", "brics", "shanghai cooperation organisation",
            "shanghai cooperation organization", "nato", "csto", "cooperation", "collaboration", "solidarity",
            "comprehensive strategic partnership", "marriage of convenience", "rapprochement", "allyship",
        ]),
        Theme(id: "TERROR", label: "terrorism", cues: [
            "terrorism", "terrorist", "terrorists", "terror", "extremist", "extremism", "jihadist", "isis",
            "isil", "islamic state", "al-qaeda", "suicide bomber", "hostage", "insurgent", "insurgency",
            "counterterrorism", "counter-terrorism", "militant", "militants",
        ]),
        Theme(id: "HUMAN_RIGHTS", label: "human rights", cues: [
            "human rights", "rights abuses", "torture", "execution", "executions", "political prisoners",
            "repression", "crackdown", "censorship", "freedom of expression", "persecution", "dissident",
            "dissidents", "civil liberties", "war crimes", "atrocities", "humanitarian",
        ]),
        Theme(id: "ELECTIONS", label: "elections", cues: [
            "election", "elections", "vote", "voting", "voters", "ballot", "referendum", "campaign",
            "candidate", "candidates", "polls", "electoral", "inauguration", "re-election", "parliamentary",
        ]),
        Theme(id: "PROTEST", label: "protest and unrest", cues: [
            "protest", "protests", "protesters", "demonstration", "demonstrations", "demonstrators", "riot",
            "riots", "unrest", "uprising", "strike", "rally", "rallies", "dissent",
        ]),
        Theme(id: "CYBER", label: "cyber and information", cues: [
            "cyber", "cyberattack", "cyber attack", "hacker", "hackers", "hacking", "malware", "ransomware",
            "disinformation", "propaganda", "surveillance", "internet", "information warfare", "cybersecurity",
        ]),
        Theme(id: "HEALTH", label: "health", cues: [
            "health", "pandemic", "covid", "covid-19", "vaccine", "vaccines", "virus", "epidemic", "disease",
            "hospital", "hospitals", "medical", "medicine", "medicines", "outbreak",
        ]),
        Theme(id: "INTELLIGENCE", label: "intelligence and security", cues: [
            "intelligence", "espionage", "spy", "spies", "security services", "intelligence sources",
            "intelligence sharing", "intelligence exchange", "covert", "clandestine", "counterintelligence",
        ]),
        Theme(id: "REFUGEES", label: "refugees and migration", cues: [
            "refugee", "refugees", "migrant", "migrants", "migration", "asylum", "displaced", "displacement",
        ]),
        Theme(id: "RELIGION", label: "religion and ideology", cues: [
            "religion", "religious", "ideology", "ideological", "clergy", "cleric", "clerics", "theocracy",
            "islamic revolution", "shia", "shiite", "sunni", "orthodox church",
        ]),
        Theme(id: "TERRITORY", label: "territory and borders", cues: [
            "border", "borders", "territory", "territorial", "annexation", "annexed", "sovereignty",
            "occupation", "occupied", "separatist", "separatists", "disputed",
        ]),
    ])

    public init(themes: [Theme]) {
        self.themes = themes
        var lists = PhraseTable<[Int]>()
        var phrases: [[String]] = []
        var openings: [UInt64] = []
        for (index, theme) in themes.enumerated() {
            for cue in theme.cues {
                let keys = WordTokenizer.tokens(of: cue).keys
                if lists.value(for: keys) == nil { phrases.append(keys) }
                lists.insert(keys, (lists.value(for: keys) ?? []) + [index])
                if let first = keys.first { openings.append(TokenHash.of(first)) }
            }
        }
        var table = PhraseTable<Range<Int32>>()
        var flat: [Int] = []
        for keys in phrases {
            let themes = lists.value(for: keys)!
            table.insert(keys, Int32(flat.count)..<Int32(flat.count + themes.count))
            flat += themes
        }
        table.filterContinuations()
        cues = table
        cueThemes = flat
        var filter = HashFilter(capacity: Set(openings).count)
        for hash in openings { filter.insert(hash) }
        cueOpenings = filter
    }
}
