import ArticleAnalysis
import Foundation

/// `articlewatch-eval places-predict FIXTURE`: the place mentions the entity stage finds in each paragraph of a
/// labelled set (Tests/ArticleAnalysisTests/Fixtures/places-labelled.json), one JSON line per paragraph, for
/// eval/places_score.py to score beside spaCy. A place mention is a location, or a country named by name
/// (demonyms such as "Iranian" are left out: the gold sets of geoparsing label toponyms only).
func placesPredict(_ arguments: [String]) throws {
    guard let path = arguments.first else { throw EvalError.usage("places-predict FIXTURE") }
    let fixture = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
    let paragraphs = fixture?["paragraphs"] as? [[String: Any]] ?? []
    for paragraph in paragraphs {
        let text = paragraph["text"] as? String ?? ""
        let mentions = placeMentions(in: text).map { mention -> JSONValue in
            var fields: [(String, JSONValue)] = [("surface", .string(mention.surface)), ("type", .string(mention.kind.rawValue))]
            if let geo = mention.geo { fields.append(("geo", geo.json)) }
            return .object(fields)
        }
        print(JSONValue.object([("paragraph", .int(paragraph["paragraph"] as? Int ?? 0)), ("mentions", .array(mentions))]).serialized())
    }
}

/// `articlewatch-eval gazetteer-hashes`: the token hashes of each name read from standard input, one line of
/// space-separated 16-digit hexadecimals per name, so scripts/generate-gazetteer.py stores them in the table
/// and start-up hashes no name.
func gazetteerHashes(_ arguments: [String]) throws {
    var output = ""
    while let line = readLine(strippingNewline: true) {
        output += Gazetteer.phraseHashes(of: line).map { hash in
            let digits = String(hash, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined(separator: " ")
        output += "\n"
        if output.utf8.count > 1 << 16 {
            print(output, terminator: "")
            output = ""
        }
    }
    print(output, terminator: "")
}

/// `articlewatch-eval places-states`: each of the 50 US states in a plain sentence; prints how many come out as a
/// location in the USA with coordinates, and the misses.
func placesStates(_ arguments: [String]) throws {
    let states = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    ]
    var found = 0
    var divisions = 0
    var misses: [String] = []
    var notDivisions: [String] = []
    for state in states {
        let sentence = "Officials in \(state) said on Monday that the new budget would be approved next week."
        let located = placeMentions(in: sentence).first { mention in
            mention.surface == state && mention.kind == .location && mention.geo?.country == "USA"
                && mention.geo.map { abs($0.latitude) + abs($0.longitude) > 0 } == true
        }
        guard let located else {
            misses.append(state)
            continue
        }
        found += 1
        if located.geo?.featureCode == "ADM1" { divisions += 1 } else { notDivisions.append("\(state) → \(located.geo?.name ?? "?")") }
    }
    print("US states as locations in the USA with coordinates: \(found)/\(states.count); as the state itself (ADM1): \(divisions)")
    if !misses.isEmpty { print("  not a US location: \(misses.joined(separator: ", "))") }
    if !notDivisions.isEmpty { print("  another US place: \(notDivisions.joined(separator: ", "))") }
}

/// A place named in a text: the words, whether a country or a location, and its geo.
struct PlaceMention {
    var surface: String
    var kind: EntityKind
    var geo: GeoPlace?
}

/// The entity stage's mentions over a text segmented as an article is, kept when they name a place.
func placeMentions(in text: String) -> [PlaceMention] {
    var document = AnalysisDocument(
        article: Article(name: "paragraph.txt", bytes: Array(text.utf8), receivedAt: Date(timeIntervalSince1970: 0)),
        options: AnalysisOptions())
    for stage in [DecodeStage(), MediaTypeStage(), ExtractStage(), SegmentStage(), EntityStage()] as [any AnalysisStage] {
        try? stage.apply(to: &document)
    }
    let countryNames = Set(EntityLexicon.standard.countryNames.values.map { $0.lowercased() })
    var mentions: [PlaceMention] = []
    for sentence in document.sentenceEntities {
        for mention in sentence.mentions {
            if let place = mention.place, !place.isCountry {
                mentions.append(PlaceMention(surface: mention.surface, kind: .location, geo: place))
            } else if mention.kind == .location {
                mentions.append(PlaceMention(surface: mention.surface, kind: .location, geo: mention.place))
            } else if mention.kind == .country, isCountryName(mention.surface, countryNames: countryNames, geo: mention.place) {
                mentions.append(PlaceMention(surface: mention.surface, kind: .country, geo: mention.place))
            }
        }
    }
    return mentions
}

/// A country by name ("Iran", "Britain", "U.S."), not by its people ("Iranian", "British", "Pakistani").
private func isCountryName(_ surface: String, countryNames: Set<String>, geo: GeoPlace?) -> Bool {
    let lower = surface.lowercased()
    if countryNames.contains(lower) || geo?.name.lowercased() == lower || !surface.contains(where: \.isLowercase) { return true }
    let demonymEndings = ["ian", "ians", "ean", "eans", "ese", "ish", "can", "cans", "man", "mans", "i", "is", "ch", "ic", "ics"]
    return !demonymEndings.contains { lower.hasSuffix($0) }
}

/// `articlewatch-eval places-bench [--repeat N] FILE…`: CPU time of the place resolver alone (inside the
/// entities stage) per article and per 7 KB of text, and the gazetteer's parse time and resident size.
func placesBench(_ arguments: [String]) throws {
    var repeats = 200
    var paths = arguments
    if paths.first == "--repeat", paths.count >= 2, let count = Int(paths[1]) { (repeats, paths) = (count, Array(paths.dropFirst(2))) }
    let clock = ContinuousClock()
    let parseStart = clock.now
    var places = 0
    let parseCPU = threadCPUSeconds { places = Gazetteer.standard.placeCount }
    let parse = clock.now - parseStart
    let recognizer = EntityRecognizer()
    let resolver = PlaceResolver(countryNames: recognizer.lexicon.countryNames)
    var documents: [[SentenceEntities]] = []
    var textBytes = 0
    for path in paths {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var document = AnalysisDocument(
            article: Article(name: path, bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0)), options: AnalysisOptions())
        for stage in [DecodeStage(), MediaTypeStage(), ExtractStage(), SegmentStage()] as [any AnalysisStage] {
            try stage.apply(to: &document)
        }
        textBytes += document.sentences.reduce(0) { $0 + $1.text.utf8.count }
        documents.append(recognizer.recognize(sentences: document.sentences.map(\.text)))
    }
    var best = Double.infinity
    for _ in 0..<5 {
        var seconds = 0.0
        for _ in 0..<max(repeats / 5, 1) {
            for document in documents {
                var copy = document
                seconds += threadCPUSeconds { resolver.resolve(&copy) }
            }
        }
        best = min(best, seconds)
    }
    let articles = Double(max(repeats / 5, 1) * documents.count)
    let perArticle = best / articles * 1000
    let per7KB = perArticle * 7 * 1024 / (Double(textBytes) / Double(max(documents.count, 1)))
    print(String(format: "gazetteer: %d places parsed in %.1f ms CPU, %.1f ms wall (first use, this process)", places, parseCPU * 1000, parse / .milliseconds(1)))
    print(String(format: "places: %.4f ms/article  %.4f ms per 7 KB (%d articles, thread CPU time, best of 5 rounds)", perArticle, per7KB, documents.count))
}
