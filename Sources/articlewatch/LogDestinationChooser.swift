import Logging

/// Picks the log backend. The journal backend arrives with the systemd support; until then `journal`
/// and `auto` fall back to the console, which systemd also captures into the journal.
enum LogDestinationChooser {
    static func useJournal(_ destination: LoggingOptions.Destination) -> Bool {
        switch destination {
        case .console, .auto, .journal: false
        }
    }

    static func journalHandler(label: String) -> any LogHandler { consoleHandler(label: label) }

    static func consoleHandler(label: String) -> any LogHandler { StreamLogHandler.standardError(label: label) }
}
