import ClaimGraphStore
import Foundation
import Testing
@testable import ClaimGraphCLI

@Suite("Streaming ingest")
struct IngestStreamingTests {
    static func line(_ index: Int) -> String {
        "{\"arxiv_id\": \"2101.\(String(format: "%05d", index))\", \"title\": \"Paper \(index)\", \"abstract\": \"We reach 80.\(index % 10)% accuracy on ImageNet.\"}\n"
    }

    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a JSON Lines file streamed in batches is ingested whole")
    func batches() throws {
        let directory = try Self.directory()
        let file = directory.appendingPathComponent("papers.jsonl").path
        let db = directory.appendingPathComponent("db.sqlite").path
        try (0..<120).map(Self.line).joined().write(toFile: file, atomically: true, encoding: .utf8)
        let captured = CapturedConsole()
        #expect(CommandRunner.run(["ingest", file, "--db", db, "--batch-size", "25", "--format", "json"], console: captured.console) == 0)
        let papers = try ClaimGraphStore.openForReading(path: db).reader.read { try Statistics.read($0).papers }
        #expect(papers == 120)
    }

    @Test("a bad line after several batches' worth of papers writes nothing of the file")
    func badLineWritesNothing() throws {
        let directory = try Self.directory()
        let file = directory.appendingPathComponent("papers.jsonl").path
        let db = directory.appendingPathComponent("db.sqlite").path
        try ((0..<120).map(Self.line).joined() + "{\"title\": \"broken\"\n").write(toFile: file, atomically: true, encoding: .utf8)
        let captured = CapturedConsole()
        #expect(CommandRunner.run(["ingest", file, "--db", db, "--batch-size", "25"], console: captured.console) == 1)
        #expect(captured.stderr.contains("papers.jsonl:121:"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
