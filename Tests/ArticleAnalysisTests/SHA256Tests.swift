@testable import ArticleAnalysis
import Testing

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(input: String, expected: String) {
        #expect(SHA256.hexDigest(of: Array(input.utf8)) == expected)
    }

    /// Lengths around the 55/56/64-byte padding boundaries, checked against a million-byte vector's cousin.
    @Test func paddingBoundaries() {
        let digests = (50...130).map { SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: $0)) }
        #expect(Set(digests).count == digests.count)
        #expect(SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The SHA extensions' path and the portable Swift agree on every length across several blocks and on
    /// every padding case (a tail of 0…63 bytes, with one or two final blocks); where the processor lacks the
    /// extensions only the portable path runs, and the known vectors above check it.
    @Test func hardwareAndPortablePathsAgree() {
        let text = Array("Officials from Armenia met their counterparts on Monday to discuss trade, \u{00e9}t\u{00e9}.".utf8)
        var message: [UInt8] = []
        while message.count < 700 { message += text }
        for count in 0...700 {
            let prefix = Array(message.prefix(count))
            let portable = SHA256.digest(of: prefix, hardware: false)
            #expect(portable.count == 32)
            if SHA256Interop.isAvailable {
                #expect(SHA256.digest(of: prefix, hardware: true) == portable, "length \(count)")
            }
        }
        #expect(SHA256.digest(of: Array("abc".utf8), hardware: false).prefix(4) == [0xba, 0x78, 0x16, 0xbf])
    }
}
