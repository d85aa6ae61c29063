/// Decodes the character references CMSs leave inside JSON-LD strings ("Europe&#8217;s", "Q&amp;A"): JSON is
/// not HTML, so libxml2 never decodes them, and a headline compared with the page's h1 must read the same.
/// Numeric references and the five XML entities plus `&nbsp;`; anything else stays as written.
enum HTMLEntityText {
    private static let named: [Substring: Character] = ["amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": " "]

    static func decoded(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(10).firstIndex(of: ";"),
                let character = character(for: rest[afterAmpersand..<semicolon])
            else {
                output.append("&")
                rest = rest[afterAmpersand...]
                continue
            }
            output.append(character)
            rest = rest[rest.index(after: semicolon)...]
        }
        return output + rest
    }

    private static func character(for name: Substring) -> Character? {
        if let known = named[name] { return known }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init).map(Character.init)
    }
}
