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
