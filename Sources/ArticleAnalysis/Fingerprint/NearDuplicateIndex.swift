public import Foundation

/// The in-memory near-duplicate index: for each new article, the best earlier article it repeats, then
/// the article itself is remembered. Pure (no I/O, no clock: times arrive with the articles); the daemon's
/// `DuplicateRegistry` owns one and persists it.
///
/// Memory (measured by `articlewatch-eval dedup-bench`): per article 32 bytes of id, 64 of signature,
/// 4 of received-at, 1.25 + the UTF-8 length of the file name (`NameStore`), and one 4-byte slot in each
/// of the 12 band tables at 0.74–0.92 load, all plus 1/32 for evicted articles awaiting compaction: about
/// 158 bytes plus the name. There is no separate id table: identical bytes give identical sketches, which
/// meet in every band, and the few articles without a sketch (an all-zero signature marks them; a real
/// sketch is all zeros with probability 2⁻⁵¹²) are filed in band table 0 under their id.
/// Storage is columnar (one array per field) so a million articles are a handful of allocations.
public struct NearDuplicateIndex: Sendable {
    public let threshold: Double
    public let window: DuplicateWindow
    /// The lowest estimate that links (see `LSHBanding`).
    public let acceptanceFloor: Double

    /// Articles in arrival order; positions below `firstLive` are evicted and wait for compaction.
    var ids: [UInt64] = []
    var signatures: [UInt8] = []
    var receivedSeconds: [UInt32] = []
    var names = NameStore()
    var firstLive = 0
    /// The latest received-at seen, the reference point of the age window.
    var newestSeconds: UInt32 = 0
    var bandTables = (0..<LSHBanding.bands).map { _ in PositionTable(capacity: 1024) }


    public init(threshold: Double = 0.8, window: DuplicateWindow = DuplicateWindow()) {
        self.threshold = threshold
        self.window = window
        acceptanceFloor = LSHBanding.acceptanceFloor(threshold: threshold)
    }

    /// Articles remembered (evicted ones excluded).
    public var count: Int { names.count - firstLive }

    /// The most recently remembered article (id, file, received-at in whole seconds since 1970).
    public var newestArticle: (id: String, file: String, receivedSeconds: Int)? { recentArticles(1).first }

    /// The `limit` most recently remembered articles, newest first: where a catch-up from the results log
    /// looks for the last line the index already holds.
    public func recentArticles(_ limit: Int) -> [(id: String, file: String, receivedSeconds: Int)] {
        stride(from: names.count - 1, through: max(firstLive, names.count - limit), by: -1).map { position in
            (digest(at: position).hex, fileName(at: position), Int(receivedSeconds[position]))
        }
    }

    /// Finds the best earlier match of the article and then remembers the article, in one step so two
    /// copies can never miss each other. Exact (same id) wins over near; among near matches the highest
    /// estimate wins, and among equals the oldest, so the first source is the one named.
    ///
    /// The same delivery seen again (same id, file name and received-at second: recovery re-analysing a
    /// file whose check was persisted but whose line was never written) is not its own duplicate: it is
    /// skipped as a match and not remembered twice. Returns nil for an id that is not 64 hex digits (it is
    /// not remembered either).
    public mutating func checkAndInsert(id: String, file: String, fingerprint: Fingerprint?, receivedAt: Date)
        -> DuplicateLink?
    {
        guard let digest = ArticleDigest(hex: id) else { return nil }
        let delivery = Delivery(digest: digest, file: file, seconds: Self.seconds(receivedAt))
        let (link, known) = bestMatch(delivery: delivery, fingerprint: fingerprint)
        if !known { insert(digest: digest, file: file, fingerprint: fingerprint, receivedAt: receivedAt) }
        return link
    }

    /// `checkAndInsert` for a record straight from the pipeline (its typed `fingerprint` section):
    /// what the daemon's registry and `articlewatch analyze` both call, so they link the same way.
    public mutating func checkAndInsert(_ record: AnalysisRecord) -> DuplicateLink? {
        checkAndInsert(
            id: record.id, file: record.file, fingerprint: record.sections.fingerprint,
            receivedAt: record.receivedAt)
    }

    /// The best earlier match without remembering the article.
    public func bestMatch(id: String, fingerprint: Fingerprint?) -> DuplicateLink? {
        guard let digest = ArticleDigest(hex: id) else { return nil }
        return bestMatch(delivery: Delivery(digest: digest, file: nil, seconds: 0), fingerprint: fingerprint).link
    }

    /// Remembers an article without looking for its match (the rebuild from the results logs).
    public mutating func insert(id: String, file: String, fingerprint: Fingerprint?, receivedAt: Date) {
        guard let digest = ArticleDigest(hex: id) else { return }
        insert(digest: digest, file: file, fingerprint: fingerprint, receivedAt: receivedAt)
    }

    /// Remembers an article unless the same delivery is already held (a catch-up replaying log lines
    /// whose articles may have been checked before the index was persisted).
    public mutating func insertIfNew(id: String, file: String, fingerprint: Fingerprint?, receivedAt: Date) {
        guard let digest = ArticleDigest(hex: id) else { return }
        let delivery = Delivery(digest: digest, file: file, seconds: Self.seconds(receivedAt))
        if !bestMatch(delivery: delivery, fingerprint: fingerprint).known {
            insert(digest: digest, file: file, fingerprint: fingerprint, receivedAt: receivedAt)
        }
    }

    /// One delivery of an article; `file` nil when only the id matters.
    struct Delivery {
        let digest: ArticleDigest
        let file: String?
        let seconds: UInt32
    }

    /// Whether `position` holds this very delivery rather than an earlier copy.
    private func isSameDelivery(_ delivery: Delivery, at position: Int) -> Bool {
        guard let file = delivery.file else { return false }
        return receivedSeconds[position] == delivery.seconds && fileName(at: position) == file
    }

    static func seconds(_ date: Date) -> UInt32 { UInt32(clamping: Int64(date.timeIntervalSince1970.rounded(.down))) }

    /// The best earlier match, and whether the delivery itself is already held.
    func bestMatch(delivery: Delivery, fingerprint: Fingerprint?) -> (link: DuplicateLink?, known: Bool) {
        let digest = delivery.digest
        var known = false
        guard let fingerprint else {
            var exact: Int?
            bandTables[0].forEachCandidate(hash: Self.idHash(digest), firstLive: firstLive) { position in
                guard !hasFingerprint(at: position), self.digest(at: position) == digest else { return }
                if isSameDelivery(delivery, at: position) { known = true } else if exact == nil { exact = position }
            }
            return (exact.map { link(to: $0, similarity: 1, kind: .exact) }, known)
        }
        var best: (position: Int, matches: Int)?
        var exact: Int?
        let query = fingerprint.signature.span
        let stored = signatures.span
        for band in 0..<LSHBanding.bands {
            let hash = LSHBanding.bandHash(query, offset: 0, band: band)
            bandTables[band].forEachCandidate(hash: hash, firstLive: firstLive) { position in
                let offset = position * Fingerprint.permutations
                guard LSHBanding.bandsAgree(query, 0, stored, offset, band: band), hasFingerprint(at: position)
                else { return }
                let matches = LSHBanding.matchingBins(query, stored.extracting(offset..<(offset + Fingerprint.permutations)))
                if matches == Fingerprint.permutations, self.digest(at: position) == digest {
                    if isSameDelivery(delivery, at: position) {
                        known = true
                        return
                    }
                    if position < (exact ?? .max) { exact = position }
                }
                if let current = best,
                    matches < current.matches || (matches == current.matches && position >= current.position)
                {
                    return
                }
                best = (position, matches)
            }
        }
        if let exact { return (link(to: exact, similarity: 1, kind: .exact), known) }
        guard let best else { return (nil, known) }
        let similarity = Fingerprint.estimatedJaccard(matchingBins: best.matches)
        guard similarity >= acceptanceFloor else { return (nil, known) }
        return (link(to: best.position, similarity: similarity, kind: .near), known)
    }

    private func link(to position: Int, similarity: Double, kind: DuplicateLink.Kind) -> DuplicateLink {
        DuplicateLink(id: digest(at: position).hex, file: fileName(at: position), similarity: similarity, kind: kind)
    }

    func digest(at position: Int) -> ArticleDigest {
        let base = position * 4
        return ArticleDigest(words: (ids[base], ids[base + 1], ids[base + 2], ids[base + 3]))
    }

    func fileName(at position: Int) -> String { names.name(at: position) }

    /// Whether any byte of the stored signature is set (an article without words stores 64 zero bytes). Read
    /// eight bytes at a time: a batch of edited copies makes hundreds of band candidates per article, and
    /// the byte walk through a closure was ~250 instructions each.
    func hasFingerprint(at position: Int) -> Bool {
        let offset = position * Fingerprint.permutations
        let signature = signatures.span.extracting(offset..<(offset + Fingerprint.permutations))
        var bits: UInt64 = 0
        for word in 0..<(Fingerprint.permutations / 8) { bits |= signature.word64(at: word * 8) }
        return bits != 0
    }

    static func idHash(_ digest: ArticleDigest) -> UInt64 { Mix64.finalize(digest.words.0) }
}
