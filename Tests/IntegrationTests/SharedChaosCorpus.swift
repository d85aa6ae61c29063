import Foundation

/// The chaos test's deliveries: distinct articles assembled from the seeds' sentences (a seeded generator
/// picks and orders them, so two articles share almost nothing), each delivered to one host, and a twin of
/// every one delivered to the next host: byte-identical for even hosts, a near copy (two words changed,
/// true Jaccard about 0.95) for odd ones. A run's seed is printed, so a failure can be replayed.
struct SharedChaosCorpus {
    struct Delivery {
        let host: Int
        let name: String
        let text: String
    }

    /// Two deliveries whose later-committed line must link to an earlier article.
    struct Pair {
        let first: String
        let second: String
        let jaccard: Double
    }

    private(set) var deliveries: [[Delivery]] = []
    private(set) var pairs: [Pair] = []

    init(seeds: [String], hosts: Int, rounds: Int, generator: inout SeededGenerator) {
        let sentences = Self.sentences(of: seeds)
        for round in 0..<rounds {
            var batch: [Delivery] = []
            for host in 0..<hosts {
                let picked = (0..<9).map { _ in sentences[Int(generator.next() % UInt64(sentences.count))] }
                let text = "Dispatch \(round) from desk \(host)\n\n" + picked.joined(separator: " ") + "\n"
                let twin = host % 2 == 0 ? text : Self.nearCopy(of: text)
                let name = "r\(round)-h\(host).txt"
                let twinName = "r\(round)-h\(host)-\(host % 2 == 0 ? "same" : "near").txt"
                batch.append(Delivery(host: host, name: name, text: text))
                batch.append(Delivery(host: (host + 1) % hosts, name: twinName, text: twin))
                pairs.append(Pair(first: name, second: twinName, jaccard: Self.jaccard(text, twin)))
            }
            deliveries.append(batch)
        }
    }

    /// Sentences of eight words or more, so every article has enough shingles to fingerprint.
    static func sentences(of texts: [String]) -> [String] {
        texts.flatMap { text in
            text.replacingOccurrences(of: "\n", with: " ").components(separatedBy: ". ")
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.split(separator: " ").count >= 8 }
                .map { $0.hasSuffix(".") ? $0 : $0 + "." }
        }
    }

    /// The text with its 20th and 60th words replaced (an editor's touch-up).
    static func nearCopy(of text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (index, replacement) in [(20, "reportedly"), (60, "meanwhile")] where index < words.count {
            words[index] = replacement
        }
        return words.joined(separator: " ")
    }

    /// The true Jaccard similarity of the two texts' word 3-shingles (lower-cased letters and digits).
    static func jaccard(_ a: String, _ b: String) -> Double {
        func shingles(_ text: String) -> Set<String> {
            let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            guard words.count >= 3 else { return Set(words) }
            return Set((0...(words.count - 3)).map { words[$0..<($0 + 3)].joined(separator: " ") })
        }
        let (x, y) = (shingles(a), shingles(b))
        let union = x.union(y).count
        return union == 0 ? 1 : Double(x.intersection(y).count) / Double(union)
    }
}

/// SplitMix64: a small generator whose whole run follows from one printed seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
