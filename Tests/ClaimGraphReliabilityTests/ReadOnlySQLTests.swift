import Foundation
import Testing

/// `sql` and `query` run against a real database file, which must be byte-identical afterwards,
/// whatever the statement tries. The connection is read-only (SQLite refuses writes) and the
/// statement must be one SQLite judges read-only, with ATTACH/DETACH refused by name.
@Suite("read-only SQL cannot write", .serialized)
struct ReadOnlySQLTests {
    /// Statements that write, or try to reach another file: each must be refused with exit 1.
    static let writes: [String] = [
        "DELETE FROM paper",
        "DROP TABLE claim",
        "UPDATE paper SET title = 'x'",
        "INSERT INTO entity (kind, name, name_key) VALUES ('model', 'x', 'x')",
        "REPLACE INTO entity (id, kind, name, name_key) VALUES (1, 'model', 'x', 'x')",
        "INSERT OR REPLACE INTO alias SELECT * FROM alias",
        "WITH x AS (SELECT 1) DELETE FROM paper",
        "WITH x AS (SELECT 1) UPDATE paper SET title = 'x'",
        "SELECT 1; DROP TABLE claim",
        "SELECT 1; SELECT 2",
        "ATTACH DATABASE '$DIR/attached.sqlite' AS x",
        "attach '$DIR/attached.sqlite' as x",
        "/* comment */ ATTACH '$DIR/attached.sqlite' AS x",
        "-- comment\nATTACH '$DIR/attached.sqlite' AS x",
        "DETACH DATABASE main",
        "VACUUM",
        "VACUUM INTO '$DIR/copy.sqlite'",
        "PRAGMA user_version = 5",
        "PRAGMA user_version=5",
        "PRAGMA application_id = 7",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA journal_mode=DELETE",
        "PRAGMA main.journal_mode = TRUNCATE",
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "PRAGMA incremental_vacuum",
        "CREATE TABLE t (x)",
        "CREATE TEMP TABLE t (x)",
        "CREATE TEMP VIEW v AS SELECT 1",
        "CREATE TEMP TRIGGER tr AFTER INSERT ON paper BEGIN SELECT 1; END",
        "CREATE INDEX i ON paper(title)",
        "ANALYZE",
        "REINDEX",
        "BEGIN IMMEDIATE",
        "INSERT INTO paper_fts(paper_fts) VALUES ('rebuild')",
        "SELECT load_extension('/nonexistent/extension')",
        "SELECT 1\u{0}; DROP TABLE claim",
    ]

    @Test("a statement that writes or reaches another file is refused and the file stays byte-identical", arguments: writes)
    func writeIsRefused(statement: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try SmallDatabase.copy(into: scratch)
        let before = try bytes(of: db)
        let sql = statement.replacingOccurrences(of: "$DIR", with: scratch.url.path)
        // After "--", so a statement starting with a "--" comment is not read as an option.
        let run = CLIRun(["sql", "--db", db, "--", sql])
        #expect(run.code == 1, "\(statement) was not refused: \(run.stdout.prefix(200))")
        let refused = run.stderr.hasPrefix("error: ")
        #expect(refused, "\(run.stderr.prefix(300))")
        let identical = try bytes(of: db) == before
        #expect(identical, "\(statement) changed the database file")
        for name in ["attached.sqlite", "copy.sqlite"] {
            #expect(!FileManager.default.fileExists(atPath: scratch.path(name)), "\(statement) created \(name)")
        }
        let same = try snapshot(ofDatabase: db) == SmallDatabase.snapshotText
        #expect(same)
    }

    /// Reads that SQLite runs on a read-only connection: they must still leave the file alone.
    static let reads: [String] = [
        "SELECT COUNT(*) FROM paper",
        "PRAGMA foreign_keys = OFF",
        "PRAGMA optimize",
        "PRAGMA foreign_keys",
        "PRAGMA table_info(paper)",
        "PRAGMA integrity_check",
        "PRAGMA user_version",
        "PRAGMA query_only = 0",
        "SELECT * FROM sqlite_master",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) SELECT COUNT(*) FROM n",
        "EXPLAIN DELETE FROM paper",
        "SELECT 1;",
        "SELECT 1; -- trailing comment",
    ]

    @Test("read statements run and leave the file byte-identical", arguments: reads)
    func readLeavesFileAlone(statement: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try SmallDatabase.copy(into: scratch)
        let before = try bytes(of: db)
        let run = CLIRun(["sql", "--db", db, "--format", "json", "--", statement])
        #expect(run.code == 0 || run.stderr.hasPrefix("error: refused"), "\(statement): \(run.stderr.prefix(300))")
        let identical = try bytes(of: db) == before
        #expect(identical, "\(statement) changed the database file")
        let same = try snapshot(ofDatabase: db) == SmallDatabase.snapshotText
        #expect(same)
    }

    @Test("a named query's parameters are bound, never spliced into the SQL")
    func namedQueryParametersAreBound() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try SmallDatabase.copy(into: scratch)
        let before = try bytes(of: db)
        for value in ["'; DROP TABLE paper; --", "\" OR 1=1 --", "%", "COCO' OR '1'='1", "x); DELETE FROM claim; --"] {
            let run = CLIRun(["query", "papers-on-dataset", "--param", "dataset=\(value)", "--db", db, "--format", "json"])
            #expect(run.code == 0 || run.code == 1, "\(value): \(run.stderr)")
            #expect(!run.stdout.contains("\"id\""), "\(value) matched papers: \(run.stdout)")
        }
        let identical = try bytes(of: db) == before
        #expect(identical)
    }
}
