import Foundation
import Testing

/// The database is a plain SQLite file: the sqlite3 shell reads it and finds it sound.
@Suite("the database from outside")
struct PlainSQLiteTests {
    func sqlite3(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-readonly"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 \(arguments) failed (is the sqlite3 package installed? scripts/setup.sh installs it)")
        return String(decoding: output, as: UTF8.self)
    }

    @Test("sqlite3 shows the documented schema, and the integrity and foreign key checks are clean")
    func sqliteShellReadsTheDatabase() throws {
        let db = BundledCorpusDatabase.path
        let schema = try sqlite3([db, ".schema"])
        for table in ["paper", "entity", "alias", "suite_member", "mention", "claim"] {
            #expect(schema.contains("CREATE TABLE \(table) ("), "no table \(table) in .schema")
        }
        #expect(schema.contains("CREATE VIEW edge AS"))
        #expect(schema.contains("CREATE VIRTUAL TABLE paper_fts USING fts5"))
        #expect(try sqlite3([db, "PRAGMA integrity_check"]) == "ok\n")
        #expect(try sqlite3([db, "PRAGMA foreign_key_check"]).isEmpty)
        #expect(try sqlite3([db, "SELECT COUNT(*) FROM paper"]) == "147\n")
    }
}
