/// `articlewatch-eval systemd-probe journal|notify …`: small programs that exercise the Systemd module from a
/// real process, for `SystemdTests` (journal) and `scripts/test-systemd.sh` (notify under a real PID 1).
func systemdProbe(_ arguments: [String]) throws {
    switch arguments.first {
    case "journal": try journalProbe(Array(arguments.dropFirst()))
    case "notify": notifyProbe(Array(arguments.dropFirst()))
    default: throw SystemdProbeUsage()
    }
}

struct SystemdProbeUsage: Error, CustomStringConvertible {
    var description: String {
        "usage: articlewatch-eval systemd-probe journal [--burst N] [--no-wait] | notify [--wedge-file PATH]"
    }
}
