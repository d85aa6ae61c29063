/// PETRARCH's verb dictionary (CAMEO.2.0.txt format): synonym sets, then blocks of verb forms with a default
/// code and `- … * … [code]` patterns. Regular inflections (-s, -ed, -ing) are generated the way PETRARCH
/// does; irregular ones come from the `{…}` lists. The bundled CAMEO 2.0 text is parsed once on first use.
public struct CameoVerbDictionary: Sendable {
    public private(set) var forms = PhraseTable<VerbForm>()
    /// The `TokenHash` of every form's first word: a word not here starts no form, which the coder asks
    /// once per distinct word of an article (`EventCoder.Buffers`) instead of probing `forms` at every token.
    private(set) var formStarts = KeyedTable<UInt64, Bool>(capacity: 4096)
    public private(set) var blocks: [VerbBlock] = []
    public private(set) var synsets: [String: [[String]]] = [:]
    /// First words of each synonym set's members (nested sets expanded): one probe rules a position out.
    public private(set) var synsetHeads: [String: Set<String>] = [:]
    /// `synsetHeads` as one set of `TokenHash.extend(TokenHash.of(name), with: TokenHash.of(head))`: the
    /// coder rules a synset out at a token with one integer probe instead of two String-keyed lookups.
    private(set) var synsetHeadPairs = KeyedTable<UInt64, Bool>(capacity: 16)
    /// Each synonym set's member phrases as `PatternElement`s, by the set's index (the names in sorted
    /// order); a member word written "&NAME" is that set, as the coder reads it.
    private(set) var synsetMembers: [[[PatternElement]]] = []

    public static let standard = CameoVerbDictionary(text: cameoText)

    public init(text: String) {
        var currentBlock: Int?
        var currentSynset: String?
        // Lines found on the bytes (a line's comment and surrounding blanks cut there too), a Substring made
        // only of what is left: the String-level split, prefix tests and trims were two thirds of the parse
        // (~0.2 G instructions on first use, paid by every process).
        let bytes = Array(text.utf8)
        let utf8 = text.utf8
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
            let trimmed = text[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)]
            if Self.starts(bytes, lower..<upper, with: "---") {
                let inner = trimmed.dropFirst(3)
                let name = inner.split(separator: " ").first.map { $0.trimmingCharacters(in: "_") } ?? ""
                blocks.append(VerbBlock(name: name, code: Self.bracketCode(inner), patterns: []))
                currentBlock = blocks.count - 1
                currentSynset = nil
            } else if bytes[lower] == UInt8(ascii: "&") {
                currentSynset = String(trimmed.split(separator: " ").first ?? "").uppercased().trimmingCharacters(in: "_")
                synsets[currentSynset!] = []
            } else if bytes[lower] == UInt8(ascii: "+"), let synset = currentSynset {
                synsets[synset, default: []].append(Self.words(trimmed.dropFirst()))
            } else if bytes[lower] == UInt8(ascii: "-"), let block = currentBlock {
                if let pattern = Self.pattern(trimmed.dropFirst()) { blocks[block].patterns.append(pattern) }
            } else if let block = currentBlock {
                currentSynset = nil
                addForms(line: trimmed, block: block)
            }
        }
        for name in synsets.keys { synsetHeads[name] = heads(of: name, depth: 0) }
        synsetHeadPairs = KeyedTable(capacity: synsetHeads.values.reduce(0) { $0 + $1.count })
        for (name, heads) in synsetHeads {
            let nameHash = TokenHash.of(name)
            for head in heads { synsetHeadPairs.update(TokenHash.extend(nameHash, with: TokenHash.of(head)), orInsert: { true }) { _ in } }
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
        for index in blocks.indices { blocks[index].index(synsets: synsetIndex) }
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

    private mutating func addForms(line: Substring, block: Int) {
        var main = line
        var irregular: [Substring] = []
        if let open = line.utf8.firstIndex(of: UInt8(ascii: "{")), let close = line.utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            irregular = line[line.index(after: open)..<close].split(separator: " ")
            main = line[..<open] + line[line.index(after: close)...]
        }
        let code = Self.bracketCode(main)
        let base = main.split(separator: " ").first.map(String.init) ?? ""
        guard !base.isEmpty, !base.hasPrefix("[") else { return }
        let entry = VerbForm(block: block, code: code)
        var parts = base.split(separator: "_", omittingEmptySubsequences: true).map { String($0) }
        let verbIndex = parts.firstIndex { $0.hasPrefix("+") } ?? 0
        parts = parts.map { $0.trimmingCharacters(in: "+").lowercased() }
        guard verbIndex < parts.count, !parts[verbIndex].isEmpty else { return }
        for inflected in Self.inflections(of: parts[verbIndex]) {
            var words = parts
            words[verbIndex] = inflected
            insert(words, entry)
        }
        for form in irregular {
            let words = form.split(separator: "_").map { $0.trimmingCharacters(in: "+").lowercased() }.filter { !$0.isEmpty }
            insert(words, entry)
        }
    }

    private mutating func insert(_ words: [String], _ entry: VerbForm) {
        var keys: [String] = []
        keys.reserveCapacity(words.count)
        for word in words {
            // A run of lower-case ASCII letters and digits is one token whose key is itself.
            if Self.isPlainKey(word) { keys.append(word) } else { keys += WordTokenizer.tokens(of: word).keys }
        }
        if forms.value(for: keys) == nil, let first = keys.first {
            forms.insert(keys, entry)
            formStarts.update(TokenHash.of(first), orInsert: { true }) { _ in }
        }
    }

    private static func isPlainKey(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { $0 &- UInt8(ascii: "a") < 26 || $0 &- UInt8(ascii: "0") < 10 }
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
        synsetHeadPairs[TokenHash.extend(name, with: token)] != nil
    }

    /// base, -s, -ed, -ing with the usual English spelling changes (and the doubled consonant as well).
    public static func inflections(of verb: String) -> [String] {
        var result = [verb]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        guard verb.count > 1, let last = verb.last else { return result }
        let stem = String(verb.dropLast())
        if last == "y", let before = stem.last, !vowels.contains(before) {
            result += [stem + "ies", stem + "ied", verb + "ing"]
        } else if last == "e" {
            result += [verb + "s", verb + "d", stem + "ing"]
        } else if ["s", "x", "z"].contains(last) || verb.hasSuffix("ch") || verb.hasSuffix("sh") {
            result += [verb + "es", verb + "ed", verb + "ing"]
        } else {
            result += [verb + "s", verb + "ed", verb + "ing"]
            if !vowels.contains(last), last != "w", let before = stem.last, vowels.contains(before) {
                result += [verb + String(last) + "ed", verb + String(last) + "ing"]
            }
        }
        return result
    }

    static func pattern(_ text: Substring) -> VerbPattern? {
        guard let open = text.utf8.lastIndex(of: UInt8(ascii: "[")) else { return nil }
        let code = bracketCode(text[open...])
        // Byte-wise (the dictionary is ASCII): connectors and parse markers become spaces, "*" a word.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 4)
        for byte in text[..<open].utf8 {
            switch byte {
            case UInt8(ascii: "_"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "^"), UInt8(ascii: "+"):
                bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "*"):
                bytes += [UInt8(ascii: " "), byte, UInt8(ascii: " ")]
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
            } else if word.allSatisfy({ $0 < 0x80 }) {
                element = .word(String(decoding: word.map { $0 &- UInt8(ascii: "A") < 26 ? $0 | 0x20 : $0 }, as: UTF8.self))
            } else {
                element = .word(String(decoding: word, as: UTF8.self).lowercased())
            }
            if seenVerb { after.append(element) } else { before.append(element) }
        }
        guard seenVerb else { return nil }
        return VerbPattern(before: before, after: after, code: code)
    }

    static func bracketCode(_ text: Substring) -> CameoCode? {
        guard let open = text.utf8.firstIndex(of: UInt8(ascii: "[")),
            let close = text.utf8[open...].firstIndex(of: UInt8(ascii: "]"))
        else { return nil }
        // The code between the brackets, spaces around it left out (on the bytes: no String is made).
        let inner = text[text.index(after: open)..<close]
        let utf8 = inner.utf8
        var lower = utf8.startIndex
        var upper = utf8.endIndex
        while lower < upper, utf8[lower] == UInt8(ascii: " ") { lower = utf8.index(after: lower) }
        while upper > lower, utf8[utf8.index(before: upper)] == UInt8(ascii: " ") { upper = utf8.index(before: upper) }
        return CameoCode(inner[lower..<upper])
    }

    static func words(_ text: some StringProtocol) -> [String] {
        text.split(whereSeparator: { $0 == "_" || $0 == " " }).flatMap { WordTokenizer.tokens(of: String($0)).keys }
    }
}

