import ArgumentParser
import ArticleWatchDaemon
import Foundation

/// The postgres settings of a configuration file, for the commands that only talk to the shared queue;
/// a folder-engine file or a bad one is a clear error (exit 2), not a connection attempt.
enum SharedQueueConfiguration {
    static func load(_ path: String) throws -> QueueSettings {
        let configuration: Configuration
        do { configuration = try ConfigurationLoader.load(path: path) } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        guard configuration.queue.engine == .postgres, configuration.queue.url != nil else {
            FileHandle.standardError.write(Data("\(path): \"queue.engine\" is \"folder\"; this command needs the postgres engine\n".utf8))
            throw ExitCode(2)
        }
        return configuration.queue
    }

    static func fail(_ error: any Error) -> ExitCode {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        return ExitCode(1)
    }
}
