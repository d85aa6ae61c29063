/// A subcommand called the wrong way: says how to call it.
enum EvalError: Error, CustomStringConvertible {
    case usage(String)

    var description: String {
        switch self {
        case let .usage(text): "usage: articlewatch-eval \(text)"
        }
    }
}
