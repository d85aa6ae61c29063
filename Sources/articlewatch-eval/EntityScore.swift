import ArticleAnalysis
import Foundation

/// `articlewatch-eval entities-score LABELS.json`: precision and recall of the entities stage against a
/// hand-labelled set ([{"id", "text", "entities": [{"name", "type", "aliases"?}]}]), per type and overall.
/// An entity of ours is right when a gold entity of the same type shares its name or one of the aliases.
func entityScore(_ arguments: [String]) throws {
    guard let path = arguments.first else { throw EvalError.usage("entities-score LABELS.json") }
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard let items = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
        throw EvalError.usage("entities-score LABELS.json (an array of {id, text, entities})")
    }
    let pipeline = try AnalysisPipeline.standard()
    var truePositive: [String: Int] = [:], ours: [String: Int] = [:], gold: [String: Int] = [:], found: [String: Int] = [:]
    for item in items {
        let text = item["text"] as? String ?? ""
        let labelled = (item["entities"] as? [[String: Any]] ?? []).map { entry in
            (type: entry["type"] as? String ?? "", names: Set(([entry["name"] as? String ?? ""] + (entry["aliases"] as? [String] ?? [])).map { $0.lowercased() }))
        }
        let article = Article(name: item["id"] as? String ?? "-", bytes: Array(text.utf8), receivedAt: Date(timeIntervalSince1970: 0))
        guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()),
            case let .array(entities)? = record.json["entities"]
        else { continue }
        let predicted = entities.map { entity -> (type: String, names: Set<String>) in
            var names: Set<String> = []
            if case let .string(name)? = entity["name"] { names.insert(name.lowercased()) }
            if case let .array(aliases)? = entity["aliases"] {
                for case let .string(alias) in aliases { names.insert(alias.lowercased()) }
            }
            let type: String = if case let .string(type)? = entity["type"] { type } else { "" }
            return (type, names)
        }
        for entity in predicted {
            ours[entity.type, default: 0] += 1
            if labelled.contains(where: { $0.type == entity.type && !$0.names.isDisjoint(with: entity.names) }) {
                truePositive[entity.type, default: 0] += 1
            } else if arguments.contains("--verbose") {
                print("extra  \(item["id"] ?? ""): \(entity.type) \(entity.names.sorted())")
            }
        }
        for entity in labelled {
            gold[entity.type, default: 0] += 1
            if predicted.contains(where: { $0.type == entity.type && !$0.names.isDisjoint(with: entity.names) }) {
                found[entity.type, default: 0] += 1
            } else if arguments.contains("--verbose") {
                print("missed \(item["id"] ?? ""): \(entity.type) \(entity.names.sorted())")
            }
        }
    }
    print("type          precision  recall   (ours / gold)")
    for type in EntityKind.allCases.map(\.rawValue) + ["all"] {
        let tp = type == "all" ? truePositive.values.reduce(0, +) : truePositive[type, default: 0]
        let o = type == "all" ? ours.values.reduce(0, +) : ours[type, default: 0]
        let g = type == "all" ? gold.values.reduce(0, +) : gold[type, default: 0]
        let f = type == "all" ? found.values.reduce(0, +) : found[type, default: 0]
        print(String(format: "%-13@ %6.1f%%   %6.1f%%   (%d / %d)", type as NSString, 100 * Double(tp) / Double(max(o, 1)), 100 * Double(f) / Double(max(g, 1)), o, g))
    }
}
