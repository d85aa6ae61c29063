/// A lower bound of a text's `Character` count that needs no grapheme breaking: every ASCII byte other than a
/// line feed begins a Character of its own. No grapheme rule joins two ASCII scalars except CR LF, and an
/// ASCII scalar is never Extend, ZWJ, SpacingMark, Prepend, a regional indicator or a pictograph, so it can
/// only be the base of its cluster. Walking bytes costs a few instructions each; `count` about 17.
enum KeptCharacters {
    /// Whether the paragraphs hold at least `minimum` Characters: their ASCII bytes usually settle it after a
    /// few hundred bytes; only when they fall short are the Characters counted.
    static func holds(atLeast minimum: Int, in paragraphs: [String]) -> Bool {
        var found = 0
        for paragraph in paragraphs {
            let bytes = paragraph.utf8.span
            for index in bytes.indices where bytes[index] < 0x80 && bytes[index] != 0x0A {
                found += 1
                if found >= minimum { return true }
            }
        }
        return paragraphs.reduce(0) { $0 + $1.count } >= minimum
    }
}
