/// Learns the tagger's weights: the averaged perceptron (Collins 2002) over the same greedy decoding the
/// tagger runs, so training sees the previous tags the tagger will see (its own guesses, not the gold
/// ones). Averaging by timestamps: each weight keeps its running sum as of the last time it changed.
/// Pure and deterministic (a fixed shuffle per epoch); the eval command reads the corpora and writes files.
public struct NameTagTrainer {
    /// One training sentence: its tokens, what the features need of it, and the gold tag of each token.
    public struct Example {
        public var tokens: WordTokens
        public var sentence: NameTagSentence
        public var gold: [NameTag]

        public init(tokens: WordTokens, sentence: NameTagSentence, gold: [NameTag]) {
            self.tokens = tokens
            self.sentence = sentence
            self.gold = gold
        }
    }

    private var rows: [UInt64: Int32] = [:]
    private var features: [UInt64] = []
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    private var clock: Int32 = 1

    public init() {}

    /// `epochs` passes over `examples` in a shuffled order (seeded); returns the averaged weights per feature.
    public mutating func train(_ examples: [Example], epochs: Int, seed: UInt64 = 1) -> [(feature: UInt64, weights: [Float])] {
        var order = Array(examples.indices)
        var random = SplitMix(state: seed)
        var buffer: [UInt64] = []
        for _ in 0..<epochs {
            order.shuffle(using: &random)
            for index in order { learn(examples[index], buffer: &buffer) }
        }
        return averaged()
    }

    private mutating func learn(_ example: Example, buffer: inout [UInt64]) {
        var previous = NameTag.outside, beforePrevious = NameTag.outside
        for index in 0..<example.tokens.count {
            var predicted = NameTag.outside
            if NameTagger.isScored(example.tokens, example.sentence, index, previous: previous) {
                buffer.removeAll(keepingCapacity: true)
                NameTagFeatures.extract(
                    example.tokens, example.sentence, at: index, previous: previous, beforePrevious: beforePrevious,
                    into: &buffer)
                var scores = [Float](repeating: 0, count: NameTag.count)
                for feature in buffer {
                    guard let row = rows[feature] else { continue }
                    for tag in 0..<NameTag.count { scores[tag] += weights[Int(row) * NameTag.count + tag] }
                }
                predicted = NameTagger.best(previous: previous) { scores[Int($0.rawValue)] }.0
                let gold = example.gold[index]
                // A gold tag that cannot follow our previous guess cannot be learned here; its kind's begin tag can.
                let target = gold.canFollow(previous) ? gold : gold.begin
                if predicted != target {
                    for feature in buffer {
                        let row = self.row(feature)
                        update(row, Int(target.rawValue), 1)
                        update(row, Int(predicted.rawValue), -1)
                    }
                }
            }
            clock += 1
            beforePrevious = previous
            previous = predicted
        }
    }

    private mutating func row(_ feature: UInt64) -> Int {
        if let row = rows[feature] { return Int(row) }
        let row = features.count
        rows[feature] = Int32(row)
        features.append(feature)
        weights.append(contentsOf: repeatElement(0, count: NameTag.count))
        totals.append(contentsOf: repeatElement(0, count: NameTag.count))
        stamps.append(contentsOf: repeatElement(clock, count: NameTag.count))
        return row
    }

    private mutating func update(_ row: Int, _ tag: Int, _ delta: Float) {
        let slot = row * NameTag.count + tag
        totals[slot] += Double(clock - stamps[slot]) * Double(weights[slot])
        stamps[slot] = clock
        weights[slot] += delta
    }

    private func averaged() -> [(feature: UInt64, weights: [Float])] {
        features.enumerated().map { row, feature in
            let values = (0..<NameTag.count).map { tag -> Float in
                let slot = row * NameTag.count + tag
                let total = totals[slot] + Double(clock - stamps[slot]) * Double(weights[slot])
                return Float(total / Double(clock))
            }
            return (feature, values)
        }
    }
}

/// A small seeded generator (SplitMix64) so training, benches and fuzz tests are reproducible.
public struct SplitMix: RandomNumberGenerator {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
