public import ArgumentParser
public import Logging

/// `--log` and `--log-level`, shared by the commands that log. `main` is the only place that bootstraps.
struct LoggingOptions: ParsableArguments {
    enum Destination: String, ExpressibleByArgument, CaseIterable {
        case auto, journal, console
    }

    @Option(help: "Where log entries go: journal (native systemd journal fields), console (stderr), or auto (journal when stderr is connected to the journal, else console).")
    var log: Destination = .auto

    @Option(name: .customLong("log-level"), help: "The least severe level logged: trace, debug, info, notice, warning, error, critical.")
    var level: Logger.Level = .info

    func bootstrap() {
        let level = self.level
        let useJournal = LogDestinationChooser.useJournal(log)
        LoggingSystem.bootstrap { label in
            var handler = useJournal ? LogDestinationChooser.journalHandler(label: label) : LogDestinationChooser.consoleHandler(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
