/// The hostile inputs of issue 8 at any size, built by repeating a unit: what a resource-bound
/// measurement and the fuzz seed corpus feed the analysis.
enum PathologicalInput {
    static let kinds = [
        "one-line", "nested-html", "entity-html", "all-script", "abbreviations", "abbreviation-run", "angle-soup", "utf16-no-bom",
        "latin1", "nul-bytes", "newlines", "no-spaces", "place-names",
    ]

    static func make(_ kind: String, bytes: Int) -> [UInt8] {
        switch kind {
        case "one-line": return repeated("Tehran and Moscow signed another agreement on gas and grain ", bytes)
        // Issue 14: nothing but place names and regions, one endless sentence.
        case "place-names": return repeated("Springfield, Ill., Paris, Texas, Alexandria, La., London, Ontario, Georgia, Mobile, Tehran, ", bytes)
        case "nested-html":
            let half = bytes / 2
            return Array("<html><body>".utf8) + repeated("<div>", half - 50) + Array("<p>Deep inside.</p>".utf8) + repeated("</div>", half - 50)
        case "entity-html":
            return Array("<!DOCTYPE html [<!ENTITY a \"&b;&b;&b;&b;&b;\"><!ENTITY b \"&c;&c;&c;\">]><html><body><p>".utf8)
                + repeated("&a;&amp;&#x1F600;&#99999999;&lt;p&gt;&nosuchentity;&#", bytes)
        case "all-script": return Array("<html><head><script>".utf8) + repeated("var a = '<p>x</p>'; if (a < b && c > d) {}\n", bytes)
        case "abbreviations": return repeated("Dr. A. Smith met Mr. B. Jones and Gen. C. Lee in St. Petersburg, U.S. style. ", bytes)
        case "abbreviation-run": return repeated("Dr. ", bytes)  // one endless sentence of abbreviations
        case "angle-soup": return repeated("<<a <!-- <b", bytes)
        case "utf16-no-bom":
            return repeated("Tehran and Moscow. ", bytes / 2).flatMap { [$0, 0] }
        case "latin1": return repeated("Caf\u{E9} na\u{EF}ve \u{93}quoted\u{94}. ".unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }, bytes)
        case "nul-bytes": return [UInt8](repeating: 0, count: bytes)
        case "newlines": return repeated("\n\n\n.\n", bytes)
        case "no-spaces": return repeated("TehranMoscowGrainGasRail.", bytes)
        case "place-names":
            // Countries, capitals and divisions with nothing between them: one endless capitalised run, every
            // word a dictionary match (issue 14).
            return repeated(
                "Armenia Georgia Rio Grande do Sul Tehran Kuala Lumpur Côte d'Ivoire Bosnia and Herzegovina Baghdad "
                    + "Iraq Virginia North Macedonia Saint Helier Adıyaman Province Congo Guinea-Bissau ", bytes)
        default: return []
        }
    }

    private static func repeated(_ unit: String, _ bytes: Int) -> [UInt8] { repeated(Array(unit.utf8), bytes) }

    private static func repeated(_ unit: [UInt8], _ bytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes + unit.count)
        while out.count < bytes { out.append(contentsOf: unit) }
        return out
    }
}
