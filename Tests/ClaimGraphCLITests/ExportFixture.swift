import ClaimGraphStore
import Foundation

/// A small database written row by row (no extractor involved), shaped like the corpus:
/// two detectors on COCO with a comparison, an ImageNet result, GLUE with two members, and a
/// paper whose title is full of characters that DOT, SVG and HTML treat specially.
enum ExportFixture {
    static let hostileTitle = #"Quotes "and" \backslashes\ {braces} <b>html</b> & ünïcödé 日本"#

    /// A fresh directory holding `fixture.sqlite`; remove it when done.
    static func makeDatabase() throws -> (directory: URL, database: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("fixture.sqlite").path
        let store = try ClaimGraphStore.openForWriting(path: path)
        try fill(store)
        return (directory, path)
    }

    static func fill(_ store: ClaimGraphStore) throws {
        let hash = String(repeating: "0", count: 64)
        try store.writer.write { db in
            for (id, title) in [
                ("2103.14030", "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"),
                ("2107.00420", "CBNetV2: A Composite Backbone Network Architecture for Object Detection"),
                ("1810.04805", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"),
                ("hostile", hostileTitle),
            ] {
                try db.execute(
                    sql: "INSERT INTO paper (id, title, abstract, source_file, content_hash) VALUES (?, ?, '', 'fixture', ?)",
                    arguments: [id, title, hash])
            }
            let entities: [(Int, String, String, String?)] = [
                (1, "dataset", "COCO", nil), (2, "dataset", "ImageNet", nil), (3, "benchmark", "GLUE", nil),
                (4, "dataset", "MNLI", nil), (5, "dataset", "SST-2", nil), (6, "model", "Swin-L", nil),
                (7, "model", "Dual-Swin-L", nil), (8, "model", "BERT-Large", nil), (9, "metric", "box AP", "higher"),
                (10, "metric", "top-1 accuracy", "higher"), (11, "metric", "accuracy", "higher"),
                (12, "task", "object detection", nil),
            ]
            for (id, kind, name, direction) in entities {
                let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
                try db.execute(
                    sql: "INSERT INTO entity (id, kind, name, name_key, direction) VALUES (?, ?, ?, ?, ?)",
                    arguments: [id, kind, name, key, direction])
                try db.execute(
                    sql: "INSERT INTO alias (entity_id, surface, surface_key, origin) VALUES (?, ?, ?, 'gazetteer')",
                    arguments: [id, name, key])
            }
            try db.execute(sql: "INSERT INTO suite_member (suite_id, member_id) VALUES (3, 4), (3, 5)")
            let mentions: [(String, Int, String)] = [
                ("2103.14030", 6, "proposed"), ("2103.14030", 1, "evaluated"), ("2103.14030", 2, "evaluated"),
                ("2107.00420", 7, "proposed"), ("2107.00420", 6, "baseline"), ("2107.00420", 1, "evaluated"),
                ("2107.00420", 12, "mentioned"), ("1810.04805", 8, "proposed"), ("1810.04805", 3, "evaluated"),
                ("hostile", 1, "mentioned"),
            ]
            for (index, mention) in mentions.enumerated() {
                try db.execute(sql: """
                    INSERT INTO mention (paper_id, entity_id, role, surface, field, span_start, span_end, rule)
                    VALUES (?, ?, ?, 'x', 'abstract', ?, ?, 'fixture')
                    """, arguments: [mention.0, mention.1, mention.2, index * 10, index * 10 + 1])
            }
            // paper, model, dataset, split, metric, value, unit, kind, baseline
            let claims: [(String, Int, Int, String?, Int, Double, String?, String, Int?)] = [
                ("2103.14030", 6, 1, "test-dev", 9, 58.7, nil, "absolute", nil),
                ("2103.14030", 6, 2, nil, 10, 87.3, "%", "absolute", nil),
                ("2107.00420", 7, 1, "test-dev", 9, 59.4, nil, "absolute", nil),
                ("2107.00420", 7, 1, "val", 9, 59.6, nil, "absolute", nil),
                ("2107.00420", 7, 1, "test-dev", 9, 0.7, nil, "delta", 6),
                ("1810.04805", 8, 4, nil, 11, 86.7, "%", "absolute", nil),
                ("1810.04805", 8, 5, nil, 11, 94.9, "%", "absolute", nil),
            ]
            for (index, claim) in claims.enumerated() {
                try db.execute(sql: """
                    INSERT INTO claim (paper_id, model_id, dataset_id, split, metric_id, value, unit, kind, baseline_id,
                        evidence, source, raw_text, rule, fingerprint)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', 'extracted', 'fixture', 'fixture', ?)
                    """, arguments: [claim.0, claim.1, claim.2, claim.3, claim.4, claim.5, claim.6, claim.7, claim.8, "fixture:\(index)"])
            }
        }
    }
}
