/// PETRARCH's verb dictionary (CAMEO.2.0.txt format): synonym sets, then blocks of verb forms with a default
/// code and `- … * … [code]` patterns. Regular inflections (-s, -ed, -ing) are generated the way PETRARCH
/// does; irregular ones come from the `{…}` lists. The bundled CAMEO 2.0 text is parsed once on first use.
public struct CameoVerbDictionary: Sendable {
    public private(set) var forms = PhraseTable<VerbForm>()
    /// The `TokenHash` of every form's first word, as a bit set: a word it refuses starts no form, which the
    /// coder asks once per distinct word of an article (`EventCoder.Buffers`) instead of probing `forms` at
    /// every token. A few KB stay in cache between articles where the hash table of first words did not.
    private(set) var formStarts = HashFilter(capacity: 1)
    public private(set) var blocks: [VerbBlock] = []
    /// The blocks' patterns made ready for matching and indexed by block and word.
    private(set) var patternIndex = VerbPatternIndex(blocks: [], synsets: [:], synsetHeads: [:])
    public private(set) var synsets: [String: [[String]]] = [:]
    /// First words of each synonym set's members (nested sets expanded): one probe rules a position out.
    public private(set) var synsetHeads: [String: Set<String>] = [:]
    /// `synsetHeads` as one set of `TokenHash.extend(TokenHash.of(name), with: TokenHash.of(head))`: the
    /// coder rules a synset out at a token with one integer probe instead of two String-keyed lookups.
    private(set) var synsetHeadPairs = KeyedTable<UInt64, Bool>(capacity: 16)
    /// `synsetHeadPairs` as a bit set asked first: most tokens start no member of the set tried.
    private var synsetHeadFilter = HashFilter(capacity: 1)
    /// Each synonym set's member phrases as `PatternElement`s, by the set's index (the names in sorted
    /// order); a member word written "&NAME" is that set, as the coder reads it.
    private(set) var synsetMembers: [[[PatternElement]]] = []

    public static let standard = CameoVerbDictionary(text: cameoText)

    public init(text: String) {
        var currentBlock: Int?
        var currentSynset: String?
        // Lines, words, codes and inflections found on the bytes (a line's comment and surrounding blanks cut
        // there too): the String-level split, prefix tests, trims and per-word Strings were nearly all of the
        // parse (0.18 G instructions on first use, paid by every process). Only synonym-set members still go
        // through Strings (a few hundred lines).
        let bytes = Array(text.utf8)
        let utf8 = text.utf8
        var codes = CameoCodeCache()
        var hashes: [UInt64] = []
        forms.reserveCapacity(12_000)
        var firstWords: [UInt64] = []
        var next = 0
        while next < bytes.count {
            var end = next
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            var (lower, upper) = (next, end)
            next = end + 1
            if let hash = bytes[lower..<upper].firstIndex(of: UInt8(ascii: "#")) { upper = hash }
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
            guard lower < upper, !Self.starts(bytes, lower..<upper, with: "<!--") else { continue }
            if Self.starts(bytes, lower..<upper, with: "---") {
                let inner = (lower + 3)..<upper
                let name = Self.firstWord(bytes[inner]).map { Self.trimming($0, UInt8(ascii: "_")) }
                blocks.append(VerbBlock(
                    name: name.map { String(decoding: $0, as: UTF8.self) } ?? "",
                    code: codes.code(bracketedIn: bytes[inner]), patterns: []))
                currentBlock = blocks.count - 1
                currentSynset = nil
            } else if bytes[lower] == UInt8(ascii: "&") {
                let first = Self.firstWord(bytes[lower..<upper])!
                let name = String(decoding: first, as: UTF8.self).uppercased().trimmingCharacters(in: "_")
                currentSynset = name
                synsets[name] = []
            } else if bytes[lower] == UInt8(ascii: "+"), let synset = currentSynset {
                let member = text[utf8.index(utf8.startIndex, offsetBy: lower + 1)..<utf8.index(utf8.startIndex, offsetBy: upper)]
                synsets[synset, default: []].append(Self.words(member))
            } else if bytes[lower] == UInt8(ascii: "-"), let block = currentBlock {
                if let pattern = Self.pattern(bytes[(lower + 1)..<upper], codes: &codes) { blocks[block].patterns.append(pattern) }
            } else if let block = currentBlock {
                currentSynset = nil
                addForms(bytes[lower..<upper], block: block, codes: &codes, hashes: &hashes, firstWords: &firstWords)
            }
        }
        forms.filterContinuations()
        formStarts = HashFilter(capacity: Set(firstWords).count)
        for word in firstWords { formStarts.insert(word) }
        for name in synsets.keys { synsetHeads[name] = heads(of: name, depth: 0) }
        let headCount = synsetHeads.values.reduce(0) { $0 + $1.count }
        synsetHeadPairs = KeyedTable(capacity: headCount)
        synsetHeadFilter = HashFilter(capacity: headCount)
        for (name, heads) in synsetHeads {
            let nameHash = TokenHash.of(name)
            for head in heads {
                let pair = TokenHash.extend(nameHash, with: TokenHash.of(head))
                synsetHeadPairs.update(pair, orInsert: { true }) { _ in }
                synsetHeadFilter.insert(pair)
            }
        }
        var synsetIndex: [String: Int] = [:]
        for (index, name) in synsets.keys.sorted().enumerated() { synsetIndex[name] = index }
        synsetMembers = synsets.keys.sorted().map { name in
            synsets[name]!.map { member in
                member.map { word in
                    word.hasPrefix("&") ? .synset(word.uppercased(), index: synsetIndex[word.uppercased()]) : .word(word)
                }
            }
        }
        // The longest, most specific patterns are tried first.
        for index in blocks.indices { blocks[index].sortPatterns() }
        patternIndex = VerbPatternIndex(blocks: blocks, synsets: synsetIndex, synsetHeads: synsetHeads)
    }

    private func heads(of name: String, depth: Int) -> Set<String> {
        guard depth < 4, let members = synsets[name] else { return [] }
        var result: Set<String> = []
        for member in members {
            guard let first = member.first else { continue }
            if first.hasPrefix("&") { result.formUnion(heads(of: first.uppercased(), depth: depth + 1)) } else { result.insert(first) }
        }
        return result
    }

    /// A verb line ("ATTACK", "+SIGN_ACCORD [057]", "WITHDRAW {WITHDREW WITHDRAWN}") on its bytes: the
    /// verb's regular inflections and its irregular forms, each added as a form of `block`.
    private mutating func addForms(
        _ line: ArraySlice<UInt8>, block: Int, codes: inout CameoCodeCache, hashes: inout [UInt64], firstWords: inout [UInt64]
    ) {
        var main = line
        var irregular: [ArraySlice<UInt8>] = []
        if let open = line.firstIndex(of: UInt8(ascii: "{")), let close = line[open...].firstIndex(of: UInt8(ascii: "}")) {
            irregular = line[(open + 1)..<close].split(separator: UInt8(ascii: " "))
            main = (line[..<open] + line[(close + 1)...])[...]
        }
        let code = codes.code(bracketedIn: main)
        guard let base = Self.firstWord(main), base.first != UInt8(ascii: "[") else { return }
        let entry = VerbForm(block: block, code: code)
        let pieces = base.split(separator: UInt8(ascii: "_"))
        let verbIndex = pieces.firstIndex { $0.first == UInt8(ascii: "+") } ?? 0
        var parts = pieces.map { Self.lowercased(Self.trimming($0, UInt8(ascii: "+"))) }
        guard verbIndex < parts.count, !parts[verbIndex].isEmpty else { return }
        for inflected in Self.inflections(of: parts[verbIndex]) {
            parts[verbIndex] = inflected
            insert(parts, entry, hashes: &hashes, firstWords: &firstWords)
        }
        for form in irregular {
            let words = form.split(separator: UInt8(ascii: "_")).map { Self.lowercased(Self.trimming($0, UInt8(ascii: "+"))) }.filter { !$0.isEmpty }
            insert(words, entry, hashes: &hashes, firstWords: &firstWords)
        }
    }

    /// Adds the form made of `words` (lowercased bytes) unless the dictionary has it already. A run of
    /// lower-case ASCII letters and digits is one token whose key is itself, hashed straight from the
    /// bytes; anything else is cut into tokens as the article's text is.
    /// `hashes`: room for the words' hashes, kept from one form to the next; `firstWords` collects each
    /// new form's first word for `formStarts`.
    private mutating func insert(_ words: [[UInt8]], _ entry: VerbForm, hashes: inout [UInt64], firstWords: inout [UInt64]) {
        hashes.removeAll(keepingCapacity: true)
        for word in words {
            if Self.isPlainKey(word) {
                hashes.append(TokenHash.of(word.span, 0..<word.count))
            } else {
                hashes += WordTokenizer.tokens(of: String(decoding: word, as: UTF8.self)).keys.map(TokenHash.of)
            }
        }
        guard var phrase = hashes.first else { return }
        for hash in hashes.dropFirst() { phrase = TokenHash.extend(phrase, with: hash) }
        if forms.value(forWord: phrase) == nil {
            forms.insert(hashes: hashes, entry)
            firstWords.append(hashes[0])
        }
    }

    private static func isPlainKey(_ word: [UInt8]) -> Bool {
        !word.isEmpty && word.allSatisfy { $0 &- UInt8(ascii: "a") < 26 || $0 &- UInt8(ascii: "0") < 10 }
    }

    /// What `String.lowercased()` gives, on the bytes for ASCII (the bundled dictionary is ASCII).
    private static func lowercased(_ word: ArraySlice<UInt8>) -> [UInt8] {
        guard word.allSatisfy({ $0 < 0x80 }) else { return Array(String(decoding: word, as: UTF8.self).lowercased().utf8) }
        return word.map { $0 &- UInt8(ascii: "A") < 26 ? $0 | 0x20 : $0 }
    }

    /// The first word of `text` between spaces, or nil when there is none.
    private static func firstWord(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard let lower = text.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
        return text[lower..<(text[lower...].firstIndex(of: UInt8(ascii: " ")) ?? text.endIndex)]
    }

    /// `word` without `byte` at either end.
    private static func trimming(_ word: ArraySlice<UInt8>, _ byte: UInt8) -> ArraySlice<UInt8> {
        var word = word
        while word.first == byte { word = word.dropFirst() }
        while word.last == byte { word = word.dropLast() }
        return word
    }


    /// Whether `bytes[range]` begins with the ASCII `prefix`.
    private static func starts(_ bytes: [UInt8], _ range: Range<Int>, with prefix: String) -> Bool {
        var offset = range.lowerBound
        for byte in prefix.utf8 {
            guard offset < range.upperBound, bytes[offset] == byte else { return false }
            offset += 1
        }
        return true
    }

    /// Whether a member of synset `name` may start with the token whose hash is `token` (`synsetHeads`).
    @inline(__always)
    func synset(_ name: UInt64, mayStartWith token: UInt64) -> Bool {
        let pair = TokenHash.extend(name, with: token)
        return synsetHeadFilter.mayContain(pair) && synsetHeadPairs[pair] != nil
    }

    /// base, -s, -ed, -ing with the usual English spelling changes (and the doubled consonant as well).
    public static func inflections(of verb: String) -> [String] {
        inflections(of: Array(verb.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `inflections(of:)` on a verb's bytes (the dictionaries are ASCII; a byte stands for a letter).
    static func inflections(of verb: [UInt8]) -> [[UInt8]] {
        guard verb.count > 1, let last = verb.last else { return [verb] }
        let before = verb[verb.count - 2]
        func isVowel(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "o")
                || byte == UInt8(ascii: "u")
        }
        // Each form is the verb, `drop` bytes cut off its end, then `suffix` (and `doubled`, the last letter again).
        var result: [[UInt8]] = []
        result.reserveCapacity(6)
        result.append(verb)
        func add(dropping drop: Int = 0, doubling doubled: Bool = false, _ suffix: String) {
            var form: [UInt8] = []
            form.reserveCapacity(verb.count + 4)
            form.append(contentsOf: verb[..<(verb.count - drop)])
            if doubled { form.append(last) }
            form.append(contentsOf: suffix.utf8)
            result.append(form)
        }
        if last == UInt8(ascii: "y"), !isVowel(before) {
            add(dropping: 1, "ies")
            add(dropping: 1, "ied")
            add("ing")
        } else if last == UInt8(ascii: "e") {
            add("s")
            add("d")
            add(dropping: 1, "ing")
        } else if last == UInt8(ascii: "s") || last == UInt8(ascii: "x") || last == UInt8(ascii: "z")
            || (last == UInt8(ascii: "h") && (before == UInt8(ascii: "c") || before == UInt8(ascii: "s")))
        {
            add("es")
            add("ed")
            add("ing")
        } else {
            add("s")
            add("ed")
            add("ing")
            if !isVowel(last), last != UInt8(ascii: "w"), isVowel(before) {
                add(doubling: true, "ed")
                add(doubling: true, "ing")
            }
        }
        return result
    }

    /// A `- BEFORE * AFTER [code]` line after its "-", on its bytes.
    static func pattern(_ text: ArraySlice<UInt8>, codes: inout CameoCodeCache) -> VerbPattern? {
        guard let open = text.lastIndex(of: UInt8(ascii: "[")) else { return nil }
        let code = codes.code(bracketedIn: text[open...])
        // Connectors and parse markers become spaces, "*" a word.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count + 4)
        for byte in text[..<open] {
            switch byte {
            case UInt8(ascii: "_"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "^"), UInt8(ascii: "+"):
                bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "*"):
                bytes.append(UInt8(ascii: " "))
                bytes.append(byte)
                bytes.append(UInt8(ascii: " "))
            default:
                bytes.append(byte)
            }
        }
        var before: [VerbPattern.Element] = []
        var after: [VerbPattern.Element] = []
        var seenVerb = false
        // The words between spaces; an ASCII word is lower-cased on its bytes (what `lowercased()` gives).
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
            defer { start = end + 1 }
            guard end > start else { continue }
            let word = bytes[start..<end]
            if word.count == 1, word.first == UInt8(ascii: "*") {
                seenVerb = true
                continue
            }
            let element: VerbPattern.Element
            if word.first == UInt8(ascii: "&") {
                element = .synset(String(decoding: word, as: UTF8.self).uppercased().trimmingCharacters(in: "_"))
            } else {
                element = .word(String(decoding: lowercased(word), as: UTF8.self))
            }
            if seenVerb { after.append(element) } else { before.append(element) }
        }
        guard seenVerb else { return nil }
        return VerbPattern(before: before, after: after, code: code)
    }

    static func words(_ text: some StringProtocol) -> [String] {
        text.split(whereSeparator: { $0 == "_" || $0 == " " }).flatMap { WordTokenizer.tokens(of: String($0)).keys }
    }
}

