import Foundation
import Testing

@Suite("ingest and stats")
struct IngestCommandTests {
    @Test("ingest with no file reads the bundled corpus: 147 papers, and again changes no count")
    func bundledCorpusIngestIsIdempotent() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let db = directory.path("db.sqlite")
        let first = CLIRun(["ingest", "--db", db, "--format", "json"])
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.jsonRows.first?["added"] as? Int == 147)
        let statsBefore = CLIRun(["stats", "--db", db, "--format", "json"])
        let second = CLIRun(["ingest", "--db", db, "--format", "json"])
        #expect(second.jsonRows.first?["unchanged"] as? Int == 147)
        #expect(second.jsonRows.first?["claims"] as? Int == 0)
        let statsAfter = CLIRun(["stats", "--db", db, "--format", "json"])
        #expect(statsBefore.stdout == statsAfter.stdout)
        let papers = statsAfter.jsonRows.first { $0["what"] as? String == "papers" }
        #expect(papers?["count"] as? Int == 147)
    }

    @Test("a JSON Lines file is read with its optional fields")
    func jsonLinesIngest() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("papers.jsonl", """
            {"title": "A paper on COCO", "abstract": "We reach 50.1 box AP on COCO.", "arxiv_id": "2401.00001", "authors": ["A. Author"], "date": "2024-01-01"}
            {"title": "Another paper", "abstract": "Nothing measured here.", "url": "https://example.org/p"}
            """)
        let db = directory.path("db.sqlite")
        let run = CLIRun(["ingest", file, "--db", db, "--format", "json"])
        #expect(run.code == 0, "\(run.stderr)")
        let show = CLIRun(["show", "2401.00001", "--db", db, "--format", "json"])
        #expect(show.code == 0)
        #expect(show.stdout.contains("\"published\" : \"2024-01-01\""))
    }

    @Test("bad input is refused naming the file, with a non-zero exit, and the database is unchanged", arguments: [
        ("missing", nil as [UInt8]?, "no such file"),
        ("empty.txt", [], "the file is empty"),
        ("latin1.txt", Array("Title\n\nAbstract with caf".utf8) + [0xE9] + Array(".\n".utf8), ":3: not valid UTF-8"),
        ("broken.jsonl", Array("{\"title\": \"ok\", \"abstract\": \"fine\"}\n{\"title\": \"broken\", \"abstr\n".utf8), "broken.jsonl:2: not valid JSON"),
        ("nopapers.txt", Array("new\n\nSubscribe\n\nMar 13\n".utf8), "no papers found"),
        ("notitle.jsonl", Array("{\"abstract\": \"no title\"}\n".utf8), "notitle.jsonl:1: missing \"title\""),
    ])
    func badInputChangesNothing(name: String, bytes: [UInt8]?, message: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let db = directory.path("db.sqlite")
        let good = try directory.write("good.jsonl", "{\"title\": \"Good\", \"abstract\": \"We reach 50.1 box AP on COCO.\"}\n")
        #expect(CLIRun(["ingest", good, "--db", db]).code == 0)
        let before = try contentsOf(database: db)
        let path = try bytes.map { try directory.write(name, bytes: $0) } ?? directory.path(name)
        // The good file comes first: a bad file later on the command line must still leave nothing written.
        let run = CLIRun(["ingest", good, path, "--db", db])
        #expect(run.code == 1)
        #expect(run.stderr.contains(name), "stderr: \(run.stderr)")
        #expect(run.stderr.contains(message), "stderr: \(run.stderr)")
        #expect(try contentsOf(database: db) == before)
    }

    @Test("a directory given as an input file is refused")
    func directoryIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let run = CLIRun(["ingest", directory.url.path, "--db", directory.path("db.sqlite")])
        #expect(run.code == 1)
        #expect(run.stderr.contains("is a directory"))
    }
}
