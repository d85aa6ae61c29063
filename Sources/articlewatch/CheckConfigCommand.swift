import ArgumentParser
import ArticleAnalysis
import ArticleWatchDaemon
import Foundation

struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Check a configuration file and print the effective configuration (defaults filled in, paths resolved).",
        discussion: "Exits non-zero and names every bad or unknown key when the file is not valid."
    )

    @Option(help: "The configuration file to check.")
    var config: String = "config.json"

    func run() throws {
        do {
            let configuration = try ConfigurationLoader.load(path: config)
            print(configuration.effectiveJSON.prettySerialized())
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
