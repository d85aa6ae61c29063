import ArgumentParser

/// `articlewatch analyze`'s file operands, most of them kept away from ArgumentParser: it stores a
/// repeating argument by copying the array collected so far for every value it adds (and the set of
/// input positions with it), so N files cost O(N²): ~110 ms of start-up for 2,000 files, ~55 µs a file.
///
/// The split keeps the meaning exact without knowing the options: only a trailing run of plain operands
/// (no leading "-", or "-" itself) is shortened, and its first two stay with the parser. Whatever the
/// first of them is (an option's value or a file), the second and everything after it are files in
/// argument order, since `analyze` has no option that takes more than one value.
enum AnalyzeOperands {
    /// The arguments for ArgumentParser and the files to append to what it parses, in order. Nothing is
    /// split off unless the first argument is `analyze` and more than two plain operands end the line.
    static func split(_ arguments: [String]) -> (parsed: [String], appended: [String]) {
        guard arguments.first == AnalyzeCommand.configuration.commandName else { return (arguments, []) }
        let plainRun = arguments.dropFirst().reversed().prefix { !$0.hasPrefix("-") || $0 == "-" }.count
        guard plainRun > 2 else { return (arguments, []) }
        let cut = arguments.count - plainRun + 2
        return (Array(arguments[..<cut]), Array(arguments[cut...]))
    }
}
