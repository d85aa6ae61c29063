/// Reads an actor dictionary in TABARI/PETRARCH format (a name line, `+alias` lines, `[CODE dates]` lines;
/// `_` joins words) into an `EntityLexicon`, so the event coder can run on other dictionaries than the
/// bundled one — PETRARCH's validation dictionaries in particular. The entry's last open-ended code wins.
public enum TabariActorDictionary {
    public static func lexicon(actors text: String) -> EntityLexicon {
        var lexicon = EntityLexicon()
        var names: [String] = []
        var codes: [String] = []
        func flush() {
            defer {
                names = []
                codes = []
            }
            guard let code = codes.last, code != "---" else { return }
            for name in names {
                lexicon.add(
                    surface: name,
                    LexiconEntry(kind: .countryName, canonical: code, code: code, country: code, needsCapitals: false))
            }
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.prefix { $0 != "#" }
            let trimmed = line.trimmingCharacters(in: " \t\r")
            if trimmed.isEmpty || trimmed.hasPrefix("<!--") {
                flush()
                continue
            }
            let lineCodes = bracketed(trimmed)
            if trimmed.hasPrefix("[") {
                codes += lineCodes
                continue
            }
            let name = String(trimmed.prefix { $0 != "[" }).trimmingCharacters(in: " \t+").replacingAll("_", with: " ")
                .trimmingCharacters(in: " ")
            if trimmed.hasPrefix("+") {
                if !name.isEmpty { names.append(name) }
                codes += lineCodes
                continue
            }
            flush()
            if !name.isEmpty { names = [name] }
            codes = lineCodes
        }
        flush()
        return lexicon
    }

    private static func bracketed(_ line: String) -> [String] {
        var result: [String] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            let inside = rest[rest.index(after: open)..<close].split(separator: " ").first.map(String.init) ?? ""
            if !inside.isEmpty, !inside.hasPrefix("~") { result.append(inside.uppercased()) }
            rest = rest[rest.index(after: close)...]
        }
        return result
    }
}
