import ClaimGraphTestSupport
import GRDB
import Testing
@testable import ClaimGraphStore

@Suite("Cached-statement inserts")
struct FastInsertTests {
    /// Writes one paper, entity, mention and claim with either insert, and returns every column.
    func rows(fast: Bool) throws -> [Row] {
        let store = try ClaimGraphStore.inMemory()
        return try store.writer.write { db in
            try db.execute(sql: "INSERT INTO paper (id, title, abstract, source_file, content_hash) VALUES ('p', 'T', 'A', 'f', ?)",
                           arguments: [String(repeating: "0", count: 64)])
            try db.execute(sql: "INSERT INTO entity (id, kind, name, name_key, direction, scale) VALUES (1, 'metric', 'F1', 'f1', 'higher', 'percent')")
            let mention = MentionRow(paperId: "p", entityId: 1, role: "mentioned", surface: "F1", field: "abstract", spanStart: 3, spanEnd: 5, rule: "r")
            let claim = ClaimRow(
                paperId: "p", modelId: nil, datasetId: nil, split: "test", metricId: 1, value: 1.5, valueMax: 2.5, unit: "%",
                kind: "absolute", baselineId: nil, setting: "s", evidence: "e", evidenceField: "abstract", evidenceStart: 0,
                evidenceEnd: 1, source: "extracted", sourceFile: "f", sourceRecord: "line 1", rawText: "1.5%", rule: "r",
                fingerprint: "x")
            for _ in 0..<2 {  // the second time, both ignore the conflict
                if fast {
                    try mention.insertIgnoringConflicts(db)
                    try claim.insertIgnoringConflicts(db)
                } else {
                    try mention.insert(db, onConflict: .ignore)
                    try claim.insert(db, onConflict: .ignore)
                }
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM mention") + Row.fetchAll(db, sql: "SELECT * FROM claim")
        }
    }

    @Test("write the same rows as the record inserts")
    func sameRows() throws {
        #expect(try rows(fast: true) == rows(fast: false))
    }
}
