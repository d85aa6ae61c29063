/// What a commit needs to find an article's near-duplicates among everything committed on every host: its
/// LSH band keys (locked for the transaction, so two near-copies committed at once still see each other)
/// and the fingerprint stored for later articles to compare against.
public struct NearDuplicateProbe: Sendable, Equatable {
    public let articleID: String
    public let signature: [UInt8]
    public let shingles: Int
    public let bandKeys: [Int64]
    /// False when the line is linked already: its keys are locked and its fingerprint registered, but no
    /// candidates are read.
    public let needsLink: Bool

    public init(articleID: String, signature: [UInt8], shingles: Int, bandKeys: [Int64], needsLink: Bool = true) {
        self.articleID = articleID
        self.signature = signature
        self.shingles = shingles
        self.bandKeys = Array(Set(bandKeys)).sorted()
        self.needsLink = needsLink
    }
}

/// An earlier article sharing at least one band key with the one being committed.
public struct DuplicateCandidate: Sendable, Equatable {
    public let resultID: Int
    public let articleID: String
    public let name: String
    public let receivedAt: Double
    public let signature: [UInt8]
    public let shingles: Int
}
