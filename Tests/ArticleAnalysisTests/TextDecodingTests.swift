@testable import ArticleAnalysis
import Testing

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Array("Tehran".utf8)).text == "Tehran")
        let withBOM = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Moscow".utf8))
        #expect(withBOM.text == "Moscow" && withBOM.encoding == "utf-8" && withBOM.warning == nil)
    }

    @Test func utf16WithBOMBothEndians() throws {
        let little = try TextDecoding.decode([0xFF, 0xFE] + Array("Iran".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(little.text == "Iran" && little.encoding == "utf-16le")
        let big = try TextDecoding.decode([0xFE, 0xFF] + Array("Iran".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(big.text == "Iran" && big.encoding == "utf-16be")
    }

    @Test func utf16WithoutBOMIsRecognisedWithAWarning() throws {
        let bytes = Array("Russia and Iran signed a deal.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.text == "Russia and Iran signed a deal.")
        #expect(decoded.warning?.contains("UTF-16LE") == true)
    }

    @Test func utf16WithoutBOMOrZeroBytePatternIsReadByContent() throws {
        let russian = "Россия и Иран подписали соглашение о торговле в понедельник, сообщили министры."
        let little = try TextDecoding.decode(Array(russian.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(little.text == russian && little.encoding == "utf-16le")
        let chinese = "2024年3月5日 伊朗和俄罗斯星期一在德黑兰签署了一项能源协议，官员们说这将带来稳定。\n"
        let big = try TextDecoding.decode(Array(chinese.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(big.text == chinese && big.encoding == "utf-16be")
    }

    @Test func strayNULsInAPageAreRemovedNotBinary() throws {
        let page = "<html><body><p>" + String(repeating: "The ministers met in Geneva on Tuesday. ", count: 40) + "</p></body></html>"
        var bytes = Array(page.utf8)
        bytes.insert(0, at: 200)
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.text == page && decoded.encoding == "utf-8")
        #expect(decoded.warning?.contains("removed 1 NUL byte") == true)
    }

    @Test func binaryWithManyNULsStaysBinary() {
        // An executable-like layout: headers of small integers, zero padding, a few strings.
        var bytes: [UInt8] = [0x01, 0x02, 0x03, 0x00]
        for index in 0..<2000 { bytes += [UInt8(index % 7), 0, 0, 0, UInt8(index % 251), 0x10, 0, 0] }
        #expect(throws: StageFailure.self) { try TextDecoding.decode(bytes) }
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        let decoded = try TextDecoding.decode([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80, 0x35])
        #expect(decoded.text == "“Café” €5")
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.warning != nil)
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "PNG"), ([0x7F, 0x45, 0x4C, 0x46, 2, 1], "ELF"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31], "PDF"), ([0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47], "NUL"),
    ] as [([UInt8], String)])
    func binaryIsAFatalFailure(bytes: [UInt8], label: String) {
        #expect(throws: StageFailure.self, "\(label)") { try TextDecoding.decode(bytes) }
        do { _ = try TextDecoding.decode(bytes) } catch {
            #expect(error.reason == .binary && error.isFatal)
        }
    }

    @Test func controlHeavyBytesAreBinary() {
        let bytes = (0..<400).map { UInt8(($0 * 7) % 31 + 1) }
        #expect(throws: StageFailure.self) { try TextDecoding.decode(bytes) }
    }

    @Test func emptyIsAFailureOfItsOwn() {
        do { _ = try TextDecoding.decode([]) } catch { #expect(error.reason == .empty) }
    }

    /// Any byte sequence gives text or a failure; none traps. A fixed-seed generator keeps it repeatable.
    @Test func randomBytesNeverTrap() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var outcomes = (text: 0, failure: 0)
        for length in 0..<600 {
            var bytes: [UInt8] = []
            for _ in 0..<(length % 97 * 13) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 33))
            }
            if (try? TextDecoding.decode(bytes)) != nil { outcomes.text += 1 } else { outcomes.failure += 1 }
        }
        #expect(outcomes.text + outcomes.failure == 600)
        #expect(outcomes.failure > 0)
    }
}

@Suite struct MediaTypeSnifferTests {
    @Test func htmlIsFoundByContent() {
        #expect(MediaTypeSniffer.sniff("  <!DOCTYPE html><html><body>x</body></html>") == .html)
        #expect(MediaTypeSniffer.sniff("<div><p>a</p><p>b</p><p>c</p><p>d</p></div>") == .html)
        #expect(MediaTypeSniffer.sniff("Iran & Russia: <not a tag> Unraveling Their Strategic Partnership") == .plainText)
    }

    /// Pages that start with something other than a doctype or `<html>`, each with more than 2 KiB of it first.
    @Test(arguments: [
        "<!-- generated by a CMS \(String(repeating: "build info ", count: 300)) -->\n<div><p>Story.</p></div>",
        "<script>var config = {\(String(repeating: "\"key\": \"value\", ", count: 200))};</script>\n<div><p>Story.</p></div>",
        "<style>\(String(repeating: ".story p { margin: 0 } ", count: 200))</style><article><p>Story.</p></article>",
        "<div class=\"story\">\(String(repeating: "The ministers met in Geneva on Tuesday. ", count: 80))</div>",
        "<p>\(String(repeating: "The ministers met in Geneva on Tuesday. ", count: 80))</p><p>More.</p>",
        "\u{FEFF}\n\n   <section><h1>Trade talks</h1><p>The ministers met.</p></section>",
        "  \n\t<link rel=stylesheet href=a.css><span>Trade</span> talks",
    ])
    func pagesThatStartWithMarkupAreHTML(page: String) {
        #expect(MediaTypeSniffer.sniff(page) == .html)
    }

    @Test func tagsDeepInsideAPageCountWhenTheyAreManyAndOfSeveralKinds() {
        let prose = String(repeating: "The ministers met in Geneva on Tuesday. ", count: 60)
        let page = prose + "<div><p>One</p><p>Two</p><p>Three</p><br></div>"
        #expect(MediaTypeSniffer.sniff(page) == .html)
        #expect(MediaTypeSniffer.sniff(prose + "<br><br><br><br><br><br><br>") == .plainText)
    }

    @Test(arguments: [
        "If a < b and b > c, the ministers said, then the deal holds. <grin>",
        "Contact: Ann Lee <ann@example.com>, <Reuters> reported on Tuesday.",
        "Engineers said the <div> element and a <p> tag were misused on the ministry's site.",
        "<<< Breaking news >>> The ministers met in Geneva on Tuesday.",
    ])
    func plainTextThatMentionsAngleBracketsStaysText(text: String) {
        #expect(MediaTypeSniffer.sniff(text) == .plainText)
    }
}
