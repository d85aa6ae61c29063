import Foundation

/// A 64-byte MinHash sketch of an article's word 3-shingles: what the near-duplicate registry compares.
///
/// How it is built (`init(text:)`): one-permutation MinHash (Li, Owen & Zhang 2012) with optimal
/// densification (Shrivastava 2017). Each shingle hash is dealt into one of `permutations` bins by its top
/// six bits and each bin keeps its smallest value; an empty bin (texts under ~300 words leave some) copies
/// the bin a fixed pseudo-random probe sequence finds first, the same sequence for every text. Each bin then
/// keeps only `bitsPerValue` = 8 bits of a hash of its minimum (b-bit MinHash, Li & König 2010). One pass
/// over the shingles instead of 64 hash functions per shingle: this is where the speed over datasketch
/// comes from.
///
/// How the estimate relates to the true Jaccard similarity J: two texts agree in a bin with probability
/// P = J + (1 − J)·C, where C ≈ 1/256 is the chance that two different minima share their 8 kept bits.
/// `estimatedJaccard` inverts that, Ĵ = (m/k − C)/(1 − C) for m agreeing bins out of k = 64, which is
/// unbiased up to the densification's small correlation, with standard error ≈ √(J(1 − J)/k):
/// 0.050 at J = 0.8, 0.057 at J = 0.7, 0.0625 at J = 0.5. So at the 0.8 threshold a single estimate is only
/// good to about ±0.1 (95 %); `NearDuplicateIndex` accounts for that when it decides what links.
public struct Fingerprint: Sendable, Equatable, JSONWritable {
    /// Bins of the one-permutation sketch (k). 64 keeps the index under 200 bytes per article.
    public static let permutations = 64
    public static let bitsPerValue = 8
    /// Written into the record so a later change of scheme is detected instead of compared wrongly.
    public static let scheme = "minhash-oph/word3/k64/b8"

    /// One byte per bin, `permutations` bytes.
    public let signature: [UInt8]
    /// How many shingles the text had (repeats included): a reader's hint of how much the sketch saw.
    public let shingleCount: Int

    public init?(signature: [UInt8], shingleCount: Int) {
        guard signature.count == Self.permutations else { return nil }
        self.signature = signature
        self.shingleCount = shingleCount
    }

    /// The sketch of `text`, or nil when the text has no words.
    public init?(text: String) {
        self.init(words: TokenTable(sentenceTexts: [text]).wordRunHashes())
    }

    /// The sketch of a text given by its words' hashes (`TokenTable.wordRunHashes`), or nil when there are
    /// none.
    public init?(words: [UInt64]) {
        guard !words.isEmpty else { return nil }
        (signature, shingleCount) = Self.sketch(ofShinglesOf: words)
    }

    /// Estimated Jaccard similarity of the two shingle sets (see the type's comment for its error).
    public func estimatedJaccard(with other: Fingerprint) -> Double {
        Self.estimatedJaccard(matchingBins: Self.matchingBins(signature, other.signature))
    }

    static func estimatedJaccard(matchingBins: Int) -> Double {
        let agreement = Double(matchingBins) / Double(permutations)
        return max(0, (agreement - chanceAgreement) / (1 - chanceAgreement))
    }

    static func matchingBins(_ left: [UInt8], _ right: [UInt8]) -> Int {
        var matches = 0
        for index in 0..<permutations where left[index] == right[index] { matches += 1 }
        return matches
    }

    /// Chance that two different minima keep the same 8 bits.
    static let chanceAgreement = 1.0 / 256.0

    /// Words per shingle. Three is the usual choice for near-duplicate news: single words match across
    /// unrelated stories, 5-shingles make one edited word cost five shingles.
    public static let shingleWords = 3

    /// The sketch of the word 3-shingles of `words` (in reading order, repeats kept: the minima ignore
    /// them), and how many shingles there were.
    private static func sketch(ofShinglesOf words: [UInt64]) -> (signature: [UInt8], shingles: Int) {
        let binShift = UInt64(64 - 6)  // log2(permutations) = 6
        let valueMask: UInt64 = (1 << binShift) - 1
        // Inline storage: a write costs no uniqueness check of an array's buffer (~1,200 shingles an article).
        var minima = InlineArray<64, UInt64>(repeating: .max)
        var shingles = 0
        forEachShingle(of: words) { hash in
            let bin = Int(hash >> binShift)
            let value = hash & valueMask
            if value < minima[bin] { minima[bin] = value }
            shingles += 1
        }
        return (signature(of: minima.span), shingles)
    }

    /// The hashes of the word 3-shingles of `text` in reading order, repeats kept (what the sketch
    /// samples; the eval and the tests compare exact Jaccard similarities with them).
    public static func shingleHashes(of text: String) -> [UInt64] {
        var shingles: [UInt64] = []
        forEachShingle(of: TokenTable(sentenceTexts: [text]).wordRunHashes()) { shingles.append($0) }
        return shingles
    }

    /// Calls `body` with the hash of each word 3-shingle of `words` in order; one or two words make one
    /// shingle of those words. A shingle's hash combines its words' hashes in order ("a b c" ≠ "c b a").
    @inline(__always)
    private static func forEachShingle(of words: [UInt64], _ body: (UInt64) -> Void) {
        guard words.count >= shingleWords else {
            if !words.isEmpty { body(words.dropFirst().reduce(words[0], Mix64.combine)) }
            return
        }
        for start in 0...(words.count - shingleWords) {
            body(Mix64.combine(Mix64.combine(words[start], words[start + 1]), words[start + 2]))
        }
    }

    /// Each bin's kept bits; an empty bin copies the first filled bin of its fixed probe sequence.
    private static func signature(of minima: Span<UInt64>) -> [UInt8] {
        var signature = [UInt8](repeating: 0, count: permutations)
        for bin in 0..<permutations {
            var source = bin
            var attempt: UInt64 = 0
            while minima[source] == .max {
                attempt += 1
                source = Int(Mix64.finalize(UInt64(bin) << 32 | attempt) & UInt64(permutations - 1))
            }
            signature[bin] = UInt8(truncatingIfNeeded: Mix64.finalize(minima[source]))
        }
        return signature
    }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("scheme", Self.scheme)
        json.member("shingles", shingleCount)
        json.member("signature", Data(signature).base64EncodedString())
        json.endObject()
    }

    /// Reads the record's `fingerprint` section back (the registry's rebuild from the results logs).
    /// Nil for null, another scheme or a malformed signature.
    public init?(json: JSONValue) {
        guard case let .string(scheme)? = json["scheme"], scheme == Self.scheme,
            case let .string(encoded)? = json["signature"], let data = Data(base64Encoded: encoded)
        else { return nil }
        var count = 0
        if case let .int(value)? = json["shingles"] { count = value }
        self.init(signature: Array(data), shingleCount: count)
    }
}
