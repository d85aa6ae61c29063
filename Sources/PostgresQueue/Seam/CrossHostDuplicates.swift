import ArticleAnalysis
import Foundation

/// Near-duplicates across hosts, decided inside the commit transaction: each host's own registry only
/// knows the articles it analysed, so a results line its registry left unlinked (`"duplicateOf":null`)
/// is checked against every host's committed articles through the band rows, under transaction advisory
/// locks on its band keys (two near-copies committed at once on two hosts still see each other).
struct CrossHostDuplicates: Sendable {
    let threshold: Double

    /// The raw key text whose value the link replaces. Inside a JSON string the quotes would be escaped,
    /// so this spelling can only be the record's own top-level key.
    static let unlinked = #""duplicateOf":null"#

    /// The probe for a results line that has a fingerprint; nil otherwise. A line its host's registry
    /// already linked gets one too (`needsLink` false): its fingerprint must still be registered, or a
    /// later near-copy of it on another host, too far from what it was linked to, would find nothing.
    func probe(for line: String) -> NearDuplicateProbe? {
        guard let (articleID, fingerprint) = Self.probeFields(of: line)
        else { return nil }
        return NearDuplicateProbe(
            articleID: articleID, signature: fingerprint.signature, shingles: fingerprint.shingleCount,
            bandKeys: Self.bandKeys(fingerprint.signature) + [Self.exactKey(articleID)], needsLink: Self.unlinkedRange(in: line) != nil)
    }

    /// The line with the best earlier candidate linked: the same bytes (`exact`), else the most similar at
    /// or above the acceptance floor the local registry uses (`near`). Unchanged when none qualifies.
    func link(_ line: String, probe: NearDuplicateProbe, candidates: [DuplicateCandidate]) -> String {
        let floor = LSHBanding.acceptanceFloor(threshold: threshold)
        let mine = Fingerprint(signature: probe.signature, shingleCount: probe.shingles)
        var best: (candidate: DuplicateCandidate, similarity: Double, kind: DuplicateLink.Kind)?
        for candidate in candidates {
            let kind: DuplicateLink.Kind
            let similarity: Double
            if candidate.articleID == probe.articleID {
                (kind, similarity) = (.exact, 1)
            } else if let mine, let theirs = Fingerprint(signature: candidate.signature, shingleCount: candidate.shingles) {
                (kind, similarity) = (.near, mine.estimatedJaccard(with: theirs))
            } else {
                continue
            }
            guard similarity >= floor else { continue }
            if best == nil || similarity > best!.similarity { best = (candidate, similarity, kind) }
        }
        guard let best, let range = Self.unlinkedRange(in: line) else { return line }
        let link = DuplicateLink(id: best.candidate.articleID, file: best.candidate.name, similarity: best.similarity, kind: best.kind)
        var linked = line
        linked.replaceSubrange(range, with: #""duplicateOf":"# + link.json.serialized())
        return linked
    }

    /// Where `unlinked` occurs in `line`: a plain byte search (Foundation's `range(of:)` goes through
    /// NSString and the standard library's generic `firstRange(of:)` compares element by element through
    /// the UTF-8 view, each a tenth of the daemon's CPU per article here), from the end, because the key
    /// is the record's second-to-last member (a 16 KB line was 0.9 % of the daemon's CPU searched from
    /// the front, full analysis). Being the top-level key's only spelling (see `unlinked`), the last
    /// occurrence is the first.
    static func unlinkedRange(in line: String) -> Range<String.Index>? {
        let needle = Array(unlinked.utf8)
        var line = line
        let offset = line.withUTF8 { bytes -> Int? in
            guard bytes.count >= needle.count else { return nil }
            var start = bytes.count - needle.count
            while start >= 0 {
                if bytes[start] == needle[0], bytes[start + needle.count - 1] == needle[needle.count - 1] {
                    var matched = 1
                    while matched < needle.count, bytes[start + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return start }
                }
                start -= 1
            }
            return nil
        }
        guard let offset else { return nil }
        let lower = line.utf8.index(line.utf8.startIndex, offsetBy: offset)
        return lower..<line.utf8.index(lower, offsetBy: needle.count)
    }

    /// One key per band: the band's number above its three signature bytes (unique, no hashing needed).
    static func bandKeys(_ signature: [UInt8]) -> [Int64] {
        (0..<LSHBanding.bands).compactMap { band in
            let start = band * LSHBanding.rows
            guard start + 2 < signature.count else { return nil }
            return Int64(band) << 24 | Int64(signature[start]) << 16 | Int64(signature[start + 1]) << 8 | Int64(signature[start + 2])
        }
    }

    /// The key the same bytes share (the article id is their SHA-256), kept apart from band keys by bit 61.
    static func exactKey(_ articleID: String) -> Int64 {
        let prefix = UInt64(articleID.prefix(15), radix: 16) ?? 0
        return Int64(bitPattern: prefix | 1 << 61)
    }
}

extension CrossHostDuplicates {
    /// The two fields a probe reads, taken by the one line reader walking the line's members: the clean
    /// text, entities and the rest are stepped over, never built (decoding the whole line as a tree was a
    /// quarter of the daemon's CPU per article with the analysis stages disabled; perf, 8 workers).
    static func probeFields(of line: String) -> (articleID: String, fingerprint: Fingerprint)? {
        var articleID: String?
        var fingerprint: Fingerprint?
        let bytes = line.utf8.span
        var reader = JSONReader()
        let wellFormed = reader.members(in: bytes) { reader, key in
            switch key {
            case "id": articleID = reader.stringValue(in: bytes)
            case "fingerprint": fingerprint = (try? reader.value(in: bytes)).flatMap(Fingerprint.init(json:))
            default: return reader.skipValue(in: bytes)
            }
            return true
        }
        guard wellFormed, let articleID, let fingerprint else { return nil }
        return (articleID, fingerprint)
    }
}
