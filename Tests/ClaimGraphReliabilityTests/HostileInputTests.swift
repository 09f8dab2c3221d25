import Foundation
import GRDB
import Testing

/// What a hostile input must come to: a clear refusal, or acceptance with the text kept as given.
enum HostileOutcome: Sendable {
    /// Exit `code`, stderr naming each of `mentioning`, and the database exactly as before.
    case refused(code: Int32, mentioning: [String])
    /// Exit 0 and the database exactly as before (a read that found nothing or something).
    case answered
    /// Exit 0, and `sql` on the database afterwards returns `expected` (text stored verbatim).
    case stored(sql: String, expected: String)
}

/// One hostile input: the arguments it runs (given a scratch folder and a copy of the small
/// database, both of which `prepare` may fill) and the outcome it must have.
struct HostileCase: Sendable, CustomTestStringConvertible {
    let name: String
    let prepare: @Sendable (Scratch, String) throws -> [String]
    let outcome: HostileOutcome

    init(_ name: String, _ outcome: HostileOutcome, _ prepare: @escaping @Sendable (Scratch, String) throws -> [String]) {
        self.name = name
        self.outcome = outcome
        self.prepare = prepare
    }

    var testDescription: String { name }
}

/// A JSON Lines file with one good paper on line 1 and `line` on line 2.
private func jsonl(_ scratch: Scratch, _ name: String, secondLine: String) throws -> String {
    try scratch.write(name, jsonLine(["title": "A good first paper", "abstract": "We reach 50.1 box AP on COCO."]) + "\n" + secondLine + "\n")
}

private func seededBytes(_ count: Int, seed: UInt64) -> [UInt8] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
}

private let megabyteTitle = String(repeating: "A", count: 1_000_000)
private let injection = "'; DROP TABLE paper; --"

@Suite("hostile input: a clear error or text kept verbatim, never a crash or a changed database")
struct HostileInputTests {
    static let cases: [HostileCase] = [
        // Names and queries full of SQL metacharacters: bound as values, so they just match nothing.
        HostileCase("papers --dataset with a DROP TABLE injection", .refused(code: 1, mentioning: ["no dataset or benchmark named", injection])) { _, db in
            ["papers", "--dataset", injection, "--db", db] },
        HostileCase("papers --dataset with \" OR 1=1", .refused(code: 1, mentioning: ["\" OR 1=1"])) { _, db in
            ["papers", "--dataset", "\" OR 1=1 --", "--db", db] },
        HostileCase("papers --dataset with LIKE wildcards %_\\", .refused(code: 1, mentioning: ["%_\\"])) { _, db in
            ["papers", "--dataset", "%_\\", "--db", db] },
        HostileCase("papers --metric with a quote", .refused(code: 1, mentioning: ["no metric", "named"])) { _, db in
            ["papers", "--dataset", "COCO", "--metric", "AP' OR '1'='1", "--db", db] },
        HostileCase("show with a DROP TABLE injection", .refused(code: 1, mentioning: [injection])) { _, db in
            ["show", injection, "--db", db] },
        HostileCase("show %", .refused(code: 1, mentioning: ["%"])) { _, db in ["show", "%", "--db", db] },
        HostileCase("show the paper whose title is an injection, by its exact title", .answered) { _, db in
            ["show", "O'Brien's \"quoted\" title; DROP TABLE paper; --", "--db", db] },
        HostileCase("leaderboard with ' OR '1'='1", .refused(code: 1, mentioning: ["COCO' OR '1'='1"])) { _, db in
            ["leaderboard", "COCO' OR '1'='1", "--db", db] },
        HostileCase("compare with a DELETE injection", .refused(code: 1, mentioning: ["x'; DELETE FROM claim; --"])) { _, db in
            ["compare", "x'; DELETE FROM claim; --", "Swin-L", "--db", db] },
        HostileCase("conflicts --dataset %", .refused(code: 1, mentioning: ["%"])) { _, db in
            ["conflicts", "--dataset", "%", "--db", db] },
        HostileCase("neighbors with \" OR 1=1", .refused(code: 1, mentioning: ["\" OR 1=1"])) { _, db in
            ["neighbors", "\" OR 1=1", "--db", db] },
        HostileCase("path between two quoted names", .refused(code: 1, mentioning: ["'a"])) { _, db in
            ["path", "'a", "b'", "--db", db] },
        HostileCase("a NUL byte in a name argument", .refused(code: 1, mentioning: ["no dataset or benchmark named"])) { _, db in
            ["papers", "--dataset", "COCO\u{0}'; DROP TABLE paper", "--db", db] },
        HostileCase("a 100,000-character name", .refused(code: 1, mentioning: ["no dataset or benchmark named"])) { _, db in
            ["papers", "--dataset", String(repeating: "x'", count: 50_000), "--db", db] },
        // FTS5 syntax in search is taken literally.
        HostileCase("search with a DROP TABLE injection", .answered) { _, db in ["search", injection, "--db", db] },
        HostileCase("search NEAR(", .answered) { _, db in ["search", "NEAR(", "--db", db] },
        HostileCase("search with a lone double quote", .answered) { _, db in ["search", "\"", "--db", db] },
        HostileCase("search *", .answered) { _, db in ["search", "*", "--db", db] },
        HostileCase("search -", .answered) { _, db in ["search", "-", "--db", db] },
        HostileCase("search with column filters and boolean operators", .answered) { _, db in
            ["search", "title:COCO OR abstract:x AND NOT ^y NEAR(a b, 3) {title}: z*", "--db", db] },
        HostileCase("search with a NUL byte", .answered) { _, db in ["search", "COCO\u{0}\"", "--db", db] },
        // Numbers out of range are usage errors (exit 64), or harmless when in range.
        HostileCase("neighbors --depth 999999999", .refused(code: 64, mentioning: ["--depth"])) { _, db in
            ["neighbors", "COCO", "--depth", "999999999", "--db", db] },
        HostileCase("neighbors --depth -1", .refused(code: 64, mentioning: ["--depth"])) { _, db in
            ["neighbors", "COCO", "--depth=-1", "--db", db] },
        HostileCase("neighbors --depth past Int64", .refused(code: 64, mentioning: ["depth"])) { _, db in
            ["neighbors", "COCO", "--depth", "99999999999999999999999", "--db", db] },
        HostileCase("search --limit -5", .refused(code: 64, mentioning: ["--limit"])) { _, db in
            ["search", "COCO", "--limit=-5", "--db", db] },
        HostileCase("search --limit 0", .refused(code: 64, mentioning: ["--limit"])) { _, db in
            ["search", "COCO", "--limit", "0", "--db", db] },
        HostileCase("search --limit past Int64", .refused(code: 64, mentioning: ["limit"])) { _, db in
            ["search", "COCO", "--limit", "99999999999999999999", "--db", db] },
        HostileCase("search --limit Int64.max", .answered) { _, db in
            ["search", "COCO", "--limit", "9223372036854775807", "--db", db] },
        HostileCase("papers --min-claims -1", .refused(code: 64, mentioning: ["--min-claims"])) { _, db in
            ["papers", "--dataset", "COCO", "--min-claims", "-1", "--db", db] },
        HostileCase("papers --min-claims Int64.max", .answered) { _, db in
            ["papers", "--dataset", "COCO", "--min-claims", "9223372036854775807", "--db", db] },
        HostileCase("datasets --min-papers -3", .refused(code: 64, mentioning: ["--min-papers"])) { _, db in
            ["datasets", "--min-papers", "-3", "--db", db] },
        HostileCase("models --sort with an injection", .refused(code: 64, mentioning: ["sort"])) { _, db in
            ["models", "--sort", "name; DROP TABLE paper", "--db", db] },
        HostileCase("--db given as an empty string", .refused(code: 64, mentioning: ["--db"])) { _, _ in
            ["ingest", "--db", ""] },
        // Drawings: names bound like everywhere else, output written whole or not at all.
        HostileCase("export --around with a DROP TABLE injection", .refused(code: 1, mentioning: [injection])) { _, db in
            ["export", "--around", injection, "--format", "dot", "--db", db] },
        HostileCase("export of a paper whose title is an injection", .answered) { _, db in
            ["export", "--paper", "O'Brien's \"quoted\" title; DROP TABLE paper; --", "--format", "svg", "--db", db] },
        HostileCase("export -o naming a directory", .refused(code: 1, mentioning: ["is a directory"])) { scratch, db in
            ["export", "--dataset", "COCO", "-o", scratch.url.path, "--format", "svg", "--db", db] },
        HostileCase("export -o in a folder that does not exist", .refused(code: 1, mentioning: ["no such directory"])) { scratch, db in
            ["export", "--dataset", "COCO", "-o", scratch.path("missing/coco.svg"), "--db", db] },
        HostileCase("export --depth -1", .refused(code: 64, mentioning: ["--depth"])) { _, db in
            ["export", "--around", "COCO", "--depth=-1", "--db", db] },
        HostileCase("export --max-nodes -5", .refused(code: 64, mentioning: ["--max-nodes"])) { _, db in
            ["export", "--all", "--max-nodes=-5", "--db", db] },
        // Input files.
        HostileCase("a JSON Lines line of 100,000 nested [", .refused(code: 1, mentioning: ["deep.jsonl:2"])) { scratch, db in
            ["ingest", try jsonl(scratch, "deep.jsonl", secondLine: String(repeating: "[", count: 100_000)), "--db", db] },
        HostileCase("a JSON Lines line of 100,000 nested {\"a\":", .refused(code: 1, mentioning: ["deepobject.jsonl:2"])) { scratch, db in
            ["ingest", try jsonl(scratch, "deepobject.jsonl", secondLine: String(repeating: "{\"a\":", count: 100_000)), "--db", db] },
        HostileCase("a 1 MB title in JSON Lines is stored verbatim", .stored(sql: "SELECT length(title) FROM paper WHERE title LIKE 'AAAA%'", expected: "1000000")) { scratch, db in
            ["ingest", try jsonl(scratch, "big.jsonl", secondLine: jsonLine(["title": megabyteTitle, "abstract": "Big."])), "--db", db] },
        HostileCase("a 1 MB title line in a listing", .refused(code: 1, mentioning: ["bigtitle.txt:5", "title of 1000000 characters"])) { scratch, db in
            ["ingest", try scratch.write("bigtitle.txt", "A good title\n\nA good abstract.\n\n\(megabyteTitle)\n\nIts abstract.\n"), "--db", db] },
        HostileCase("a raw NUL byte in a listing", .refused(code: 1, mentioning: ["nul.txt:3", "NUL"])) { scratch, db in
            ["ingest", try scratch.write("nul.txt", bytes: Array("Title\n\nAbs\u{0}tract.\n".utf8)), "--db", db] },
        HostileCase("a \\u0000 escape in a JSON Lines title", .refused(code: 1, mentioning: ["nulescape.jsonl:2", "NUL"])) { scratch, db in
            ["ingest", try jsonl(scratch, "nulescape.jsonl", secondLine: #"{"title": "Before\u0000after", "abstract": "x"}"#), "--db", db] },
        HostileCase("invalid UTF-8 on line 3", .refused(code: 1, mentioning: ["latin1.jsonl:3", "UTF-8"])) { scratch, db in
            let good = jsonLine(["title": "Good", "abstract": "Fine."])
            return ["ingest", try scratch.write("latin1.jsonl", bytes: Array("\(good)\n\(good)\n{\"title\": \"caf".utf8) + [0xE9] + Array("\", \"abstract\": \"x\"}\n".utf8)), "--db", db] },
        HostileCase("an overlong UTF-8 encoding of /", .refused(code: 1, mentioning: ["overlong.txt:1", "UTF-8"])) { scratch, db in
            ["ingest", try scratch.write("overlong.txt", bytes: [0x54, 0xC0, 0xAF, 0x0A, 0x0A, 0x41, 0x0A]), "--db", db] },
        HostileCase("a UTF-8 BOM before JSON Lines is dropped", .stored(sql: "SELECT hex(substr(title, 1, 1)) FROM paper WHERE abstract = 'After a BOM.'", expected: "42")) { scratch, db in
            ["ingest", try scratch.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array((jsonLine(["title": "BOM first", "abstract": "After a BOM."]) + "\n").utf8)), "--db", db] },
        HostileCase("CRLF line ends in a listing leave no \\r behind", .stored(sql: "SELECT COUNT(*) FROM paper WHERE instr(title || abstract, char(13)) > 0 OR title = 'CRLF title'", expected: "1")) { scratch, db in
            ["ingest", try scratch.write("crlf.txt", "CRLF title\r\n\r\nLine one of the abstract,\r\nline two.\r\n"), "--db", db] },
        HostileCase("CRLF line ends in JSON Lines", .stored(sql: "SELECT COUNT(*) FROM paper WHERE title IN ('CRLF one', 'CRLF two') AND instr(title || abstract, char(13)) = 0", expected: "2")) { scratch, db in
            ["ingest", try scratch.write("crlf.jsonl", jsonLine(["title": "CRLF one", "abstract": "x"]) + "\r\n" + jsonLine(["title": "CRLF two", "abstract": "y"]) + "\r\n"), "--db", db] },
        HostileCase("64 KB of seeded random bytes", .refused(code: 1, mentioning: ["random.bin"])) { scratch, db in
            ["ingest", try scratch.write("random.bin", bytes: seededBytes(65_536, seed: 8)), "--db", db] },
        HostileCase("a JSON Lines line that is an array", .refused(code: 1, mentioning: ["array.jsonl:2", "expected a JSON object"])) { scratch, db in
            ["ingest", try jsonl(scratch, "array.jsonl", secondLine: #"["title", "abstract"]"#), "--db", db] },
        HostileCase("a JSON Lines title that is a number", .refused(code: 1, mentioning: ["numbertitle.jsonl:2", "title"])) { scratch, db in
            ["ingest", try jsonl(scratch, "numbertitle.jsonl", secondLine: #"{"title": 1e999, "abstract": "x"}"#), "--db", db] },
        HostileCase("a lone UTF-16 surrogate escape", .refused(code: 1, mentioning: ["surrogate.jsonl:2"])) { scratch, db in
            ["ingest", try jsonl(scratch, "surrogate.jsonl", secondLine: #"{"title": "\ud800", "abstract": "x"}"#), "--db", db] },
        HostileCase("an injection as a title is stored verbatim", .stored(sql: "SELECT title FROM paper WHERE title LIKE 'Robert%'", expected: "Robert'); DROP TABLE paper;-- \" OR 1=1 %_\\")) { scratch, db in
            ["ingest", try jsonl(scratch, "bobby.jsonl", secondLine: jsonLine(["title": "Robert'); DROP TABLE paper;-- \" OR 1=1 %_\\", "abstract": "x"])), "--db", db] },
        HostileCase("a whitespace-only file", .refused(code: 1, mentioning: ["blank.txt", "empty"])) { scratch, db in
            ["ingest", try scratch.write("blank.txt", " \n\r\n\t\n"), "--db", db] },
        HostileCase("a directory given as an input file", .refused(code: 1, mentioning: ["folder", "directory"])) { scratch, db in
            let folder = scratch.path("folder")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return ["ingest", folder, "--db", db] },
        // Database files that are not what they should be.
        HostileCase("a text file given as --db to stats", .refused(code: 1, mentioning: ["notes.txt", "not a ClaimGraph database"])) { scratch, _ in
            ["stats", "--db", try scratch.write("notes.txt", String(repeating: "not a database\n", count: 400))] },
        HostileCase("a text file given as --db to ingest", .refused(code: 1, mentioning: ["notes.txt", "not a ClaimGraph database"])) { scratch, _ in
            ["ingest", "--db", try scratch.write("notes.txt", String(repeating: "not a database\n", count: 400))] },
        HostileCase("a directory given as --db to stats", .refused(code: 1, mentioning: ["dbfolder", "directory"])) { scratch, _ in
            try FileManager.default.createDirectory(atPath: scratch.path("dbfolder"), withIntermediateDirectories: true)
            return ["stats", "--db", scratch.path("dbfolder")] },
        HostileCase("a directory given as --db to ingest", .refused(code: 1, mentioning: ["dbfolder", "directory"])) { scratch, _ in
            try FileManager.default.createDirectory(atPath: scratch.path("dbfolder"), withIntermediateDirectories: true)
            return ["ingest", "--db", scratch.path("dbfolder")] },
        HostileCase("--db in a folder that does not exist", .refused(code: 1, mentioning: ["no-such-folder", "folder"])) { scratch, _ in
            ["ingest", "--db", scratch.path("no-such-folder/db.sqlite")] },
        HostileCase("a 0-byte --db file to stats", .refused(code: 1, mentioning: ["empty.sqlite", "no database here yet"])) { scratch, _ in
            ["stats", "--db", try scratch.write("empty.sqlite", bytes: [])] },
        HostileCase("a database written by a newer schema, to stats", .refused(code: 1, mentioning: ["newer ClaimGraph", "9999_from_the_future"])) { _, db in
            try markNewer(db)
            return ["stats", "--db", db] },
        HostileCase("a database written by a newer schema, to ingest", .refused(code: 1, mentioning: ["newer ClaimGraph", "9999_from_the_future"])) { _, db in
            try markNewer(db)
            return ["ingest", "--db", db] },
        HostileCase("another program's SQLite database, to ingest", .refused(code: 1, mentioning: ["other.sqlite", "not a ClaimGraph database"])) { scratch, _ in
            let path = scratch.path("other.sqlite")
            let queue = try patientQueue(path)
            try queue.write { try $0.execute(sql: "CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoice VALUES (1, 9.5)") }
            try queue.close()
            return ["ingest", "--db", path] },
        HostileCase("a truncated database file", .refused(code: 1, mentioning: ["half.sqlite"])) { scratch, db in
            let data = try bytes(of: db)
            return ["stats", "--db", try scratch.write("half.sqlite", bytes: Array(data.prefix(data.count / 2)))] },
    ]

    @Test("each hostile input gets a clear error or is kept verbatim", arguments: cases)
    func hostileInput(_ hostile: HostileCase) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try SmallDatabase.copy(into: scratch)
        let arguments = try hostile.prepare(scratch, db)
        // The database the command points at: --db's value (it may not be the small database).
        let target = arguments.firstIndex(of: "--db").map { arguments[$0 + 1] } ?? db
        let before = fingerprint(target)
        let run = CLIRun(arguments)
        let unchanged = fingerprint(target) == before
        let stderr = String(run.stderr.prefix(400))
        switch hostile.outcome {
        case .refused(let code, let mentioning):
            #expect(run.code == code, "exit \(run.code), stderr: \(stderr)")
            let prefixed = run.stderr.hasPrefix("error: ")
            #expect(prefixed, "stderr: \(stderr)")
            for text in mentioning {
                let mentioned = run.stderr.contains(text)
                #expect(mentioned, "stderr does not mention \(text.prefix(80)): \(stderr)")
            }
            #expect(unchanged, "the database changed after an error")
        case .answered:
            #expect(run.code == 0, "exit \(run.code), stderr: \(stderr)")
            #expect(unchanged, "a read changed the database")
        case .stored(let sql, let expected):
            #expect(run.code == 0, "exit \(run.code), stderr: \(stderr)")
            let value = try patientQueue(db).read { try String.fetchOne($0, sql: sql) }
            let matches = value == expected
            #expect(matches, "\(sql) returned \(value.map { String($0.prefix(80)) } ?? "nil")")
            #expect(try integrity(ofDatabase: db) == "ok")
        }
    }

    @Test("there are at least 40 hostile cases")
    func enoughCases() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count, "case names must be unique")
    }
}

/// What a file holds: its bytes and, when it is a readable database, its snapshot.
private struct FileFingerprint: Equatable {
    var data: Data?
    var snapshot: String?
}

private func fingerprint(_ path: String) -> FileFingerprint {
    FileFingerprint(data: try? Data(contentsOf: URL(fileURLWithPath: path)), snapshot: try? snapshot(ofDatabase: path))
}

/// Records a migration this version does not know, as a newer ClaimGraph would.
private func markNewer(_ path: String) throws {
    let queue = try patientQueue(path)
    try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_from_the_future')") }
    try queue.close()
    checkpoint(path)
}
