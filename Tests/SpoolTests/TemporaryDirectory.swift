import Foundation

/// A real directory under /tmp for one test, removed afterwards.
final class TemporaryDirectory {
    let path: String

    init(_ label: String = "spool") {
        path = NSTemporaryDirectory() + "articlewatch-\(label)-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ contents: String) -> String {
        let target = file(name)
        FileManager.default.createFile(atPath: target, contents: Data(contents.utf8))
        return target
    }

    func lines(_ name: String) -> [String] {
        guard let text = try? String(contentsOfFile: file(name), encoding: .utf8) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}
