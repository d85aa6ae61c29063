/// The name of each actor code an article's events use, as the dyad stage finds them: an article names a
/// handful of actors, so a list compared code by code (small Strings, two words each) beats a `[String:
/// String]` that hashed every code with SipHash each time a coded sentence was read (callgrind). Past
/// `linearLimit` codes (a long list of actors) they are hashed after all.
struct ActorNames {
    private var entries: [(code: String, name: String)] = []
    private var hashed: [String: String] = [:]
    private static let linearLimit = 32

    /// The name recorded for `code`, or nil.
    subscript(code: String) -> String? {
        if entries.count > Self.linearLimit { return hashed[code] }
        for index in entries.indices where entries[index].code == code { return entries[index].name }
        return nil
    }

    /// Records `name` for `code` (the caller checked it has none); a nil name records nothing, as assigning
    /// nil to a dictionary entry would, so a later mention may still name the code.
    mutating func add(_ code: String, _ name: String?) {
        guard let name else { return }
        entries.append((code, name))
        if entries.count == Self.linearLimit + 1 {
            for entry in entries { hashed[entry.code] = entry.name }
        } else if entries.count > Self.linearLimit + 1 {
            hashed[code] = name
        }
    }
}
