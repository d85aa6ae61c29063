/// The English words the amount scanner knows: spelled-out numbers, scales, currencies and percent.
/// Small enough to live in code; looked up by `WordKey`, built once on first use.
enum QuantityLexicon {
    /// "one" … "ninety" and "dozen"; "hundred" multiplies what came before ("two hundred").
    static let numberWords = WordTable<Double>(numberWordValues)
    private static let numberWordValues: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]
    /// The shortest and longest number word, in letters (a run of another length is no number word).
    static let numberWordLetters = numberWordValues.keys.map(\.utf8.count).min()!...numberWordValues.keys.map(\.utf8.count).max()!
    static let hundred = WordKey("hundred"), dozen = WordKey("dozen")

    /// Scale words after a number, spaced or glued ("4 billion", "$4bn").
    static let scales = WordTable<Double>([
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "mln": 1e6, "bn": 1e9,
        "bln": 1e9, "tn": 1e12, "trn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    ])
    /// Single-letter scales, trusted only glued to a money amount ("€2.5m", "$300k"): "5 m" is usually metres.
    static let moneySuffixScales = WordTable<Double>(["k": 1e3, "m": 1e6, "b": 1e9])

    /// Currency names after the number ("1.2 trillion rubles"), and ISO codes either side ("USD 5 million").
    static let currencyWords = WordTable<String>([
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "ruble": "RUB", "rubles": "RUB",
        "rouble": "RUB", "roubles": "RUB", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupee": "INR",
        "rupees": "INR", "rial": "IRR", "rials": "IRR", "riyal": "SAR", "riyals": "SAR", "dirham": "AED",
        "dirhams": "AED", "lira": "TRY", "liras": "TRY", "shekel": "ILS", "shekels": "ILS", "hryvnia": "UAH",
        "hryvnias": "UAH", "sterling": "GBP",
    ])
    /// Currency words that are ordinary words elsewhere ("won", "pounds" of weight): money only after a scale.
    static let currencyWordsAfterScale = WordTable<String>([
        "pound": "GBP", "pounds": "GBP", "won": "KRW", "francs": "CHF",
    ])
    static let currencyCodes = WordTable<String>(currencyCodeList.map { (WordKey($0), $0) })
    private static let currencyCodeList = [
        "USD", "EUR", "GBP", "RUB", "CNY", "JPY", "INR", "IRR", "SAR", "AED", "TRY", "ILS", "UAH", "KRW", "CHF", "CAD",
        "AUD", "HKD", "QAR", "KWD", "IQD", "EGP", "PKR",
    ]
    /// Words written before the amount: "Rs 500 crore", and the letters before `$` ("US$", "A$", "HK$").
    static let currencyPrefixes = WordTable<String>(currencyPrefixValues)
    private static let currencyPrefixValues = ["rs": "INR", "inr": "INR"]
    static let dollarPrefixes = WordTable<String>(dollarPrefixValues)
    private static let dollarPrefixValues = ["us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "s": "SGD"]
    /// "Canadian dollars", "Swiss francs": the adjective decides the code.
    static let dollarAdjectives = WordTable<String>([
        "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "singapore": "SGD", "swiss": "CHF",
    ])

    /// Every word an amount can start with (number words, currency prefixes and codes), so the scanner
    /// rejects all other words with one lookup.
    static let amountStarts = WordSet(
        Array(numberWordValues.keys) + currencyCodeList + Array(currencyPrefixValues.keys) + Array(dollarPrefixValues.keys))

    static var percentWords: WordSet { PercentWords.all }
    static let per = WordKey("per"), cent = WordKey("cent"), points = WordKey("points"), and = WordKey("and")

    /// Plural nouns that do not end in "s".
    static let irregularPlurals = WordSet(
        ["people", "children", "men", "women", "personnel", "police", "staff", "aircraft", "troops", "crew",
         "militia", "feet", "teeth", "mice", "cattle", "sheep", "fish", "livestock", "infantry"])
    /// Words ending in "s" that are not the counted noun ("three times", "two of us", "is", "was").
    static let notCountNouns = WordSet(
        ["is", "was", "has", "as", "this", "its", "his", "hers", "us", "thus", "yes", "less", "across", "always",
         "perhaps", "times", "percent", "whereas", "unless", "its", "ours", "yours", "theirs", "does", "goes",
         "says", "tells", "plus", "minus", "versus", "besides", "towards", "afterwards", "nevertheless"])
    /// Words after which the counted noun is not coming: "2,000 of them", "three in four".
    static let countStoppers = WordSet(
        ["of", "to", "and", "or", "in", "the", "a", "an", "than", "per", "from", "by", "for", "at", "on", "with",
         "that", "which", "who", "but", "were", "are", "had", "have", "will", "would", "could", "more",
         "out", "into", "over", "under", "after", "before", "since", "ago"])
}
