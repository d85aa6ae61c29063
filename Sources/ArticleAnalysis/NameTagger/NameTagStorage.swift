/// Arrays the tagger keeps from sentence to sentence of a document and refills for each one: the old storage
/// is reused, and filled by a plain loop rather than `append(contentsOf: repeatElement(…))`, which is a
/// generic call per array per sentence that costs more than the fill itself.
enum NameTagStorage {
    /// `array` holding `count` copies of `value`, in its old storage where that is large enough.
    @inline(__always)
    static func fill<Element>(_ array: inout [Element], with value: Element, count: Int) {
        if array.count > count { array.removeLast(array.count - count) }
        for index in array.indices { array[index] = value }
        if array.count < count { array.reserveCapacity(count) }
        while array.count < count { array.append(value) }
    }
}
