/// The near-duplicate registry's SQL, run inside a commit transaction.
enum NearDuplicateStore {
    /// A transaction advisory lock on each band key, taken in the order given (sorted by the caller, so
    /// two commits never wait on each other in opposite orders). A concurrent commit of a near-copy holds a
    /// shared key until it commits, so whichever commits second sees the first through `findCandidates`,
    /// pipelined after the locks as a statement of its own: its snapshot is taken once they are granted.
    static func lock(_ keys: [Int64]) -> PipelinedStatement {
        PipelinedStatement(
            "SELECT pg_advisory_xact_lock(key) FROM unnest($1::bigint[]) WITH ORDINALITY AS k(key, position) ORDER BY position",
            [.text(arrayLiteral(keys))])
    }

    /// Every committed article sharing a band with `keys`, oldest first. Planned at every execution, not
    /// prepared: a connection's cached generic plan was made while the band tables were nearly empty (a
    /// fresh database, the first commits), and kept a nested loop of sequential scans (every fingerprint
    /// times every band row) as they grew: 20-60 ms a read after a few thousand lines (auto_explain, the
    /// floor phase of queue_bench.py). Planning each time costs a fraction of that and follows the sizes.
    static func findCandidates(_ keys: [Int64]) -> PipelinedStatement {
        PipelinedStatement("""
            SELECT f.result_id, f.article_id, f.name, f.received_at, f.signature, f.shingles FROM aw_fingerprints AS f
            WHERE f.result_id IN (SELECT result_id FROM aw_duplicate_bands WHERE band_key = ANY($1::bigint[]))
            ORDER BY f.result_id
            """, [.text(arrayLiteral(keys))], isPrepared: false)
    }

    /// The candidates the read returned.
    static func candidates(_ rows: PostgresRows) -> [DuplicateCandidate] {
        (0..<rows.count).compactMap { row in
            guard let resultID = rows.int(row, "result_id"), let articleID = rows.text(row, "article_id"),
                  let name = rows.text(row, "name"), let receivedAt = rows.text(row, "received_at").flatMap(Double.init),
                  let signature = rows.bytes(row, "signature"), let shingles = rows.int(row, "shingles") else { return nil }
            return DuplicateCandidate(resultID: resultID, articleID: articleID, name: name, receivedAt: receivedAt,
                                      signature: signature, shingles: shingles)
        }
    }

    /// The fingerprint and band rows alone (the commit writes them with its line; tests and tools use this).
    static func register(_ session: PostgresSession, probe: NearDuplicateProbe, resultID: Int, name: String, receivedAt: Double) throws {
        try session.preparedQuery("""
            WITH fingerprint AS (
                INSERT INTO aw_fingerprints (result_id, article_id, name, received_at, signature, shingles)
                VALUES ($1, $2, $3, $4, $5, $6) RETURNING result_id)
            INSERT INTO aw_duplicate_bands (band_key, result_id)
            SELECT key, fingerprint.result_id FROM unnest($7::bigint[]) AS key, fingerprint
            """, [.int(resultID), .text(probe.articleID), .text(name), .double(receivedAt), .bytes(probe.signature),
                  .int(probe.shingles), .text(arrayLiteral(probe.bandKeys))])
    }

    /// `{1,2,3}`: a bigint[] in PostgreSQL's text format.
    static func arrayLiteral(_ keys: [Int64]) -> String {
        "{" + keys.map(String.init).joined(separator: ",") + "}"
    }
}
