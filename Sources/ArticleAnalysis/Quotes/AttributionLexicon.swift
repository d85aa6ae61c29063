/// The English words that attribute a quote, and the words that say a source is unnamed.
enum AttributionLexicon {
    /// Verbs of saying, in the tenses news uses for attribution.
    static let verbs = WordSet(
        ["said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "warned", "warns", "stated",
         "states", "noted", "notes", "explained", "explains", "insisted", "insists", "argued", "argues", "declared",
         "declares", "announced", "announces", "claimed", "claims", "continued", "continues", "concluded",
         "concludes", "asked", "asks", "replied", "replies", "responded", "remarked", "recalled", "acknowledged",
         "admitted", "stressed", "stresses", "emphasized", "emphasised", "commented", "reported", "reports",
         "revealed", "tweeted", "posted", "observed", "cautioned", "predicted", "vowed", "urged", "testified",
         "conceded", "countered", "declared", "affirmed", "asserted", "maintained", "suggested", "quipped",
         "agreed", "joked", "wondered", "shouted", "exclaimed", "recounted", "lamented", "mused", "boasted",
         "complained", "promised", "pledged", "sighed", "tweets", "writes", "cautions", "warns", "recalls", "explains",
         "insists", "argues", "adds", "notes"])
    static let according = WordKey("according"), to = WordKey("to"), that = WordKey("that")

    /// Words between a speaker and the verb that are not part of the speaker ("Putin also said").
    static let auxiliaries = WordSet(
        ["also", "has", "had", "have", "later", "reportedly", "then", "once", "previously", "recently", "further",
         "again", "would", "will", "had", "is", "was", "earlier", "simply", "publicly", "privately", "bluntly",
         "separately", "repeatedly", "reportedly", "once", "quickly", "flatly"])
    /// Words that end a speaker phrase: clause links before it, prepositions and relatives after it.
    static let phraseBreaks = WordSet(
        ["that", "which", "who", "whom", "and", "but", "while", "as", "because", "when", "where", "if", "so",
         "in", "on", "at", "during", "after", "before", "since", "adding", "noting", "saying", "told", "to",
         "yesterday", "today", "last", "this", "earlier", "on", "via", "with", "than", "however"])
    /// Abbreviations whose full stop belongs to the speaker's name ("Rep. Ilhan Omar", "Gen. Milley", "Dräger, Inc.").
    static let titleAbbreviations = WordSet(
        ["mr", "mrs", "ms", "dr", "prof", "rep", "reps", "sen", "sens", "gov", "gen", "lt", "col", "sgt", "capt",
         "cmdr", "adm", "maj", "st", "jr", "sr", "rev", "hon", "amb", "pres", "supt", "insp", "det", "inc", "corp",
         "co", "ltd", "llc", "plc", "bros"])
    /// Verbs that are as often plural nouns ("reports that depicted …"): no "verb that X “…”" attribution.
    static let nounLikeVerbs = WordSet(["reports", "claims", "states", "notes", "posts", "adds"])
    /// Words a speaker phrase never opens with.
    static let prepositions = WordSet(
        ["of", "on", "in", "at", "to", "by", "for", "with", "from", "according", "after", "before", "during", "since",
         "as", "into", "about", "than", "under", "over"])
    /// "of" and "from" end a speaker phrase once a full name has been read ("Brian Babin of Texas").
    static let originWords = WordSet(["of", "from"])
    /// Words that start a new clause: a speaker between a quote and its verb never contains them.
    static let clauseWords = WordSet(["that", "which", "who", "whom", "because", "when", "while", "where", "if", "but", "however"])
    /// Pronouns that stand for the last named speaker.
    static let personalPronouns = WordSet(["he", "she"])
    /// Pronouns and placeholders that name nobody we can resolve.
    static let opaquePronouns = WordSet(["it", "they", "we", "i", "you", "this", "which", "who", "one"])
    /// Nouns that make a source anonymous when no name comes with them ("one intelligence source", "officials").
    /// Unnamed experts, officers or passers-by are not anonymous sourcing and are left out.
    static let anonymousNouns = WordSet(
        ["source", "sources", "official", "officials", "diplomat", "diplomats", "insider", "insiders", "aide", "aides"])
    /// "person"/"people" are anonymous sourcing only with these: "people familiar with the matter", "a person briefed".
    static let anonymousPeople = WordSet(["person", "people", "persons"])
    static let anonymousQualifiers = WordSet(["familiar", "close", "briefed", "knowledgeable", "involved"])
    /// Words in the quote's sentence that say the speaker is unnamed on purpose.
    static let anonymityWords = WordSet(anonymityWordList)
    private static let anonymityWordList = ["anonymity", "anonymously", "unnamed", "unidentified"]
    /// The smallest packed key a word as long as the shortest of `anonymityWords` can have ("a" repeated):
    /// a word with fewer letters has a smaller key and needs no lookup.
    static let smallestAnonymityKey =
        WordKey(String(repeating: "a", count: anonymityWordList.map(\.count).min() ?? 1)).rawValue
    static let articles = WordSet(["the", "a", "an"])
}
