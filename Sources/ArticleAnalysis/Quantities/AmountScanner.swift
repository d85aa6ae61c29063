/// Finds money, percentages and counts in one sentence by walking its tokens once. A number becomes at most
/// one amount; four-digit numbers that `YearRule` calls years are left to the date scanner.
struct AmountScanner {
    private var tokens: [FactToken] = []

    init() {}

    /// The amounts of sentence `sentenceIndex` of `table`, its tokens read from the table's rows.
    /// `cache`: the document's fact tokens, which the quote stage may have split already.
    mutating func scan(_ table: TokenTable, sentence sentenceIndex: Int, cache: inout FactTokenCache, into amounts: inout [Amount]) {
        let text = table.sentences[sentenceIndex].textBytes
        let bytes = text.span
        cache.factTokens(ofSentence: sentenceIndex, in: table, into: &tokens)
        var position = 0
        while position < tokens.count {
            if let match = match(at: position) {
                var unit = match.unit
                if unit == nil, let token = match.unitToken { unit = bytes.decoded(tokens[token].start..<tokens[token].end).lowercased() }
                amounts.append(Amount(
                    text: bytes.decoded(tokens[match.first].start..<tokens[match.last].end),
                    kind: match.kind, value: match.value, currency: match.currency, unit: unit, sentence: sentenceIndex))
                position = match.last + 1
            } else {
                position += 1
            }
        }
    }

    private struct Match {
        var first: Int
        var last: Int
        var kind: Amount.Kind
        var value: Double
        var currency: String?
        var unit: String?
        var unitToken: Int?
    }

    private func match(at index: Int) -> Match? {
        switch tokens[index].kind {
        case .currency, .number: break
        case .word: guard QuantityLexicon.amountStarts.contains(tokens[index].key) else { return nil }  // most words: one probe
        default: return nil
        }
        if let prefixed = moneyWithPrefix(at: index) { return prefixed }
        guard let number = number(at: index) else { return nil }
        var value = number.value
        var next = number.end
        var scaled = false
        if next < tokens.count, tokens[next].kind == .word, let scale = QuantityLexicon.scales[tokens[next].key] {
            value = Self.scaled(value, by: scale)
            scaled = true
            next += 1
        } else if next < tokens.count, !tokens[next].spaceBefore, tokens[next].kind == .word || tokens[next].kind == .dash {
            return nil  // "12th", "1990s", "five-year", "269-2771": not an amount
        }
        if let percent = percent(from: next) {
            return Match(first: index, last: percent.last, kind: .percent, value: value, unit: percent.unit)
        }
        if let money = currencyAfter(from: next, scaled: scaled) {
            return Match(first: index, last: money.last, kind: .money, value: value, currency: money.code)
        }
        // "LC 500 Convertible looks": a number after a word in capitals is a model name, not a count.
        if index > 0, tokens[index - 1].kind == .word, tokens[index - 1].upperCase, tokens[index - 1].end - tokens[index - 1].start >= 2 {
            return nil
        }
        guard value != 1 || scaled, let noun = CountNoun.find(in: tokens, from: next) else { return nil }
        return Match(first: index, last: noun, kind: .count, value: value, unitToken: noun)
    }

    /// "$4 billion", "€2.5m", "US$300k", "Rs 500 crore", "USD 5 million".
    private func moneyWithPrefix(at index: Int) -> Match? {
        let token = tokens[index]
        var code: String
        var numberIndex = index + 1
        if token.kind == .currency {
            code = token.currencyCode
        } else if token.kind == .word, index + 1 < tokens.count, tokens[index + 1].kind == .currency,
            tokens[index + 1].currency == 0, !tokens[index + 1].spaceBefore,
            let prefix = QuantityLexicon.dollarPrefixes[token.key]
        {
            code = prefix
            numberIndex = index + 2
        } else if token.kind == .word, let prefix = QuantityLexicon.currencyPrefixes[token.key]
            ?? (token.upperCase ? QuantityLexicon.currencyCodes[token.key] : nil)
        {
            code = prefix
            if numberIndex < tokens.count, tokens[numberIndex].byte == UInt8(ascii: "."), !tokens[numberIndex].spaceBefore {
                numberIndex += 1  // "Rs. 500"
            }
        } else {
            return nil
        }
        guard let number = number(at: numberIndex, afterCurrency: true) else { return nil }
        var value = number.value
        var last = number.end - 1
        if number.end < tokens.count, tokens[number.end].kind == .word {
            let next = tokens[number.end]
            if let scale = QuantityLexicon.scales[next.key] ?? (next.spaceBefore ? nil : QuantityLexicon.moneySuffixScales[next.key]) {
                value = Self.scaled(value, by: scale)
                last = number.end
            }
        }
        if code == "USD", token.kind == .currency, last + 1 < tokens.count, tokens[last + 1].kind == .word,
            tokens[last + 1].upperCase, let named = QuantityLexicon.currencyCodes[tokens[last + 1].key]
        {
            code = named  // "$5 million CAD"
            last += 1
        }
        return Match(first: index, last: last, kind: .money, value: value, currency: code)
    }

    /// A number times its scale, to whole units: 16.6 × 1e6 is 16,600,000, not 16,600,000.000000002.
    private static func scaled(_ value: Double, by scale: Double) -> Double { (value * scale).rounded() }

    /// A written number at `index`: digits ("2,000", "12.5") or words ("three", "twenty-five", "two hundred").
    private func number(at index: Int, afterCurrency: Bool = false) -> (value: Double, end: Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number {
            if !afterCurrency {
                if YearRule.isYear(tokens, at: index) { return nil }
                if index > 0, !token.spaceBefore, tokens[index - 1].kind != .punctuation || tokens[index - 1].byte == UInt8(ascii: ":") || tokens[index - 1].byte == UInt8(ascii: "/") {
                    return nil  // "S-300", "F35", "10:30", "1/2"
                }
            }
            if index + 2 < tokens.count, !tokens[index + 1].spaceBefore, tokens[index + 1].kind == .punctuation,
                tokens[index + 1].byte == UInt8(ascii: ":") || tokens[index + 1].byte == UInt8(ascii: "/"),
                tokens[index + 2].kind == .number, !tokens[index + 2].spaceBefore
            {
                return nil  // "10:30", "3/4"
            }
            return (token.value, index + 1)
        }
        guard token.kind == .word, var value = QuantityLexicon.numberWords[token.key] else { return nil }
        var end = index + 1
        if value >= 20, value.truncatingRemainder(dividingBy: 10) == 0, let unit = gluedUnit(after: index) {
            value += unit  // "twenty-five"
            end = index + 3
        }
        if end < tokens.count, tokens[end].key == QuantityLexicon.dozen, value < 12 {
            value *= 12  // "three dozen"
            end += 1
        }
        if end < tokens.count, tokens[end].key == QuantityLexicon.hundred {
            value *= 100
            end += 1
            if end + 1 < tokens.count, tokens[end].key == QuantityLexicon.and,
                let rest = QuantityLexicon.numberWords[tokens[end + 1].key]
            {
                value += rest
                end += 2
            } else if end < tokens.count, let rest = QuantityLexicon.numberWords[tokens[end].key] {
                value += rest
                end += 1
            }
        }
        return (value, end)
    }

    private func gluedUnit(after index: Int) -> Double? {
        guard index + 2 < tokens.count, tokens[index + 1].kind == .dash, !tokens[index + 1].spaceBefore,
            !tokens[index + 2].spaceBefore, let unit = QuantityLexicon.numberWords[tokens[index + 2].key], unit < 10
        else { return nil }
        return unit
    }

    /// "%", "percent", "per cent", "pct", "percentage points".
    private func percent(from index: Int) -> (last: Int, unit: String)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .percentSign { return (index, "percent") }
        guard token.kind == .word else { return nil }
        if token.key == WordKey("percentage") {
            guard index + 1 < tokens.count, tokens[index + 1].key == QuantityLexicon.points else { return nil }
            return (index + 1, "percentage points")
        }
        if QuantityLexicon.percentWords.contains(token.key) { return (index, "percent") }
        if token.key == QuantityLexicon.per, index + 1 < tokens.count, tokens[index + 1].key == QuantityLexicon.cent {
            return (index + 1, "percent")
        }
        return nil
    }

    /// "… rubles", "… USD", "… U.S. dollars", "… Canadian dollars", "… million pounds".
    private func currencyAfter(from index: Int, scaled: Bool) -> (last: Int, code: String)? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let key = tokens[index].key
        if let code = QuantityLexicon.currencyWords[key] ?? (tokens[index].upperCase ? QuantityLexicon.currencyCodes[key] : nil) {
            return (index, code)
        }
        if scaled, let code = QuantityLexicon.currencyWordsAfterScale[key] { return (index, code) }
        if let code = QuantityLexicon.dollarAdjectives[key], index + 1 < tokens.count,
            QuantityLexicon.currencyWords[tokens[index + 1].key] != nil || QuantityLexicon.currencyWordsAfterScale[tokens[index + 1].key] != nil
        {
            return (index + 1, code)
        }
        // "U.S. dollars": U . S . dollars
        if key == WordKey("u"), index + 4 < tokens.count, tokens[index + 2].key == WordKey("s"),
            QuantityLexicon.currencyWords[tokens[index + 4].key] == "USD"
        {
            return (index + 4, "USD")
        }
        return nil
    }
}
