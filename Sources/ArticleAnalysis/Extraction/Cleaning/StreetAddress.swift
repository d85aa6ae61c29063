/// A street address starting at a house number: "24857 Wilderman Branch East Jeanettestad, GA 37904-3273",
/// "10 Downing Street", "1600 Pennsylvania Avenue NW". Two shapes count: number + capitalised words + a street
/// word, or number + capitalised words + ", " + a two-letter region code + a ZIP code.
enum StreetAddress {
    /// Street-type words (USPS suffix abbreviations and their common spellings, plus UK/European forms).
    private static let streetWords: Set<String> = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "court",
        "ct", "way", "place", "pl", "square", "sq", "highway", "hwy", "parkway", "pkwy", "terrace", "circle", "cir",
        "branch", "trail", "crescent", "close", "gardens", "row", "alley", "plaza", "suite",
    ]

    static func match(at start: Int, in bytes: Span<UInt8>) -> Range<Int>? {
        var index = start
        while index < bytes.count, ASCIIClass.isDigit(bytes[index]) { index += 1 }
        let numberLength = index - start
        guard (1...6).contains(numberLength), index < bytes.count, bytes[index] == 0x20 else { return nil }
        var words = 0, end = index, sawStreetWord = false
        while words < 7 {
            var wordStart = end
            while wordStart < bytes.count, bytes[wordStart] == 0x20 { wordStart += 1 }
            guard wordStart < bytes.count, bytes[wordStart] >= 0x41, bytes[wordStart] <= 0x5A else { break }
            var wordEnd = wordStart
            while wordEnd < bytes.count, ASCIIClass.isLetter(bytes[wordEnd]) { wordEnd += 1 }
            let word = String(utf8Bytes: bytes.extracting(wordStart..<wordEnd)).lowercased()
            words += 1
            end = wordEnd
            if streetWords.contains(word) { sawStreetWord = true }
            if wordEnd < bytes.count, bytes[wordEnd] == UInt8(ascii: ",") {
                if let zipEnd = regionAndZip(after: wordEnd + 1, in: bytes) { return start..<zipEnd }
                break
            }
        }
        return sawStreetWord && words >= 2 ? start..<end : nil
    }

    /// " GA 37904" or " GA 37904-3273" after the comma; returns where it ends.
    private static func regionAndZip(after comma: Int, in bytes: Span<UInt8>) -> Int? {
        var index = comma
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index + 8 <= bytes.count, (0x41...0x5A).contains(bytes[index]), (0x41...0x5A).contains(bytes[index + 1]),
            bytes[index + 2] == 0x20
        else { return nil }
        index += 3
        let zipStart = index
        while index < bytes.count, ASCIIClass.isDigit(bytes[index]) { index += 1 }
        guard index - zipStart == 5 else { return nil }
        if index + 5 <= bytes.count, bytes[index] == UInt8(ascii: "-"),
            bytes.allSatisfy(in: (index + 1)..<(index + 5), ASCIIClass.isDigit)
        {
            index += 5
        }
        return index
    }
}
