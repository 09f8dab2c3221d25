import ClaimGraphCorpus
import ClaimGraphExtraction
import Foundation
import GRDB
import Testing
@testable import ClaimGraphStore

/// The cheaper write path of Schema/0003_faster_writes.sql: what it must keep as it was.
@Suite("Write path")
struct WritePathTests {
    private func paper(_ index: Int, _ abstract: String) -> PaperRecord {
        PaperRecord(
            title: "Paper \(index)", abstract: abstract, arxivID: String(format: "2102.%05d", index),
            location: SourceLocation(file: "papers.jsonl", line: index))
    }

    private func search(_ term: String, in store: ClaimGraphStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT p.id FROM paper_fts JOIN paper p ON p.rowid = paper_fts.rowid
                WHERE paper_fts MATCH ? ORDER BY p.id
                """, arguments: [term])
        }
    }

    private func integrityCheck(_ store: ClaimGraphStore) throws {
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO paper_fts(paper_fts) VALUES ('integrity-check')")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper_fts_pending") == 0)
        }
    }

    @Test("papers written in batches are all found by full-text search, and the index checks out")
    func batchedPapersAreSearchable() throws {
        let store = try ClaimGraphStore.inMemory()
        let ingestor = PaperIngestor(store: store, extractor: Extractor(lexicon: ImportLexicon.lexicon))
        let papers = (1...7).map { paper($0, $0 % 2 == 0 ? "An even zebra abstract." : "An odd giraffe abstract.") }
        _ = try ingestor.ingest(stream: papers, batchSize: 3)
        #expect(try search("zebra", in: store) == ["2102.00002", "2102.00004", "2102.00006"])
        #expect(try search("giraffe", in: store).count == 4)
        try integrityCheck(store)
    }

    @Test("a paper whose text changed is found by its new words only, in a batch or alone")
    func changedPaperIsReindexed() throws {
        let store = try ClaimGraphStore.inMemory()
        let ingestor = PaperIngestor(store: store, extractor: Extractor(lexicon: ImportLexicon.lexicon))
        _ = try ingestor.ingest(stream: [paper(1, "About a walrus."), paper(2, "About a narwhal.")], batchSize: 10)
        // The same batch adds a paper, changes a stored one, and changes the paper it just added.
        _ = try ingestor.ingest(stream: [paper(3, "About an okapi."), paper(1, "About a pelican."), paper(3, "About a quokka.")], batchSize: 10)
        #expect(try search("walrus", in: store).isEmpty)
        #expect(try search("pelican", in: store) == ["2102.00001"])
        #expect(try search("okapi", in: store).isEmpty)
        #expect(try search("quokka", in: store) == ["2102.00003"])
        #expect(try search("narwhal", in: store) == ["2102.00002"])
        try integrityCheck(store)
    }

    @Test("papers written outside a batch are still indexed by the triggers, and deleting one unindexes it")
    func otherWritersStillIndexed() throws {
        let store = try ClaimGraphStore.inMemory()
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO paper (id, title, abstract, source_file, content_hash) VALUES ('p', 'Lemur study', '', 'f', ?)",
                           arguments: [String(repeating: "0", count: 64)])
        }
        #expect(try search("lemur", in: store) == ["p"])
        try store.writer.write { db in try db.execute(sql: "DELETE FROM paper WHERE id = 'p'") }
        #expect(try search("lemur", in: store).isEmpty)
        try integrityCheck(store)
    }

    @Test("a batch that fails leaves nothing pending and nothing half-indexed")
    func failedBatchLeavesNothingPending() throws {
        struct Stop: Error {}
        let store = try ClaimGraphStore.inMemory()
        let ingestor = PaperIngestor(store: store, extractor: Extractor(lexicon: ImportLexicon.lexicon))
        var served = 0
        #expect(throws: Stop.self) {
            _ = try ingestor.ingest(batchSize: 2) {
                served += 1
                if served == 4 { throw Stop() }
                return paper(served, "About a tapir.")
            }
        }
        #expect(try search("tapir", in: store) == ["2102.00001", "2102.00002"])
        try integrityCheck(store)
    }

    @Test("writing a mention, claim or alias builds no temporary b-tree for its CHECK constraints")
    func checksNeedNoTemporaryTables() throws {
        let store = try ClaimGraphStore.inMemory()
        let statements = [
            "INSERT OR IGNORE INTO mention (paper_id, entity_id, role, surface, field, span_start, span_end, rule) VALUES ('p', 1, 'backbone', 's', 'title', 0, 1, 'r')",
            """
            INSERT OR IGNORE INTO claim (paper_id, model_id, dataset_id, split, metric_id, value, value_max, unit, kind,
                baseline_id, setting, evidence, evidence_field, evidence_start, evidence_end, source, source_file,
                source_record, raw_text, rule, fingerprint)
            VALUES ('p', 1, 1, NULL, 1, 1, NULL, 'points', 'relative', NULL, NULL, 'e', 'title', 0, 1, 'extracted', 'f', 'r', '1', 'r', 'x')
            """,
            "INSERT OR IGNORE INTO alias (entity_id, surface, surface_key, origin) VALUES (1, 's', 's', 'user')",
        ]
        try store.writer.read { db in
            for sql in statements {
                // EXPLAIN's second column is the opcode.
                let program = try Row.fetchAll(db, sql: "EXPLAIN " + sql).map { $0[1] as String }
                #expect(program.contains("Insert"), "\(sql.prefix(40))")
                #expect(!program.contains("OpenEphemeral"), "\(sql.prefix(40))")
            }
        }
    }

    @Test("the CHECK constraints still refuse what they refused")
    func checksStillRefuse() throws {
        let store = try ClaimGraphStore.inMemory()
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO paper (id, title, abstract, source_file, content_hash) VALUES ('p', 'T', '', 'f', ?)",
                           arguments: [String(repeating: "0", count: 64)])
            try db.execute(sql: "INSERT INTO entity (id, kind, name, name_key) VALUES (1, 'model', 'M', 'm')")
        }
        let refused = [
            "INSERT INTO mention (paper_id, entity_id, role, surface, field, span_start, span_end, rule) VALUES ('p', 1, 'cited', 's', 'title', 0, 1, 'r')",
            "INSERT INTO claim (paper_id, value, unit, kind, evidence, source, raw_text, rule, fingerprint) VALUES ('p', 1, 'pp', 'absolute', 'e', 'extracted', '1', 'r', 'a')",
            "INSERT INTO claim (paper_id, value, kind, evidence, source, raw_text, rule, fingerprint) VALUES ('p', 1, 'guess', 'e', 'extracted', '1', 'r', 'b')",
            "INSERT INTO alias (entity_id, surface, surface_key, origin) VALUES (1, 's', 's', 'rumour')",
        ]
        for sql in refused {
            #expect(throws: DatabaseError.self, "\(sql.prefix(40))") {
                try store.writer.write { db in try db.execute(sql: sql) }
            }
        }
    }

    @Test("a database written before migration 0003 keeps every row, view and search hit after it")
    func migrationKeepsRows() throws {
        let queue = try DatabaseQueue()
        let migrator = try Migrations.migrator()
        let before = try #require(migrator.migrations.first { $0.hasPrefix("0002") })
        try migrator.migrate(queue, upTo: before)
        let tables = ["paper", "entity", "alias", "suite_member", "mention", "claim", "edge"]
        func snapshot(_ db: Database) throws -> [String: [Row]] {
            var rows: [String: [Row]] = [:]
            for table in tables { rows[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2") }
            rows["search"] = try Row.fetchAll(db, sql: "SELECT rowid FROM paper_fts WHERE paper_fts MATCH 'ocelot'")
            return rows
        }
        let old = try queue.write { db in
            try db.execute(sql: """
                INSERT INTO paper (id, title, abstract, source_file, content_hash) VALUES ('p', 'Ocelot detection', 'A', 'f', '\(String(repeating: "0", count: 64))');
                INSERT INTO entity (id, kind, name, name_key) VALUES (1, 'model', 'M', 'm'), (2, 'dataset', 'D', 'd'), (4, 'benchmark', 'S', 's');
                INSERT INTO suite_member (suite_id, member_id) VALUES (4, 2);
                INSERT INTO entity (id, kind, name, name_key, direction, scale) VALUES (3, 'metric', 'F1', 'f1', 'higher', 'percent');
                INSERT INTO alias (entity_id, surface, surface_key, origin) VALUES (1, 'M-1', 'm1', 'user');
                INSERT INTO mention (paper_id, entity_id, role, surface, field, span_start, span_end, rule) VALUES ('p', 1, 'proposed', 'M', 'title', 0, 1, 'r');
                INSERT INTO claim (paper_id, model_id, dataset_id, metric_id, value, unit, kind, evidence, source, raw_text, rule, fingerprint)
                    VALUES ('p', 1, 2, 3, 59.4, '%', 'absolute', 'M gets 59.4% F1 on D', 'extracted', '59.4%', 'r', 'x');
                """)
            return try snapshot(db)
        }
        #expect(old["search"]?.count == 1)
        try migrator.migrate(queue)
        try queue.read { (db: Database) throws -> Void in
            #expect(try snapshot(db) == old)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE '%before_0003%'") == 0)
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
        }
    }

    @Test("author lists are written as JSON that reads back the same")
    func authorsAsJSON() throws {
        let names = ["Ada \"Countess\" Lovelace", "C:\\path", "tab\there", "line\nbreak", "bell\u{07}", "Émile Zola", "名前", "a/b"]
        let decoded = try JSONSerialization.jsonObject(with: Data(JSONText.array(names).utf8)) as? [String]
        #expect(decoded == names)
        #expect(JSONText.array([]) == "[]")
        let store = try ClaimGraphStore.inMemory()
        let valid = try store.writer.read { db in try Bool.fetchOne(db, sql: "SELECT json_valid(?)", arguments: [JSONText.array(names)]) }
        #expect(valid == true)
    }
}
