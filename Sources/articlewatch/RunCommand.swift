import ArgumentParser
import ArticleWatchDaemon
import Logging
import Systemd

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon in the foreground: watch the spool's inbox and analyse every article dropped there.",
        discussion: "SIGTERM or Ctrl-C stops it after in-flight articles finish (Ctrl-C twice: at once). SIGHUP reopens the logs and reloads the configuration."
    )

    @Option(help: "The configuration file (JSON). Relative paths in it are relative to its directory.")
    var config: String = "config.json"

    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        DaemonMallocSettings.apply()
        let configuration: Configuration
        do { configuration = try ConfigurationLoader.load(path: config) } catch {
            throw ValidationError("\(error)\nThe daemon did not start; fix the configuration and try again.")
        }
        logging.bootstrap()
        let logger = Logger(label: "articlewatch")
        do {
            try await Daemon.run(configurationPath: config, configuration: configuration, notifier: SystemdNotifier(), logger: logger)
        } catch {
            logger.critical("the daemon stopped on an error", metadata: ["error": "\(error)"])
            JournalSender.shared.flush(timeout: .seconds(2))
            throw ExitCode(1)
        }
        JournalSender.shared.flush(timeout: .seconds(2))
    }
}
