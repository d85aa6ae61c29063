/// The line a commit writes: one JSON object (without the newline), already stamped with the claim's
/// delivery token.
public enum QueueLine: Sendable, Equatable {
    /// A results line; the input goes to done (kept) or is deleted once the line is durable.
    case result([UInt8], keepInput: Bool)
    /// A failures line; the input goes to failed.
    case failure([UInt8])

    public var bytes: [UInt8] {
        switch self {
        case let .result(bytes, _), let .failure(bytes): bytes
        }
    }

    /// Where the input goes once the line is durable.
    public var disposition: Disposition {
        switch self {
        case let .result(_, keep): .done(keep: keep)
        case .failure: .failed
        }
    }
}

/// Where a finished input goes.
public enum Disposition: Sendable, Equatable, Hashable {
    /// Results line written: to `done/`, or deleted when `keep` is false.
    case done(keep: Bool)
    /// Failures line written: to `failed/`.
    case failed
}
