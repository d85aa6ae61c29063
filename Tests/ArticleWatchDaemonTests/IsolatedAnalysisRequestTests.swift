import ArticleAnalysis
@testable import ArticleWatchDaemon
import Testing

@Suite struct IsolatedAnalysisRequestTests {
    @Test func argumentsReadBackToTheSameRequest() throws {
        let request = IsolatedAnalysisRequest(
            name: "a name\nwith a newline and -- dashes.txt", receivedAt: 1_700_000_000.123_456,
            options: AnalysisOptions(includeText: false, disabledStages: ["summary", "keyphrases"], redactPII: true),
            limits: IsolationLimits(cpuSeconds: 12, memoryBytes: 400 << 20), parent: 4242)
        let back = try IsolatedAnalysisRequest(arguments: request.arguments)
        #expect(back == request)
    }

    @Test func missingAndUnknownArgumentsAreNamed() {
        #expect(throws: IsolatedAnalysisRequest.RequestError.self) { try IsolatedAnalysisRequest(arguments: ["--name", "x"]) }
        #expect { try IsolatedAnalysisRequest(arguments: ["--bogus"]) } throws: { "\($0)".contains("--bogus") }
        #expect { try IsolatedAnalysisRequest(arguments: ["--name"]) } throws: { "\($0)".contains("--name needs a value") }
    }

    @Test func limitsGrowWithTheArticle() {
        let small = IsolationLimits.forArticle(bytes: 2_000)
        let large = IsolationLimits.forArticle(bytes: 10 << 20)
        #expect(small.cpuSeconds < large.cpuSeconds && small.memoryBytes < large.memoryBytes)
        #expect(large.wallSeconds > Double(large.cpuSeconds))
    }
}
