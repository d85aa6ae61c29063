import Foundation

/// The banding of the 64-byte signature for locality-sensitive hashing, and the rule that decides a link.
///
/// Bands: 12 bands of 3 bytes (signature bytes 0…35). Two articles become candidates when any band agrees
/// in all its bytes, with probability 1 − (1 − s³)¹² where s ≈ J is the per-byte agreement:
///
///     J     0.3    0.5    0.6    0.7     0.75    0.8      0.9
///     P     0.28   0.80   0.93   0.9935  0.9986  0.99982  ≈1
///
/// so a pair at J ≥ 0.8 is missed by the bands about twice in 10,000, and unrelated articles (J ≈ 0, byte
/// agreement 1/256, a band collides by chance once in 2²⁴) cost nothing. The price of the steep upper
/// end is candidates at J 0.3–0.6; each costs a 64-byte comparison. Chosen over 16 × 4 bytes (same recall
/// at 0.8, 20 more bytes per article) and 10 × 5 (P(0.8) = 0.98, misses duplicates) for the 200 bytes per
/// article budget: each band costs one 4-byte table slot per article at ~0.8 load.
///
/// The link rule: the estimate has a standard error of ≈ √(t(1 − t)/64) = 0.05 at threshold t = 0.8 (see
/// `Fingerprint`), so requiring Ĵ ≥ t would lose half of the pairs whose true J is just t. A candidate
/// links when Ĵ ≥ t − 3.5 standard errors (0.625 at t = 0.8): a pair at true J = t is then rejected about
/// twice in 10,000, and a pair at true J = 0.5 (standard error 0.0625) is accepted about 2 % of the time.
/// Checked on the eval corpus (`make eval-dedup`: 2,418 articles from the article-extraction benchmark's
/// ground truth and the seeds, with copies edited, re-wrapped, padded with boilerplate, truncated and
/// mixed): all 1,199 articles with an earlier article at J ≥ 0.8 linked, no link below J = 0.52 (precision
/// at 0.5: 100 %, at 0.8: 75 %, the price of the margin). At 2 standard errors instead of 3.5 the floor
/// would be 0.70 and pairs at exactly 0.8 would be lost about 2 % of the time.
public enum LSHBanding {
    public static let bands = 12
    public static let rows = 3
    /// Standard errors below the threshold that an estimate may fall and still link.
    public static let acceptanceStandardErrors = 3.5

    /// The lowest estimate that links at `threshold`.
    public static func acceptanceFloor(threshold: Double) -> Double {
        let clamped = min(max(threshold, 0), 1)
        let standardError = (clamped * (1 - clamped) / Double(Fingerprint.permutations)).squareRoot()
        return max(0, clamped - acceptanceStandardErrors * standardError)
    }

    /// Probability that a pair with per-byte agreement `similarity` shares at least one band.
    public static func candidateProbability(similarity: Double) -> Double {
        1 - pow(1 - pow(similarity, Double(rows)), Double(bands))
    }

    /// The hash of band `band` of `signature` (bytes `band * rows ..< band * rows + rows`).
    @inline(__always) static func bandHash(_ signature: Span<UInt8>, offset: Int, band: Int) -> UInt64 {
        let start = offset + band * rows
        let bytes = signature.extracting(start..<(start + rows))
        let key = UInt64(band) << 24 | UInt64(bytes[0]) << 16 | UInt64(bytes[1]) << 8 | UInt64(bytes[2])
        return Mix64.finalize(key &+ 0x5851_f42d_4c95_7f2d)
    }

    /// How many of the bins two signatures share. Both are cut to `Fingerprint.permutations` bytes first,
    /// so the loop's reads need no bounds check of their own.
    /// The bins two signatures agree on, eight at a time: a bin agrees where its byte of `left ^ right` is zero.
    /// Each near-duplicate check compares a candidate once per band it shares (up to 12 times).
    @inline(__always) static func matchingBins(_ left: Span<UInt8>, _ right: Span<UInt8>) -> Int {
        let left = left.extracting(0..<Fingerprint.permutations), right = right.extracting(0..<Fingerprint.permutations)
        var matches = 0
        for word in 0..<(Fingerprint.permutations / 8) {
            matches += ByteWord.zeroBytes(left.word64(at: word * 8) ^ right.word64(at: word * 8)).nonzeroBitCount
        }
        return matches
    }

    @inline(__always) static func bandsAgree(
        _ left: Span<UInt8>, _ leftOffset: Int, _ right: Span<UInt8>,
        _ rightOffset: Int, band: Int
    ) -> Bool {
        let start = band * rows
        let left = left.extracting((leftOffset + start)..<(leftOffset + start + rows))
        let right = right.extracting((rightOffset + start)..<(rightOffset + start + rows))
        return left[0] == right[0] && left[1] == right[1] && left[2] == right[2]
    }
}

