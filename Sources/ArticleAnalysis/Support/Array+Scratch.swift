extension Array {
    /// This array holding `count` copies of `value`, in its old storage where that is large enough: how the
    /// per-sentence scratch arrays kept from sentence to sentence of a document (the tagger's buffers, the rule
    /// chunker's and the consistency pass's covered marks, the event coder's owned tokens) are reset. A plain
    /// loop: `removeAll(keepingCapacity:)` + `append(contentsOf: repeatElement(…))` is a generic call per array
    /// per sentence that costs more than the fill itself (callgrind).
    @inline(__always)
    mutating func refill(with value: Element, count: Int) {
        if self.count > count { removeLast(self.count - count) }
        for index in indices { self[index] = value }
        if self.count < count { reserveCapacity(count) }
        while self.count < count { append(value) }
    }

    /// `removeAll(keepingCapacity: true)` for a buffer that holds a handful of elements (a sentence's actors,
    /// codes, pairs and events): one `removeLast` each. The standard library's goes through a generic
    /// `replaceSubrange` of ~150 instructions a call (callgrind), more than removing a few elements costs.
    @inline(__always)
    mutating func removeFewKeepingCapacity() {
        while !isEmpty { removeLast() }
    }
}
