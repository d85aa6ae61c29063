/// The near-duplicate registry's SQL, run inside a commit transaction.
enum NearDuplicateStore {
    /// Takes a transaction advisory lock on each band key (sorted, so two commits never wait on each other
    /// in opposite orders), then reads every earlier article sharing a band. A concurrent commit of a
    /// near-copy holds a shared key until it commits, so whichever commits second sees the first.
    /// The statements are pipelined after the job's delete: one advisory lock per band key, then (for a line
    /// that still needs a link) the read of every earlier article sharing a band. The read is a statement
    /// of its own, so its snapshot is taken after the locks are granted.
    static func lockAndFindCandidates(_ probe: NearDuplicateProbe) -> [PipelinedStatement] {
        guard !probe.bandKeys.isEmpty else { return [] }
        let keys = PostgresParameter.text(arrayLiteral(probe.bandKeys))
        let lock = PipelinedStatement(
            "SELECT pg_advisory_xact_lock(key) FROM unnest($1::bigint[]) WITH ORDINALITY AS k(key, position) ORDER BY position", [keys])
        guard probe.needsLink else { return [lock] }
        return [lock, PipelinedStatement("""
            SELECT f.result_id, f.article_id, f.name, f.received_at, f.signature, f.shingles FROM aw_fingerprints AS f
            WHERE f.result_id IN (SELECT result_id FROM aw_duplicate_bands WHERE band_key = ANY($1::bigint[]))
            ORDER BY f.result_id
            """, [keys])]
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
