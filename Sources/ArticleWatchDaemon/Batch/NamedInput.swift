import ArticleAnalysis
import Foundation
import Spool
import WorkQueue

/// One input of `articlewatch analyze`, from the path the user named to its line (before near-duplicate
/// linking, which the batch does in argument order).
enum NamedInput {
    /// The same opening as the daemon's (`SafeFileReader`: descriptor checked, regular files only, size
    /// limit kept while reading), with two differences for paths a user names: a symbolic link is
    /// followed to its target (the user means the file it points to; the target is then opened without
    /// following further links), and a file with several hard links is read.
    static func analyze(_ input: String, pipeline: AnalysisPipeline, options: AnalysisOptions, maxBytes: Int) -> ProcessedLine {
        let clock = SystemClock()
        let content: ClaimedContent
        if input == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            content = data.count > maxBytes
                ? .rejected(.tooLarge, message: "standard input is over \(maxBytes) bytes", status: FileStatus(size: data.count, changedAt: clock.now()))
                : .bytes(Array(data), status: FileStatus(size: data.count, changedAt: clock.now()))
        } else {
            content = SafeFileReader(maxBytes: maxBytes, symlinks: .followNamedLink, hardLinks: .allow).read(RawPath(input))
        }
        return ArticleLine.make(name: recordName(of: input), content: content, pipeline: pipeline, options: options, clock: clock)
    }

    /// The record's `file`: what `URL(fileURLWithPath:).lastPathComponent` gives, which is the last
    /// component once trailing slashes are dropped. That URL costs a stat(2) and ~15 µs per file (it asks
    /// the file system whether the path is a directory, and standardises the path), so it is asked only
    /// where it does more than cut: "-" (standard input), a path that ends in "." or "..", one that starts
    /// with "~", the empty path, and a path of slashes.
    static func recordName(of input: String) -> String {
        if input == "-" { return "-" }
        let slash = UInt8(ascii: "/")
        let utf8 = input.utf8
        guard utf8.first != UInt8(ascii: "~"), let last = utf8.lastIndex(where: { $0 != slash }) else {
            return URL(fileURLWithPath: input).lastPathComponent
        }
        let start = utf8[...last].lastIndex(of: slash).map(utf8.index(after:)) ?? utf8.startIndex
        let component = utf8[start...last]
        if component.allSatisfy({ $0 == UInt8(ascii: ".") }) && component.count <= 2 {
            return URL(fileURLWithPath: input).lastPathComponent
        }
        return String(decoding: component, as: UTF8.self)
    }
}
