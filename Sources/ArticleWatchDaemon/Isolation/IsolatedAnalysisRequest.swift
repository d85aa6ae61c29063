public import ArticleAnalysis
import Foundation

/// What the daemon asks of an isolated analysis child (`articlewatch analyze-isolated`), as command-line
/// arguments. One type writes and reads them, so the two sides of the re-exec cannot drift apart.
/// The article's bytes are not here: they go to the child's standard input.
public struct IsolatedAnalysisRequest: Sendable, Equatable {
    /// The article's name as the record shows it.
    public var name: String
    /// When the daemon took the file (the claim's ctime), seconds since 1970.
    public var receivedAt: Double
    /// The options the stages read (`includeText`, `disabledStages`, `redactPII`).
    public var options: AnalysisOptions
    public var limits: IsolationLimits
    /// The daemon's pid: the child exits as soon as its parent is no longer this process.
    public var parent: Int32
    /// A file the child creates if it sees the daemon die while it runs: recovery's evidence that the
    /// daemon was killed from outside, not by this file (its analysis was still alive in the child).
    public var orphanMarker: String?

    public init(name: String, receivedAt: Double, options: AnalysisOptions, limits: IsolationLimits, parent: Int32, orphanMarker: String? = nil) {
        self.name = name
        self.receivedAt = receivedAt
        self.options = options
        self.limits = limits
        self.parent = parent
        self.orphanMarker = orphanMarker
    }

    public var arguments: [String] {
        var arguments = [
            "--name", name, "--received-at", String(receivedAt), "--parent", String(parent),
            "--cpu-seconds", String(limits.cpuSeconds), "--memory-bytes", String(limits.memoryBytes),
        ]
        if let orphanMarker { arguments += ["--orphan-marker", orphanMarker] }
        if !options.includeText { arguments.append("--no-text") }
        if options.redactPII { arguments.append("--redact-pii") }
        for stage in options.disabledStages.sorted() { arguments += ["--disable-stage", stage] }
        return arguments
    }

    /// Reads `arguments` back; the words of the error name the argument that is wrong.
    public init(arguments: [String]) throws(RequestError) {
        var name: String?, receivedAt: Double?, parent: Int32?, cpuSeconds: Int?, memoryBytes: Int?, orphanMarker: String?
        var options = AnalysisOptions()
        var index = 0
        func value(_ flag: String) throws(RequestError) -> String {
            index += 1
            guard index < arguments.count else { throw RequestError(description: "\(flag) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            let flag = arguments[index]
            switch flag {
            case "--name": name = try value(flag)
            case "--received-at": receivedAt = Double(try value(flag))
            case "--parent": parent = Int32(try value(flag))
            case "--cpu-seconds": cpuSeconds = Int(try value(flag))
            case "--memory-bytes": memoryBytes = Int(try value(flag))
            case "--orphan-marker": orphanMarker = try value(flag)
            case "--disable-stage": options.disabledStages.insert(try value(flag))
            case "--no-text": options.includeText = false
            case "--redact-pii": options.redactPII = true
            default: throw RequestError(description: "unknown argument \(flag)")
            }
            index += 1
        }
        guard let name, let receivedAt, let parent, let cpuSeconds, let memoryBytes else {
            throw RequestError(description: "--name, --received-at, --parent, --cpu-seconds and --memory-bytes are all needed")
        }
        self.init(
            name: name, receivedAt: receivedAt, options: options,
            limits: IsolationLimits(cpuSeconds: cpuSeconds, memoryBytes: memoryBytes), parent: parent, orphanMarker: orphanMarker)
    }

    public struct RequestError: Error, CustomStringConvertible {
        public let description: String
    }
}
