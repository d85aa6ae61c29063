/// Decides HTML or plain text from the content, not the file name: a doctype or `<html` near the start,
/// or a start dense with tags.
public enum MediaTypeSniffer {
    public static func sniff(_ text: String) -> MediaType {
        let head = text.utf8.prefix(2048)
        var lowered = [UInt8]()
        lowered.reserveCapacity(head.count)
        for byte in head { lowered.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        let start = lowered.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        for marker in ["<!doctype html", "<html", "<head", "<?xml version"] where start.starts(with: marker.utf8) {
            return .html
        }
        for marker in ["<html", "<body", "<meta "] where lowered.firstRange(of: Array(marker.utf8)) != nil {
            return .html
        }
        let tagOpenings = lowered.indices.dropLast().filter { lowered[$0] == 0x3C && isTagStart(lowered[$0 + 1]) }.count
        return tagOpenings >= 8 && tagOpenings * 40 >= lowered.count ? .html : .plainText
    }

    private static func isTagStart(_ byte: UInt8) -> Bool { (97...122).contains(byte) || byte == 0x2F || byte == 0x21 }
}

/// Stage 2: which extractor applies.
public struct MediaTypeStage: AnalysisStage {
    public let name: StageName = "media-type"
    public let requires: Set<Annotation> = [.decodedText]
    public let provides: Set<Annotation> = [.mediaType]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        document.mediaType = MediaTypeSniffer.sniff(document.decodedText)
    }
}
