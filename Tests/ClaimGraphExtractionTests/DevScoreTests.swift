import Foundation
import Testing
@testable import ClaimGraphExtraction

/// Scores the extractor on the development set exactly as `../shared/tools/score-extraction` does,
/// so a change that lowers a figure below the issue's bar fails here.
@Suite("Development set scores")
struct DevScoreTests {
    static let bars: [(String, Double)] = [
        ("datasets", 0.90), ("models", 0.80), ("claims.v", 0.90), ("claims.vd", 0.85), ("claims.vdm", 0.75),
    ]

    @Test("micro F1 on the development set meets every bar")
    func meetsBars() throws {
        let shared = try #require(SharedDirectory.locate(), "\(SharedDirectory.missingMessage)")
        let papers = try JSONLines.read(shared.appendingPathComponent("gold/dev.papers.jsonl"))
        let gold = try JSONLines.read(shared.appendingPathComponent("gold/dev.gold.jsonl"))
        let extractor = Extractor()
        var predictions: [String: Scorer.Paper] = [:]
        for paper in papers {
            let title = paper["title"] as? String ?? ""
            let extraction = extractor.extract(title: title, abstract: paper["abstract"] as? String ?? "")
            predictions[Scorer.norm(title)] = Scorer.Paper(extraction)
        }
        var totals = Scorer.Totals()
        for record in gold {
            let expected = Scorer.Paper(gold: record)
            totals.add(expected: expected, predicted: predictions[Scorer.norm(record["title"] as? String)] ?? Scorer.Paper())
        }
        for (name, bar) in Self.bars {
            let f1 = totals.f1(name)
            #expect(f1 >= bar, "\(name) micro F1 \(String(format: "%.3f", f1)) is below \(bar) (\(totals.counts[name] ?? [0, 0, 0]) tp/fp/fn)")
        }
    }
}

/// Finds `shared/` beside the package (or beside the directory holding a worktree of it).
enum SharedDirectory {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var missingMessage: String {
        "the development set is missing: expected ../shared/gold/dev.gold.jsonl beside \(packageRoot.path) (CI checks it out there)"
    }

    static func locate() -> URL? {
        var directory = packageRoot
        for _ in 0..<3 {
            let candidate = directory.deletingLastPathComponent().appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("gold/dev.gold.jsonl").path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }
}

enum JSONLines {
    static func read(_ url: URL) throws -> [[String: Any]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }
    }
}

/// The scorer's matching, line for line (score-extraction in ../shared/tools).
enum Scorer {
    struct Entity {
        var name: String?
        var mentions: [String]
        var forms: Set<String> {
            var result = Set(mentions.map(Scorer.norm))
            result.insert(Scorer.norm(name))
            result.remove("")
            return result
        }
    }

    struct Claim {
        var value: Double?
        var dataset: String?
        var metric: String?
    }

    struct Paper {
        var datasets: [Entity] = []
        var models: [Entity] = []
        var claims: [Claim] = []

        init() {}

        init(_ extraction: PaperExtraction) {
            datasets = extraction.datasets.map { Entity(name: $0.name, mentions: $0.mentions.map(\.text)) }
            models = extraction.models.map { Entity(name: $0.name, mentions: $0.mentions.map(\.text)) }
            claims = extraction.claims.map { Claim(value: $0.value, dataset: $0.dataset, metric: $0.metric) }
        }

        init(gold: [String: Any]) {
            func entities(_ key: String) -> [Entity] {
                (gold[key] as? [[String: Any]] ?? []).map { Entity(name: $0["name"] as? String, mentions: $0["mentions"] as? [String] ?? []) }
            }
            datasets = entities("datasets")
            models = entities("models")
            claims = (gold["claims"] as? [[String: Any]] ?? []).map { claim in
                Claim(value: Scorer.number(claim["value"]), dataset: claim["dataset"] as? String, metric: claim["metric"] as? String)
            }
        }
    }

    /// NFKC, lower case, then only ASCII letters and digits (Python's `re.sub(r"[^a-z0-9]+", "", s)`).
    static func norm(_ text: String?) -> String {
        guard let text else { return "" }
        var result = ""
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars
        where ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    static func number(_ value: Any?) -> Double? {
        if let number = value as? NSNumber { return number.doubleValue }
        if let text = value as? String { return Double(text) }
        return nil
    }

    /// Greedy one-to-one matching; a repeat of a matched gold entity is no false positive.
    static func matchEntities(gold: [Entity], predicted: [Entity]) -> (tp: Int, fp: Int, fn: Int) {
        let goldForms = gold.map(\.forms)
        var used = [Bool](repeating: false, count: gold.count)
        var tp = 0, fp = 0
        for prediction in predicted {
            let forms = prediction.forms
            if let hit = goldForms.indices.first(where: { !used[$0] && !goldForms[$0].isDisjoint(with: forms) }) {
                used[hit] = true
                tp += 1
            } else if !goldForms.contains(where: { !$0.isDisjoint(with: forms) }) {
                fp += 1
            }
        }
        return (tp, fp, used.filter { !$0 }.count)
    }

    static func metricMatches(_ gold: String?, _ predicted: String?) -> Bool {
        let a = norm(gold), b = norm(predicted)
        if a.isEmpty { return true }
        return !b.isEmpty && (a.contains(b) || b.contains(a))
    }

    /// level: "v" value, "vd" value and dataset, "vdm" value, dataset and metric.
    static func matchClaims(gold: Paper, predicted: [Claim], level: String) -> (tp: Int, fp: Int, fn: Int) {
        var datasetForms: [String: Set<String>] = [:]
        for dataset in gold.datasets { datasetForms[norm(dataset.name), default: []].formUnion(dataset.forms) }
        func datasetMatches(_ goldName: String?, _ predictedName: String?) -> Bool {
            guard let goldName, !goldName.isEmpty else { return level == "v" }
            let accepted = datasetForms[norm(goldName)] ?? [norm(goldName)]
            return accepted.contains(norm(predictedName))
        }
        var claims = gold.claims.filter { $0.value != nil }
        if level != "v" { claims = claims.filter { !($0.dataset ?? "").isEmpty } }
        var used = [Bool](repeating: false, count: claims.count)
        var tp = 0, fp = 0
        for prediction in predicted {
            guard let value = prediction.value else { fp += 1; continue }
            let hit = claims.indices.first { i in
                guard !used[i], abs(claims[i].value! - value) <= 1e-6 else { return false }
                if level != "v" && !datasetMatches(claims[i].dataset, prediction.dataset) { return false }
                if level == "vdm" && !metricMatches(claims[i].metric, prediction.metric) { return false }
                return true
            }
            if let hit {
                used[hit] = true
                tp += 1
            } else if level == "v" || !(prediction.dataset ?? "").isEmpty {
                fp += 1
            }
        }
        return (tp, fp, used.filter { !$0 }.count)
    }

    struct Totals {
        var counts: [String: [Int]] = [:]

        mutating func add(expected: Paper, predicted: Paper) {
            record("datasets", matchEntities(gold: expected.datasets, predicted: predicted.datasets))
            record("models", matchEntities(gold: expected.models, predicted: predicted.models))
            for level in ["v", "vd", "vdm"] {
                record("claims." + level, matchClaims(gold: expected, predicted: predicted.claims, level: level))
            }
        }

        private mutating func record(_ name: String, _ result: (tp: Int, fp: Int, fn: Int)) {
            var count = counts[name, default: [0, 0, 0]]
            count[0] += result.tp
            count[1] += result.fp
            count[2] += result.fn
            counts[name] = count
        }

        func f1(_ name: String) -> Double {
            let c = counts[name] ?? [0, 0, 0]
            let p = c[0] + c[1] == 0 ? 0 : Double(c[0]) / Double(c[0] + c[1])
            let r = c[0] + c[2] == 0 ? 0 : Double(c[0]) / Double(c[0] + c[2])
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }
}
