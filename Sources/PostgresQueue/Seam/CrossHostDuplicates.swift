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
        guard let record = try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)),
              case let .string(articleID)? = record["id"],
              let fingerprint = record["fingerprint"].flatMap(Fingerprint.init(json:))
        else { return nil }
        return NearDuplicateProbe(
            articleID: articleID, signature: fingerprint.signature, shingles: fingerprint.shingleCount,
            bandKeys: Self.bandKeys(fingerprint.signature) + [Self.exactKey(articleID)], needsLink: line.contains(Self.unlinked))
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
        guard let best, let range = line.range(of: Self.unlinked) else { return line }
        let link = DuplicateLink(id: best.candidate.articleID, file: best.candidate.name, similarity: best.similarity, kind: best.kind)
        return line.replacingCharacters(in: range, with: #""duplicateOf":"# + link.json.serialized())
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
