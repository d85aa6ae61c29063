import Logging
import Systemd

/// Picks the log backend: the native journal when asked, or under `auto` when stderr is the journal stream.
enum LogDestinationChooser {
    static func useJournal(_ destination: LoggingOptions.Destination) -> Bool {
        LogDestination(rawValue: destination.rawValue)?.resolved() == .journal
    }

    static func journalHandler(label: String) -> any LogHandler { JournalLogHandler(label: label) }

    static func consoleHandler(label: String) -> any LogHandler { StreamLogHandler.standardError(label: label) }
}
