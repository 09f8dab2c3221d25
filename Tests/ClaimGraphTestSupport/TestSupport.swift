import ClaimGraphCorpus
import ClaimGraphExtraction
import ClaimGraphStore
import Foundation
import GRDB

/// A small hand-written lexicon, so tests do not move when the bundled gazetteer grows.
public enum TestLexicon {
    public static let lexicon = Lexicon(
        datasets: [
            DatasetEntry(name: "ImageNet-1K", type: .dataset, aliases: ["IN-1K", "ILSVRC-2012"], suites: [], area: "vision"),
            DatasetEntry(name: "COCO", type: .dataset, aliases: ["MS COCO", "MSCOCO"], suites: [], area: "vision"),
            DatasetEntry(name: "GLUE", type: .benchmark, aliases: [], suites: [], area: "language"),
            DatasetEntry(name: "MNLI", type: .dataset, aliases: ["MultiNLI"], suites: ["GLUE"], area: "language"),
            DatasetEntry(name: "SST-2", type: .dataset, aliases: [], suites: ["GLUE"], area: "language"),
            DatasetEntry(name: "CIFAR-10", type: .dataset, aliases: [], suites: [], area: "vision"),
        ],
        metrics: [
            MetricEntry(name: "top-1 accuracy", aliases: ["top-1"], direction: .higher, scale: .percent),
            MetricEntry(name: "box AP", aliases: ["AP box"], direction: .higher, scale: .percent),
            MetricEntry(name: "accuracy", aliases: ["acc"], direction: .higher, scale: .percent),
            MetricEntry(name: "FID", aliases: [], direction: .lower, scale: .raw),
        ],
        models: [
            ModelEntry(name: "ResNet-50", aliases: ["ResNet50"], family: "resnet"),
            ModelEntry(name: "BERT-base", aliases: [], family: "bert"),
        ])

    public static let extractor = Extractor(lexicon: lexicon)

    public static func paper(_ title: String, _ abstract: String, line: Int = 1, arxivID: String? = nil) -> PaperRecord {
        PaperRecord(title: title, abstract: abstract, arxivID: arxivID, location: SourceLocation(file: "fixture.txt", line: line))
    }
}

/// Builds small databases claim by claim, independent of what the extractor finds.
public struct FixtureDatabase {
    public let store: ClaimGraphStore

    public init() throws {
        store = try ClaimGraphStore.inMemory()
    }

    @discardableResult
    public func entity(_ name: String, kind: String, direction: String? = nil, scale: String? = nil) throws -> Int64 {
        try store.writer.write { db in
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM entity WHERE kind = ? AND name = ?", arguments: [kind, name]) { return id }
            try db.execute(
                sql: "INSERT INTO entity (kind, name, name_key, direction, scale) VALUES (?, ?, ?, ?, ?)",
                arguments: [kind, name, NameKey.of(name), kind == "metric" ? (direction ?? "higher") : nil, kind == "metric" ? (scale ?? "percent") : nil])
            let id = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO alias (entity_id, surface, surface_key, origin) VALUES (?, ?, ?, 'gazetteer')", arguments: [id, name, NameKey.of(name)])
            return id
        }
    }

    public func paper(_ id: String, title: String) throws {
        try store.writer.write { db in
            try db.execute(sql: """
                INSERT INTO paper (id, title, abstract, source_file, content_hash) VALUES (?, ?, '', 'fixture', ?)
                """, arguments: [id, title, String(repeating: "0", count: 64)])
        }
    }

    public func member(_ member: String, of suite: String) throws {
        let suiteID = try entity(suite, kind: "benchmark")
        let memberID = try entity(member, kind: "dataset")
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO suite_member (suite_id, member_id) VALUES (?, ?)", arguments: [suiteID, memberID])
        }
    }

    /// Records that a paper names an entity in a role (introduced, proposed, ...).
    public func mention(paper: String, _ name: String, kind: String, role: String) throws {
        let entityID = try entity(name, kind: kind)
        try store.writer.write { db in
            let offset = (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mention") ?? 0) * 10 + 1000
            try db.execute(sql: """
                INSERT INTO mention (paper_id, entity_id, role, surface, field, span_start, span_end, rule)
                VALUES (?, ?, ?, ?, 'abstract', ?, ?, 'fixture')
                """, arguments: [paper, entityID, role, name, offset, offset + name.count])
        }
    }

    /// Adds a claim; entities are created as needed (metrics higher-is-better unless `lowerIsBetter`).
    public func claim(
        paper: String?, model: String?, dataset: String?, metric: String?, value: Double, unit: String? = "%",
        split: String? = nil, kind: String = "absolute", baseline: String? = nil, setting: String? = nil,
        lowerIsBetter: Bool = false, scale: String = "percent", source: String = "extracted", raw: String? = nil
    ) throws {
        let modelID = try model.map { try entity($0, kind: "model") }
        let datasetID = try dataset.map { try entity($0, kind: "dataset") }
        let metricID = try metric.map { try entity($0, kind: "metric", direction: lowerIsBetter ? "lower" : "higher", scale: scale) }
        let baselineID = try baseline.map { try entity($0, kind: "model") }
        try store.writer.write { db in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claim") ?? 0
            let rawText = raw ?? String(value) + (unit ?? "")
            try db.execute(sql: """
                INSERT INTO claim (paper_id, model_id, dataset_id, split, metric_id, value, unit, kind, baseline_id, setting,
                    evidence, source, source_file, raw_text, rule, fingerprint)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', ?)
                """, arguments: [paper, modelID, datasetID, split, metricID, value, unit, kind, baselineID, setting,
                                 "\(model ?? "?") \(rawText) \(metric ?? "") on \(dataset ?? "?")", source,
                                 source == "imported" ? "leaderboard.csv" : nil, rawText, "fixture:\(count)"])
            if let paper, let datasetID {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO mention (paper_id, entity_id, role, surface, field, span_start, span_end, rule)
                    VALUES (?, ?, 'evaluated', ?, 'abstract', ?, ?, 'fixture')
                    """, arguments: [paper, datasetID, dataset, count * 10, count * 10 + 5])
            }
        }
    }
}

/// Golden files next to the tests; `CLAIMGRAPH_RECORD=1 swift test` rewrites them.
public enum Golden {
    /// Returns nil when `actual` matches the file, else a message saying how to re-record.
    public static func mismatch(_ actual: String, file name: String, besides filePath: String) throws -> String? {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CLAIMGRAPH_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual == expected { return nil }
        return "golden file \(url.lastPathComponent) differs:\n--- expected\n\(expected)\n--- actual\n\(actual)\nIf the change is intended, re-record with CLAIMGRAPH_RECORD=1 swift test"
    }
}
