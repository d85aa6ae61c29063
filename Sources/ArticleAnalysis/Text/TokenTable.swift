/// The article's words, made once after `segment` and read by every later stage that works on words
/// (entities, places, the name tagger, themes, dyads) instead of each tokenising the sentences again.
///
/// Modelled on spaCy's `Doc` over a `Vocab`: a token is a small value (offsets, a case-folded hash, shape
/// flags; `WordToken`) and what belongs to the word rather than to the occurrence (its key, how often the
/// article uses it, whether it is ever written in lower case) is stored once per distinct key in the
/// article's `Vocabulary`, which each token points into by its lexeme id. Tokens follow `WordTokenizer`'s
/// rules; each sentence's tokens are a `WordTokens` (offsets relative to the sentence) so a stage that works
/// sentence by sentence reads them without copying.
public struct TokenTable: Sendable {
    /// Each sentence's tokens, in reading order.
    public private(set) var sentences: [WordTokens]
    /// UTF-8 offset of each sentence in the clean text (add it to a token's `textRange` for the document's).
    public private(set) var sentenceStarts: [Int]
    /// The paragraph of each sentence.
    public private(set) var paragraphs: [Int]
    /// Index of each sentence's first token in `lexemes` (one more entry than sentences).
    public private(set) var firstToken: [Int]
    /// The lexeme id of every token, sentence after sentence.
    public private(set) var lexemes: [Int32]
    /// The article's distinct keys.
    public private(set) var vocabulary: Vocabulary
    /// The fact tokens of the sentences the fact stages have split so far (`AnalysisDocument.withFactTokens`).
    var factTokenCache = FactTokenCache()

    public init() {
        sentences = []
        sentenceStarts = []
        paragraphs = []
        firstToken = [0]
        lexemes = []
        vocabulary = Vocabulary()
    }

    /// Tokenises each sentence once and interns every token's key.
    public init(sentences: [Sentence]) {
        self.init(texts: sentences.map(\.text), starts: sentences.map(\.range.lowerBound), paragraphs: sentences.map(\.paragraph))
    }

    /// Sentences given as text alone (offsets 0, paragraph 0): tools and tests that have no clean text.
    public init(sentenceTexts: [String]) {
        self.init(texts: sentenceTexts, starts: sentenceTexts.map { _ in 0 }, paragraphs: sentenceTexts.map { _ in 0 })
    }

    private init(texts: [String], starts: [Int], paragraphs: [Int]) {
        self.init(tokens: texts.map(WordTokenizer.tokens(of:)), starts: starts, paragraphs: paragraphs)
    }

    /// Sentences already tokenised (`WordTokenizer.tokens(ofSentences:in:raw:)`): interns every token's key.
    /// The lexeme ids go straight into an array of the known token count (`Vocabulary.interning`), and
    /// every stored property is set once (a default value would make an empty vocabulary to drop).
    init(tokens: [WordTokens], starts: [Int], paragraphs: [Int]) {
        var bytes = 0, count = 0
        for sentence in tokens {
            bytes += sentence.textBytes.count
            count += sentence.count
        }
        var firstToken: [Int] = []
        firstToken.reserveCapacity(tokens.count + 1)
        firstToken.append(0)
        var vocabulary: Vocabulary? = nil
        lexemes = [Int32](unsafeUninitializedCapacity: count) { ids, initialized in
            vocabulary = Vocabulary.interning(tokens, tokenCount: count, capacity: bytes / 12, ids: ids, firstToken: &firstToken)
            initialized = count
        }
        self.firstToken = firstToken
        self.vocabulary = vocabulary ?? Vocabulary()
        sentences = tokens
        sentenceStarts = starts
        self.paragraphs = paragraphs
    }

    /// The lexeme ids of one sentence's tokens, indexed like its `WordTokens`.
    public func lexemes(ofSentence sentence: Int) -> ArraySlice<Int32> {
        lexemes[firstToken[sentence]..<firstToken[sentence + 1]]
    }

    /// Tokens in the article.
    public var count: Int { lexemes.count }
}

extension AnalysisDocument {
    /// The token table, made here when the document did not come through the segment stage (a document
    /// built by hand with its sentences set).
    var wordTable: TokenTable {
        tokenTable.sentences.count == sentences.count ? tokenTable : TokenTable(sentences: sentences)
    }
}
