/// Closed word lists the recogniser's rules use: titles that introduce a person, words that end an
/// organisation's name, and capitalised words that are not names. Written by hand for English news.
enum NameWords {
    /// Words of a title before a person's name ("Deputy Foreign Minister", "Grand Ayatollah").
    static let titles: TokenSet = [
        "president", "prime", "minister", "foreign", "defense", "defence", "interior", "finance", "deputy", "vice",
        "dr", "dr.", "doctor", "ayatollah", "grand", "general", "gen", "gen.", "sheikh", "sheik", "king", "queen",
        "prince", "crown", "supreme", "leader", "secretary", "secretary-general", "senator", "sen.", "mr", "mr.", "mrs",
        "mrs.", "ms", "ms.", "professor", "prof", "prof.", "chancellor", "ambassador", "spokesman", "spokeswoman",
        "spokesperson", "admiral", "colonel", "col.", "shah", "emir", "hojatoleslam", "hojjatoleslam", "imam",
        "pope", "premier", "commander", "chief", "envoy", "director", "chairman", "chairwoman", "speaker",
        "governor", "mayor", "judge", "lieutenant", "lt.", "major", "maj.", "captain", "capt.", "sir", "lord",
        "lady", "dame", "president-elect", "former", "late", "state", "brigadier", "field", "marshal", "cleric",
        "rep.", "representative", "analyst", "journalist", "author", "editor", "officer", "sultan", "mullah",
    ]
    /// Titles that can stand alone before a name (the others only qualify one of these).
    static let headTitles: TokenSet = [
        "president", "minister", "dr", "dr.", "doctor", "ayatollah", "general", "gen", "gen.", "sheikh", "sheik",
        "king", "queen", "prince", "leader", "secretary", "secretary-general", "senator", "sen.", "mr", "mr.", "mrs",
        "mrs.", "ms", "ms.", "professor", "prof", "prof.", "chancellor", "ambassador", "spokesman", "spokeswoman",
        "spokesperson", "admiral", "colonel", "col.", "shah", "emir", "hojatoleslam", "hojjatoleslam", "imam",
        "pope", "premier", "commander", "chief", "envoy", "director", "chairman", "chairwoman", "speaker",
        "governor", "mayor", "judge", "lieutenant", "lt.", "major", "maj.", "captain", "capt.", "sir", "lord",
        "lady", "dame", "president-elect", "marshal", "cleric", "rep.", "representative", "analyst", "journalist",
        "author", "editor", "officer", "sultan", "mullah",
    ]
    /// Last words of organisation names.
    static let organizationHeads = TokenSet(organizationHeadWords)
    static let organizationHeadWords = [
        "ministry", "council", "agency", "organization", "organisation", "institute", "institution", "endowment",
        "university", "bank", "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "party", "forces",
        "force", "guard", "guards", "corps", "committee", "commission", "union", "foundation", "center", "centre",
        "association", "fund", "court", "parliament", "assembly", "army", "navy", "department", "office", "group",
        "network", "alliance", "league", "front", "movement", "brigade", "brigades", "times", "post", "news",
        "service", "services", "authority", "tribunal", "board", "federation", "conference", "forum", "school",
        "college", "academy", "club", "review", "journal", "tribune", "herald", "monitor", "observatory",
        "program", "programme", "project", "initiative", "watch", "international", "media", "agency's", "cabinet",
        "senate", "congress", "representatives", "duma", "majlis", "police", "militia", "regime", "government", "state", "bureau",
    ]
    /// Lower-case words allowed inside a name ("Bashar al-Assad", "Ministry of Foreign Affairs").
    static let nameParticles: TokenSet = ["al", "bin", "ibn", "de", "van", "von", "da", "el", "la", "le", "du"]
    static let organizationConnectors: TokenSet = ["of", "for", "and", "the", "on", "&"]
    /// Capitalised words that start sentences or headings but never names.
    static let notNames: TokenSet = [
        "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "but", "or", "nor", "so",
        "yet", "if", "as", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "there", "here", "what", "which", "who", "whom", "whose", "when",
        "where", "why", "how", "all", "some", "any", "many", "most", "more", "both", "each", "every", "no", "not",
        "while", "although", "though", "however", "meanwhile", "moreover", "furthermore", "also", "yet", "after",
        "before", "since", "until", "during", "despite", "because", "according", "today", "yesterday", "tomorrow",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "mr", "mrs", "ms", "dr", "one", "two", "three", "first", "second", "last", "new", "such", "other", "over",
        "under", "about", "into", "through", "than", "then", "now", "just", "only", "even", "still", "already",
        "yes", "oh", "read", "see", "click", "share", "follow", "subscribe", "related", "advertisement", "photo",
        "image", "video", "getty", "images", "ap", "afp", "file", "source", "sources", "update", "updated",
        "english", "islam", "islamic", "muslim", "muslims", "christian", "shia", "shiite", "sunni", "arab", "arabs",
        "western", "eastern", "northern", "southern", "west", "east", "north", "south", "god", "allah",
        "internet", "covid", "war", "wars", "world", "cold", "civil", "revolution", "republic", "kingdom", "empire", "era",
        "historical", "conclusion", "introduction", "summary", "background", "analysis", "opinion", "comment",
    ]
}
