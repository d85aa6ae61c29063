extension Array {
    /// `removeAll(keepingCapacity: true)` for a buffer that holds a handful of elements (a sentence's actors,
    /// codes, pairs and events): one `removeLast` each. The standard library's goes through a generic
    /// `replaceSubrange` of ~150 instructions a call (callgrind), more than removing a few elements costs.
    @inline(__always)
    mutating func removeFewKeepingCapacity() {
        while !isEmpty { removeLast() }
    }
}
