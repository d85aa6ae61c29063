import ArticleAnalysis
import Foundation

/// The NER training corpora in `ner-train` (see its SOURCES.md), read into documents of tagged sentences.
/// Types: PER, LOC, ORG as they are; WNUT17's person/location/corporation/group as PER/LOC/ORG/ORG; all
/// other types (WikiGold's MISC, UNER's OTH and stray B-O, WNUT17's product and creative-work) become O.
struct NameTaggerCorpus {
    struct Sentence {
        var words: [String]
        var tags: [NameTag]
    }

    struct Document {
        var id: String
        var sentences: [Sentence]
    }

    /// A held-out unit for leave-one-corpus-out: a name and its files (relative to the data folder).
    static let groups: [(name: String, files: [String])] = [
        ("uner-en-ewt", ["uner-en-ewt/en_ewt-ud-train.PRERELEASE-2022-12-02.iob2", "uner-en-ewt/en_ewt-ud-dev.iob2", "uner-en-ewt/en_ewt-ud-test.iob2"]),
        ("uner-en-pud", ["uner-en-pud/en_pud-ud-test.iob2"]),
        ("wikigold", ["wikigold/wikigold.conll.txt"]),
        ("btc", ["btc/a.conll", "btc/b.conll", "btc/e.conll", "btc/f.conll", "btc/g.conll", "btc/h.conll"]),
        ("wnut17", ["wnut17/wnut17train.conll", "wnut17/emerging.dev.conll", "wnut17/emerging.test.annotated"]),
    ]

    /// Reads one file. UNER (`.iob2`): `# newdoc id` comments start documents, token lines are
    /// `index TAB token TAB tag …`. WikiGold: `token tag` with `-DOCSTART-` between documents. BTC and WNUT17:
    /// `token TAB tag`, one tweet or post per sentence and per document.
    static func read(_ path: String) throws -> [Document] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let isUNER = path.hasSuffix(".iob2")
        let isWikigold = path.contains("wikigold")
        let name = URL(fileURLWithPath: path).lastPathComponent
        var documents: [Document] = []
        var current = Document(id: "\(name)#0", sentences: [])
        var sentence = Sentence(words: [], tags: [])
        func endSentence() {
            guard !sentence.words.isEmpty else { return }
            current.sentences.append(sentence)
            sentence = Sentence(words: [], tags: [])
            if !isUNER, !isWikigold { endDocument() }
        }
        func endDocument() {
            if !current.sentences.isEmpty { documents.append(current) }
            current = Document(id: "\(name)#\(documents.count)", sentences: [])
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                endSentence()
                continue
            }
            if isUNER, line.hasPrefix("#") {
                if line.hasPrefix("# newdoc") {
                    endSentence()
                    endDocument()
                }
                continue
            }
            let fields = line.split(whereSeparator: { $0 == "\t" || (!isUNER && $0 == " ") })
            if isWikigold, fields.first == "-DOCSTART-" {
                endSentence()
                endDocument()
                continue
            }
            if isUNER {
                guard fields.count >= 3 else { continue }
                sentence.words.append(String(fields[1]))
                sentence.tags.append(NameTag(iob2: fields[2]))
            } else {
                guard fields.count >= 2 else { continue }
                sentence.words.append(String(fields[0]))
                sentence.tags.append(NameTag(iob2: fields[fields.count - 1]))
            }
        }
        endSentence()
        endDocument()
        return documents
    }

    static func readGroup(_ data: String, _ files: [String]) throws -> [Document] {
        try files.flatMap { try read(data + "/" + $0) }
    }
}
