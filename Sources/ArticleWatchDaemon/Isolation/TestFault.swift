import Foundation

/// A test-only poison: `ARTICLEWATCH_TEST_FAULT=crash:NEEDLE` makes an isolated analysis child raise
/// SIGSEGV, `spin:NEEDLE` makes it loop on the CPU for ever, when the article's name contains NEEDLE.
///
/// Why it exists: no real input is known to crash or hang the analyser (fuzzing has found none, and
/// `make bounds` shows linear time), yet the protection against such a file must be proven with a real
/// process dying from a real signal. Why it is safe: only the hidden child mode reads it (the daemon's
/// own analysis never does), and it comes from the environment, which only whoever starts the daemon
/// controls; the producers who write into the inbox cannot set it.
enum TestFault {
    static let variable = "ARTICLEWATCH_TEST_FAULT"

    static func trigger(for name: String) {
        guard let setting = ProcessInfo.processInfo.environment[variable], let colon = setting.firstIndex(of: ":") else { return }
        let needle = setting[setting.index(after: colon)...]
        guard !needle.isEmpty, name.contains(needle) else { return }
        switch setting[..<colon] {
        case "crash": ProcessCalls.raiseSegmentationFault()
        case "spin":
            var counter: UInt64 = 0
            while true {
                counter &+= 1
                if counter & 0xFFFFFF == 0 { ProcessCalls.touchTheKernel() }
            }
        default: return
        }
    }
}
