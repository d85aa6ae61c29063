/// Trimming without Foundation, shared by the stages that need it.
extension StringProtocol {
    /// Trims the given ASCII characters from both ends.
    func trimmingCharacters(in set: String) -> String {
        let bytes = Array(set.utf8)
        var slice = Substring(self).utf8[...]
        while let first = slice.first, bytes.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, bytes.contains(last) { slice = slice.dropLast() }
        return String(Substring(slice))
    }

    /// Replaces every occurrence of one character (Foundation-free).
    func replacingAll(_ character: Character, with replacement: String) -> String {
        var result = ""
        for current in self { if current == character { result += replacement } else { result.append(current) } }
        return result
    }
}
