import ArticleAnalysis
@testable import ArticleWatchDaemon
import Foundation
import Testing

/// The `queue` key: folder by default, postgres with a URL libpq can parse, and the password never printed.
@Suite struct QueueSettingsTests {
    func parse(_ json: String) throws(ConfigurationError) -> Configuration { try ConfigurationLoaderTests().parse(json) }

    @Test func folderIsTheDefaultAndPrintsAlone() throws {
        let config = try parse("{}")
        #expect(config.queue.engine == .folder)
        #expect(config.effectiveJSON["queue"] == .object([("engine", .string("folder"))]))
    }

    @Test func postgresEngineReadsEveryKey() throws {
        let config = try parse(#"{"queue": {"engine": "postgres", "url": "postgresql://aw:s3cret@db.example:5433/aw?sslmode=require", "leaseSeconds": 45, "host": "crawler-7"}}"#)
        #expect(config.queue.engine == .postgres)
        #expect(config.queue.url == "postgresql://aw:s3cret@db.example:5433/aw?sslmode=require")
        #expect(config.queue.leaseSeconds == 45)
        #expect(config.queue.host == "crawler-7")
        let printed = config.effectiveJSON.serialized()
        #expect(printed.contains(#""url":"postgresql://aw:****@db.example:5433/aw?sslmode=require""#))
        #expect(!printed.contains("s3cret"))
        #expect(printed.contains(#""leaseSeconds":45"#) && printed.contains(#""host":"crawler-7""#))
    }

    @Test func hostDefaultsToTheHostname() throws {
        let config = try parse(#"{"queue": {"engine": "postgres", "url": "host=/run/postgresql dbname=aw password=pw"}}"#)
        #expect(config.queue.host == ProcessInfo.processInfo.hostName)
        #expect(config.queue.leaseSeconds == 60)
        #expect(config.queue.redactedURL == "host=/run/postgresql dbname=aw password=****")
    }

    @Test func badQueueSettingsAreNamed() {
        #expect {
            try parse(#"{"queue": {"engine": "postgres", "url": "host=/tmp nonsense", "leaseSeconds": 0, "host": "", "colour": 1}}"#)
        } throws: { error in
            let text = "\(error)"
            return text.contains(#"key "queue.url": host=/tmp nonsense is not a connection string libpq accepts"#)
                && text.contains(#"key "queue.leaseSeconds": 0 is not allowed"#)
                && text.contains(#"key "queue.host": "" is not allowed"#)
                && text.contains(#"unknown key "queue.colour""#)
        }
        #expect { try parse(#"{"queue": {"engine": "postgres"}}"#) } throws: { "\($0)".contains(#"key "queue.url": missing"#) }
        #expect { try parse(#"{"queue": {"engine": "mysql"}}"#) } throws: { "\($0)".contains("use one of folder, postgres") }
        #expect { try parse(#"{"queue": {"url": "postgresql://x/y"}}"#) } throws: {
            "\($0)".contains(#"key "queue.url": only used with "engine": "postgres""#)
        }
    }

    @Test func changingTheQueueNeedsARestart() throws {
        let folder = try parse("{}")
        let shared = try parse(#"{"queue": {"engine": "postgres", "url": "postgresql://x/y"}}"#)
        #expect(shared.keysNeedingRestart(comparedTo: folder).contains("queue"))
    }
}
