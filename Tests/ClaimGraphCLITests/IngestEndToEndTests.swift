import ClaimGraphCorpus
import ClaimGraphExtraction
import ClaimGraphStore
import Foundation
import GRDB
import Testing
@testable import ClaimGraphCLI

/// Whole `ingest` runs over the shared samples. They need the bundled lexicon, so they are
/// skipped (not failed) in a tree that does not have it yet.
@Suite("Ingest end to end", .enabled(if: (try? Lexicon.loadBundled()) != nil, "the bundled lexicon is missing"))
struct IngestEndToEndTests {
    private static let samples: URL? = {
        let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return [
            ProcessInfo.processInfo.environment["CLAIMGRAPH_SAMPLES"].map { URL(fileURLWithPath: $0) },
            repoRoot.appendingPathComponent("../shared/samples").standardizedFileURL,
            repoRoot.appendingPathComponent("../../shared/samples").standardizedFileURL,
        ].compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
    }()

    private func sample(_ relative: String) throws -> String {
        guard let samples = Self.samples else {
            Issue.record("the shared samples are missing; set CLAIMGRAPH_SAMPLES to the samples folder")
            throw CancellationError()
        }
        return samples.appendingPathComponent(relative).path
    }

    private func database() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("db.sqlite").path
    }

    private func run(_ arguments: [String]) -> (code: Int32, stdout: String, stderr: String) {
        let captured = CapturedConsole()
        let code = CommandRunner.run(arguments, console: captured.console)
        return (code, captured.stdout, captured.stderr)
    }

    @Test("timm's CSV ingests with its ranking; ingesting it again adds nothing")
    func timm() throws {
        let db = try database()
        let csv = try sample("timm_imagenet_results/results-imagenet.csv")
        let first = run(["ingest", "--db", db, "--format", "json", csv])
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.stderr.contains("claims added: 3112"))
        let again = run(["ingest", "--db", db, csv])
        #expect(again.stderr.contains("claims added: 0, 3112 already stored"))

        let store = try ClaimGraphStore.openForReading(path: db)
        let ranked = try store.reader.read { db in
            try String.fetchAll(db, sql: """
                SELECT m.name FROM claim c JOIN entity m ON m.id = c.model_id
                WHERE c.evidence LIKE '%: top-1 accuracy = %' ORDER BY c.value DESC, c.id LIMIT 3
                """)
        }
        #expect(ranked == ["eva02_large_patch14_448.mim_m38m_ft_in22k_in1k", "eva02_large_patch14_448.mim_in22k_ft_in22k_in1k",
                           "eva_giant_patch14_560.m30m_ft_in22k_in1k"])
    }

    @Test("timm's CSV, then `leaderboard ImageNet --metric \"top-1 accuracy\" --limit 0`, gives timm's ranking; the default shows its top 20 of all")
    func timmLeaderboard() throws {
        let db = try database()
        let csv = try sample("timm_imagenet_results/results-imagenet.csv")
        #expect(run(["ingest", "--db", db, csv]).code == 0)
        let board = run(["leaderboard", "ImageNet", "--metric", "top-1 accuracy", "--limit", "0", "--db", db, "--format", "json"])
        #expect(board.code == 0, "\(board.stderr)")
        let tables = try JSONSerialization.jsonObject(with: Data(board.stdout.utf8)) as? [[String: Any]] ?? []
        let rows = tables.first?["rows"] as? [[String: Any]] ?? []
        let page = run(["leaderboard", "ImageNet", "--metric", "top-1 accuracy", "--db", db, "--format", "json"])
        let pageTables = try JSONSerialization.jsonObject(with: Data(page.stdout.utf8)) as? [[String: Any]] ?? []
        let pageRows = pageTables.first?["rows"] as? [[String: Any]] ?? []
        #expect(pageTables.first?["total"] as? Int == rows.count)
        #expect(pageRows.map { $0["model"] as? String } == rows.prefix(20).map { $0["model"] as? String })
        // timm's file is sorted by top-1; models with equal values may come in either order.
        func groups(_ pairs: [(String, Double)]) -> [[String]] {
            var result: [[String]] = []
            var last: Double?
            for (model, value) in pairs {
                if value == last { result[result.count - 1].append(model) } else { result.append([model]) }
                last = value
            }
            return result.map { $0.sorted() }
        }
        let ranked = rows.map { ($0["model"] as? String ?? "", $0["value"] as? Double ?? .nan) }
        // timm lists some models at several image sizes; the leaderboard keeps each model's best,
        // which in timm's sorted file is its first row.
        var seen: Set<String> = []
        let timm = try CSVReader.rows(String(contentsOfFile: csv, encoding: .utf8), path: csv).dropFirst()
            .map { ($0.fields[0], Double($0.fields[2]) ?? .nan) }
            .filter { seen.insert($0.0).inserted }
        #expect(rows.count == timm.count)
        #expect(groups(ranked) == groups(timm))
    }

    @Test("--aliases merges a stored entity into the canonical one")
    func aliasesFile() throws {
        let db = try database()
        let directory = (db as NSString).deletingLastPathComponent
        let csv = (directory as NSString).appendingPathComponent("board.csv")
        try "model,acc\nResNet-50,75.3\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let aliases = (directory as NSString).appendingPathComponent("aliases.tsv")
        try "Fancy Net 2012\tMade Up Set\tdataset\n".write(toFile: aliases, atomically: true, encoding: .utf8)
        let result = run(["ingest", "--db", db, "--map", "model=model", "--map", "value[top-1 accuracy]=acc",
                          "--dataset", "Fancy Net 2012", "--aliases", aliases, csv])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.contains("merged \"Fancy Net 2012\""))
        let store = try ClaimGraphStore.openForReading(path: db)
        let dataset = try store.reader.read { try String.fetchOne($0, sql: "SELECT d.name FROM claim c JOIN entity d ON d.id = c.dataset_id") }
        #expect(dataset == "Made Up Set")
    }
}
