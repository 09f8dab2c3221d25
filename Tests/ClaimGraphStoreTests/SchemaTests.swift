import ClaimGraphTestSupport
import Foundation
import GRDB
import Testing
@testable import ClaimGraphStore

@Suite("Schema")
struct SchemaTests {
    @Test("the migrated schema matches its snapshot")
    func schemaSnapshot() throws {
        let store = try ClaimGraphStore.inMemory()
        let schema = try store.reader.read { db in
            try String.fetchAll(db, sql: """
                SELECT sql || ';' FROM sqlite_master
                WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' AND name NOT LIKE 'paper_fts_%'
                ORDER BY type, name
                """)
        }.joined(separator: "\n\n") + "\n"
        let mismatch = try Golden.mismatch(schema, file: "schema.sql", besides: #filePath)
        #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""))
    }

    @Test("every entity table is STRICT")
    func tablesAreStrict() throws {
        let store = try ClaimGraphStore.inMemory()
        let strictTables = try store.reader.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM pragma_table_list WHERE strict = 1 AND schema = 'main' ORDER BY name")
        }
        #expect(strictTables == ["alias", "claim", "entity", "mention", "paper", "paper_fts_pending", "suite_member"])
    }

    @Test("a CHECK refuses an unknown entity kind")
    func checkRefusesUnknownKind() throws {
        let store = try ClaimGraphStore.inMemory()
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO entity (kind, name, name_key) VALUES ('gadget', 'x', 'x')")
            }
        }
    }

    @Test("a database written by a newer schema is refused with a clear error")
    func newerSchemaIsRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("db.sqlite").path
        _ = try ClaimGraphStore.openForWriting(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_from_the_future')") }
        try queue.close()
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["9999_from_the_future"])) {
            _ = try ClaimGraphStore.openForReading(path: path)
        }
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["9999_from_the_future"])) {
            _ = try ClaimGraphStore.openForWriting(path: path)
        }
    }

    @Test("a file that is not SQLite is refused as not a database")
    func nonSQLiteFileIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".sqlite").path
        try Data("this is not a database, just text that is long enough to have a header".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: StoreError.notADatabase(path: path)) { _ = try ClaimGraphStore.openForWriting(path: path) }
        #expect(throws: StoreError.notADatabase(path: path)) { _ = try ClaimGraphStore.openForReading(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("this is not a database"))
    }
}
