import ClaimGraphStore
import Foundation
import Testing
@testable import ClaimGraphCLI
@testable import ClaimGraphQuery
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `claimgraph export` run in-process against a fixture database, one fresh database per test.
@Suite("Export command")
struct ExportCommandTests {
    /// A fixture database in its own directory, and somewhere empty to write into.
    final class Workspace {
        let directory: URL
        let database: String
        let out: URL

        init() throws {
            (directory, database) = try ExportFixture.makeDatabase()
            out = directory.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        }

        deinit {
            // CLAIMGRAPH_KEEP_TEST_FILES=1 keeps the files to look at.
            if ProcessInfo.processInfo.environment["CLAIMGRAPH_KEEP_TEST_FILES"] == nil {
                try? FileManager.default.removeItem(at: directory)
            }
        }

        func run(_ arguments: [String]) -> (code: Int32, stdout: String, stderr: String) {
            let captured = CapturedConsole()
            let code = CommandRunner.run(["export", "--db", database] + arguments, console: captured.console)
            return (code, captured.stdout, captured.stderr)
        }

        func path(_ name: String) -> String { out.appendingPathComponent(name).path }

        var written: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).sorted() }
    }

    @Test("svg to a file: valid XML showing every node's label")
    func svgFile() throws {
        let workspace = try Workspace()
        let result = workspace.run(["--dataset", "COCO", "-o", workspace.path("coco.svg")])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let texts = try svgTexts(Data(contentsOf: URL(fileURLWithPath: workspace.path("coco.svg"))))
        for label in ["COCO", "Swin-L", "Dual-Swin-L", "box AP", "Legend"] {
            #expect(texts.contains(label), "\(label) not in \(texts)")
        }
        #expect(texts.contains { $0.contains("ünïcödé") })
        #expect(texts.contains { $0.contains("<b>html</b>") })
        #expect(workspace.written == ["coco.svg"])
    }

    @Test("png, pdf and laid-out dot files have the right magic", arguments: [
        ("graph.png", Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] as [UInt8])),
        ("graph.pdf", Array("%PDF-".utf8)),
    ])
    func binaryFiles(name: String, magic: [UInt8]) throws {
        let workspace = try Workspace()
        let result = workspace.run(["--model", "Dual-Swin-L", "-o", workspace.path(name)])
        #expect(result.code == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: workspace.path(name)))
        #expect(data.starts(with: magic))
    }

    @Test("dot to stdout is the encoder's DOT, accepted by the dot program; --positions adds coordinates")
    func dotOutput() throws {
        let workspace = try Workspace()
        let plain = workspace.run(["--dataset", "GLUE", "--format", "dot"])
        #expect(plain.code == 0, "\(plain.stderr)")
        #expect(plain.stdout.hasPrefix("digraph claimgraph {\n"))
        #expect(plain.stdout.contains("subgraph \"cluster_benchmark:3\""))
        #expect(!plain.stdout.contains("pos="))
        #expect(try DotCheck.accepts(plain.stdout))
        let again = workspace.run(["--dataset", "GLUE", "--format", "dot"])
        #expect(again.stdout == plain.stdout)
        let placed = workspace.run(["--dataset", "GLUE", "--format", "dot", "--positions"])
        #expect(placed.code == 0, "\(placed.stderr)")
        #expect(placed.stdout.contains("pos=\""))
    }

    @Test("the format follows the output file's extension")
    func formatFromExtension() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["--all", "-o", workspace.path("all.gv")]).code == 0)
        let text = try String(contentsOfFile: workspace.path("all.gv"), encoding: .utf8)
        #expect(text.hasPrefix("digraph claimgraph"))
        let unknown = workspace.run(["--all", "-o", workspace.path("all.jpg")])
        #expect(unknown.code == 64)
        #expect(unknown.stderr.contains("--format"))
    }

    @Test("the leaderboard ranks models per metric and split and links them to their papers")
    func leaderboard() throws {
        let workspace = try Workspace()
        let result = workspace.run(["--leaderboard", "COCO", "--metric", "box AP", "--format", "dot"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains(##""model:7" -> "dataset:1" [class="evaluated-on", color="#333333", label="#1: 59.4 box AP, test-dev\n#1: 59.6 box AP, val""##))
        #expect(result.stdout.contains(##"label="#2: 58.7 box AP, test-dev""##))
        #expect(result.stdout.contains(#""paper:2107.00420" -> "model:7""#))
        #expect(!result.stdout.contains("0.7 box AP"), "a delta is not a leaderboard entry")
        let split = workspace.run(["--leaderboard", "COCO", "--split", "val", "--format", "dot"])
        #expect(!split.stdout.contains("test-dev"))
        let empty = workspace.run(["--leaderboard", "COCO", "--metric", "accuracy", "--format", "dot"])
        #expect(empty.code == 1)
        #expect(empty.stderr.contains("no results on COCO in accuracy; its results are in: box AP / test-dev, box AP / val"))
    }

    @Test("a comparison shows both models, their shared dataset and the direct comparison")
    func compare() throws {
        let workspace = try Workspace()
        let result = workspace.run(["--compare", "Dual-Swin-L", "Swin-L", "--format", "dot"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""model:7" -> "model:6" [class="compared-with""#))
        #expect(result.stdout.contains("+0.7 box AP, test-dev"))
        #expect(result.stdout.contains(#""model:6" -> "dataset:2""#))
        #expect(result.stdout.contains("Dual-Swin-L vs Swin-L"))
        #expect(!result.stdout.contains("BERT"))
    }

    @Test("a paper shows only its own results")
    func paper() throws {
        let workspace = try Workspace()
        let result = workspace.run(["--paper", "2103.14030", "--format", "dot"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("58.7 box AP"))
        #expect(!result.stdout.contains("59.4"))
        let unknown = workspace.run(["--paper", "Swin", "--format", "dot"])
        #expect(unknown.code == 1)
        #expect(unknown.stderr.contains(#"did you mean "2103.14030""#))
    }

    @Test("around with depth 0 is the node alone; depth 2 reaches further than 1")
    func around() throws {
        let workspace = try Workspace()
        let zero = workspace.run(["--around", "BERT-Large", "--depth", "0", "--format", "dot", "--no-legend"])
        #expect(zero.code == 0, "\(zero.stderr)")
        #expect(zero.stdout.components(separatedBy: " [class=").count == 2)
        let one = workspace.run(["--around", "MNLI", "--format", "dot"]).stdout
        let two = workspace.run(["--around", "MNLI", "--depth", "2", "--format", "dot"]).stdout
        #expect(!one.contains("BERT: Pre-training"))
        #expect(two.contains("BERT: Pre-training"))
    }

    @Test("an unknown name fails with suggestions and writes nothing")
    func unknownName() throws {
        let workspace = try Workspace()
        let result = workspace.run(["--dataset", "COCO2", "-o", workspace.path("x.svg")])
        #expect(result.code == 1)
        #expect(result.stderr.contains(#"no dataset or benchmark named "COCO2"; did you mean "COCO"?"#))
        #expect(workspace.written.isEmpty)
    }

    @Test("a selection over --max-nodes fails with advice and writes nothing")
    func nodeCap() throws {
        let workspace = try Workspace()
        let result = workspace.run(["--all", "--max-nodes", "3", "-o", workspace.path("all.svg")])
        #expect(result.code == 1)
        #expect(result.stderr.contains("more than the limit of 3"))
        #expect(result.stderr.contains("--around NAME --depth 1"))
        #expect(workspace.written.isEmpty)
    }

    @Test("an unknown format or layout is a usage error and writes nothing", arguments: [
        ["--format", "jpeg"], ["--layout", "spring"], ["--rankdir", "UP"],
    ])
    func badChoice(arguments: [String]) throws {
        let workspace = try Workspace()
        let result = workspace.run(["--dataset", "COCO", "-o", workspace.path("x.svg")] + arguments)
        #expect(result.code == 64)
        #expect(result.stderr.contains(arguments[1]))
        #expect(workspace.written.isEmpty)
    }

    @Test("a path in a missing directory, or naming a directory, fails and writes nothing")
    func badPath() throws {
        let workspace = try Workspace()
        let missing = workspace.run(["--dataset", "COCO", "-o", workspace.path("no/such/dir/x.svg")])
        #expect(missing.code == 1)
        #expect(missing.stderr.contains("cannot write"))
        let directory = workspace.run(["--dataset", "COCO", "-o", workspace.out.path])
        #expect(directory.code == 64, "a directory has no extension to take the format from")
        let explicit = workspace.run(["--dataset", "COCO", "--format", "svg", "-o", workspace.out.path])
        #expect(explicit.code == 1)
        #expect(explicit.stderr.contains("it is a directory"))
        #expect(workspace.written.isEmpty)
    }

    @Test("an existing file is replaced whole, never left half-written")
    func replaces() throws {
        let workspace = try Workspace()
        let path = workspace.path("g.dot")
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(workspace.run(["--dataset", "COCO", "-o", path]).code == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("digraph claimgraph"))
        #expect(workspace.written == ["g.dot"])
    }

    @Test("selections that cannot be combined are usage errors", arguments: [
        ["--dataset", "COCO", "--model", "Swin-L"], ["--compare", "Swin-L"], ["--depth", "2", "--dataset", "COCO"],
        ["--metric", "box AP", "--dataset", "COCO"], [], ["--dataset", "COCO", "--format", "svg", "--positions"],
    ])
    func badCombination(arguments: [String]) {
        let workspace = try? Workspace()
        #expect(workspace?.run(arguments).code == 64)
    }

    @Test("a named query's rows become edges; one without source and target columns is refused")
    func namedQuery() throws {
        let store = try ClaimGraphStore.inMemory()
        try ExportFixture.fill(store)
        let document = try store.reader.read { db in
            try GraphSelection.QueryEdges.document(name: "suites", sql: """
                SELECT s.name AS source, m.name AS target, 'has member' AS label, 'benchmark' AS source_kind
                FROM suite_member sm JOIN entity s ON s.id = sm.suite_id JOIN entity m ON m.id = sm.member_id
                WHERE s.name = :suite ORDER BY target
                """, parameters: ["suite": "GLUE"], in: db)
        }
        #expect(document.nodes.map(\.id) == ["benchmark:GLUE", "other:MNLI", "other:SST-2"])
        #expect(document.edges.map(\.label) == ["has member", "has member"])
        #expect(throws: SelectionError.queryNotEdges("bad", columns: ["name"])) {
            try store.reader.read { db in
                try GraphSelection.QueryEdges.document(name: "bad", sql: "SELECT name FROM entity", parameters: [:], in: db)
            }
        }
        let workspace = try Workspace()
        let missing = workspace.run(["--query", "no-such-query"])
        #expect(missing.code == 1)
        #expect(missing.stderr.contains("no query named \"no-such-query\""))
    }

    private func svgTexts(_ data: Data) throws -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            var texts: [String] = []
            var current: String?
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == "text" { current = "" }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "text", let text = current { texts.append(text); current = nil }
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw CocoaError(.coderReadCorrupt) }
        return collector.texts
    }
}

/// The `dot` program, for checking DOT from outside (tests only; the product renders in-process).
enum DotCheck {
    static func accepts(_ dot: String) throws -> Bool {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-\(UUID().uuidString).dot")
        try dot.write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg", "-o", "/dev/null", input.path]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
