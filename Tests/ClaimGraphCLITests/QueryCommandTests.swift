import ClaimGraphTestSupport
import Foundation
import Testing
@testable import ClaimGraphCLI

/// Answers on the bundled corpus, pinned as golden files (re-record with CLAIMGRAPH_RECORD=1).
@Suite("questions on the bundled corpus")
struct QueryCommandTests {
    var db: String { BundledCorpusDatabase.path }

    func golden(_ arguments: [String], file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let run = CLIRun(arguments + ["--db", db])
        #expect(run.code == 0, "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
        let mismatch = try Golden.mismatch(run.stdout, file: file, besides: #filePath)
        #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""), sourceLocation: sourceLocation)
    }

    @Test("the papers that report on ImageNet, on COCO and on GLUE (members included)")
    func papersPerBenchmark() throws {
        try golden(["papers", "--dataset", "ImageNet", "--format", "csv"], file: "papers-imagenet.csv")
        try golden(["papers", "--dataset", "COCO", "--format", "csv"], file: "papers-coco.csv")
        try golden(["papers", "--dataset", "GLUE", "--format", "csv"], file: "papers-glue.csv")
    }

    @Test("the COCO box AP leaderboard ranks Dual-Swin-L's 59.4 above Swin-L's 57.7 on test-dev, apart from val")
    func cocoLeaderboard() throws {
        let run = CLIRun(["leaderboard", "COCO", "--metric", "box AP", "--db", db, "--format", "json"])
        #expect(run.code == 0, "\(run.stderr)")
        let boards = run.json as? [[String: Any]] ?? []
        let titled = boards.compactMap { $0["title"] as? String }
        let testDev = boards.first { ($0["title"] as? String)?.contains("split: test-dev") == true }?["rows"] as? [[String: Any]] ?? []
        let models = testDev.compactMap { $0["model"] as? String }
        #expect(models.firstIndex(of: "Dual-Swin-L") != nil && models.firstIndex(of: "Swin-L") != nil, "boards: \(titled), test-dev models: \(models)")
        if let dual = models.firstIndex(of: "Dual-Swin-L"), let swin = models.firstIndex(of: "Swin-L") {
            #expect(dual < swin)
            #expect(testDev[dual]["value"] as? Double == 59.4)
            #expect(testDev[swin]["value"] as? Double == 57.7)
        }
        #expect(testDev.allSatisfy { $0["split"] as? String == "test-dev" })
        try golden(["leaderboard", "COCO", "--metric", "box AP", "--format", "csv"], file: "leaderboard-coco-box-ap.csv")
    }

    @Test("compare puts Dual-Swin-L and Swin-L side by side")
    func compareModels() throws {
        try golden(["compare", "Dual-Swin-L", "Swin-L", "--format", "csv"], file: "compare-dual-swin-l-swin-l.csv")
    }

    @Test("an unknown name exits non-zero with did-you-mean suggestions")
    func unknownNameSuggests() {
        let run = CLIRun(["papers", "--dataset", "Imagenet-1kk", "--db", db])
        #expect(run.code == 1)
        #expect(run.stderr.contains("did you mean"), "\(run.stderr)")
    }

    @Test("an empty result exits 0 with a one-line note on stderr")
    func emptyResultNote() {
        let run = CLIRun(["papers", "--dataset", "COCO", "--min-claims", "1000", "--db", db, "--format", "table"])
        #expect(run.code == 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "no papers match\n")
    }

    @Test("a write through sql fails and leaves the database unchanged")
    func sqlWriteIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let copy = directory.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        for statement in ["DELETE FROM paper", "ATTACH DATABASE '\(directory.path("x.sqlite"))' AS x", "PRAGMA user_version = 7", "SELECT 1; DROP TABLE claim"] {
            let run = CLIRun(["sql", statement, "--db", copy])
            #expect(run.code == 1, "\(statement) was not refused")
            #expect(run.stderr.contains("refused") || run.stderr.contains("readonly") || run.stderr.contains("read-only"), "\(run.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        #expect(!FileManager.default.fileExists(atPath: directory.path("x.sqlite")))
    }

    @Test("query --list shows every named query with its parameters; a named query runs with --param")
    func namedQueries() throws {
        let list = CLIRun(["query", "--list", "--format", "json"])
        #expect(list.code == 0)
        #expect(list.jsonRows.count >= 10)
        let run = CLIRun(["query", "papers-on-dataset", "--param", "dataset=COCO", "--db", db, "--format", "json"])
        #expect(run.code == 0, "\(run.stderr)")
        let missing = CLIRun(["query", "papers-on-dataset", "--db", db])
        #expect(missing.code == 1)
        #expect(missing.stderr.contains("needs --param dataset=VALUE"))
    }

    @Test("search highlights the words it found")
    func search() {
        let run = CLIRun(["search", "segmentation", "--db", db, "--format", "json"])
        #expect(run.code == 0)
        #expect(run.jsonRows.contains { ($0["snippet"] as? String)?.contains("[segmentation]") == true || ($0["snippet"] as? String)?.contains("[Segmentation]") == true })
    }
}
