/// The word lists and constants of VADER's rules (Hutto & Gilbert 2014, as vaderSentiment 3.3.2 applies them).
/// The numbers are the paper's empirically derived mean intensity changes from its human raters.
enum VaderRules {
    /// A booster ("very") raises, a dampener ("slightly") lowers the intensity of the word it modifies.
    static let boosterIncrement = 0.293
    static let boosterDecrement = -0.293
    /// A sentiment word in ALL CAPS among mixed-case words gains this much intensity.
    static let capsIncrement = 0.733
    /// A negated sentiment word flips and weakens by this factor.
    static let negationScalar = -0.74
    /// The normalisation `x / sqrt(x² + alpha)` maps the valence sum into −1 … 1; alpha approximates the maximum
    /// expected sum.
    static let normalisationAlpha = 15.0
    /// Each "!" (up to four) and each "?" (when two or three; four or more count 0.96) adds emphasis.
    static let exclamationEmphasis = 0.292
    static let maxExclamations = 4
    static let questionEmphasis = 0.18
    static let manyQuestionsEmphasis = 0.96
    /// Sentiment before "but" counts half, after it one and a half times.
    static let beforeButWeight = 0.5
    static let afterButWeight = 1.5
    /// A booster two or three words away counts a little less than one right before the word.
    static let boosterDistanceDamping = [1.0, 0.95, 0.9]
    /// "never so good", "never this good": the negation turns into emphasis.
    static let neverSoEmphasis = 1.25

    static let negations: [String] = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't",
        "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt",
        "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't",
        "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt",
        "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt",
        "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    static let boosters: [String] = [
        "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
        "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme",
        "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging",
        "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
        "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
        "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous",
        "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
    ]

    static let dampeners: [String] = [
        "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginal", "marginally",
        "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly", "somewhat", "sorta",
        "sortof", "sort-of",
    ]

    /// Two-word dampeners, which the idiom check adds to the word after them.
    static let dampenerBigrams: [String] = ["just enough", "kind of", "sort of"]

    /// Phrases containing lexicon words whose meaning is not the sum of their words ("the bomb", "bad ass").
    static let specialCases: [(String, Double)] = [
        ("the shit", 3), ("the bomb", 3), ("bad ass", 1.5), ("bus stop", 0), ("yeah right", -2),
        ("kiss of death", -1.5), ("to die for", 3), ("beating heart", 3.5),
    ]

    /// Words the rules test by identity.
    static let ruleWords: [String] = [
        "no", "or", "nor", "kind", "of", "but", "least", "at", "very", "never", "so", "this", "without", "doubt",
    ]
}
