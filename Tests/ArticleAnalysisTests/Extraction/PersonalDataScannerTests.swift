@testable import ArticleAnalysis
import Testing

@Suite struct PersonalDataScannerTests {
    @Test func findsEmailsPhonesAndAddresses() {
        let text = "Write to heloise.lesch@friesen.net or call (781) 269-2771; visit 24857 Wilderman Branch East Jeanettestad, GA 37904-3273 or 10 Downing Street. Tips: [email protected], +44 20 7946 0958."
        let counts = PersonalDataScanner.counts(PersonalDataScanner.scan(text))
        #expect(counts[.email] == 2)
        #expect(counts[.phone] == 2)
        #expect(counts[.address] == 2)
    }

    @Test func ignoresYearsAmountsAndDates() {
        let text = "From 2015 to 2025, trade grew by $25 billion (1,234,567 units) and on 1996-01-28 the 12 ministers met in Room 4."
        #expect(PersonalDataScanner.scan(text).isEmpty)
    }

    @Test func redactsInPlace() {
        let text = "Mail ann@example.com now."
        #expect(PersonalDataScanner.redact(text, PersonalDataScanner.scan(text)) == "Mail [email] now.")
    }
}
