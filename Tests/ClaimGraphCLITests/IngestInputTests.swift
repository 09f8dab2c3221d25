import Foundation
import Testing
@testable import ClaimGraphCLI

/// Ingest's argument and bad-input handling. These stop before any lexicon or database work;
/// what gets written is tested at the store level (ClaimGraphStoreTests).
@Suite("Ingest input formats and bad input")
struct IngestInputTests {
    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private func run(_ arguments: [String]) -> (code: Int32, stdout: String, stderr: String) {
        let captured = CapturedConsole()
        let code = CommandRunner.run(arguments, console: captured.console)
        return (code, captured.stdout, captured.stderr)
    }

    @Test("help names every input format and says --from is --input-format")
    func help() {
        let result = run(["ingest", "--help"])
        #expect(result.code == 0)
        for format in ["listing", "jsonl", "pwc-results", "pwc-papers", "model-index", "hf-card", "csv", "arxiv", "--from", "--input-format", "--skip-bad", "--aliases"] {
            #expect(result.stdout.contains(format), "help lacks \(format)")
        }
    }

    @Test("an unknown input format, a bad --map and --map for a non-CSV format are usage errors (64)")
    func usageErrors() {
        #expect(run(["ingest", "--from", "xml", "a.xml"]).code == 64)
        let badMap = run(["ingest", "--map", "colour=red", "a.csv"])
        #expect(badMap.code == 64)
        #expect(badMap.stderr.contains("unknown role \"colour\""))
        let wrongFormat = run(["ingest", "--input-format", "pwc-results", "--map", "model=m", "a.json"])
        #expect(wrongFormat.code == 64)
        #expect(wrongFormat.stderr.contains("apply to CSV input"))
    }

    @Test("a truncated JSON file fails with its file and line, and no database is written")
    func truncatedJSON() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("tables.json").path
        try "[\n  {\"task\": \"QA\", \"datasets\": [\n".write(toFile: file, atomically: true, encoding: .utf8)
        let database = directory.appendingPathComponent("db.sqlite").path
        let result = run(["ingest", "--db", database, file])
        #expect(result.code == 1)
        #expect(result.stderr.contains("\(file):2: the JSON array ends early (truncated file?): element 1, starting on this line, is not closed"))
        #expect(result.stderr.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test("every bad CSV row is reported with its line before anything is written")
    func badCSVRows() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("board.csv").path
        try "model,top1\na,80.1\nb\nc,79.5\nd\n".write(toFile: file, atomically: true, encoding: .utf8)
        let database = directory.appendingPathComponent("db.sqlite").path
        let result = run(["ingest", "--db", database, "--map", "model=model", "--map", "value=top1", "--dataset", "ImageNet", file])
        #expect(result.code == 1)
        #expect(result.stderr.contains("\(file):3: expected 2 fields as in the header, found 1"))
        #expect(result.stderr.contains("\(file):5: expected 2 fields as in the header, found 1"))
        #expect(result.stderr.contains("2 malformed records in 1 file"))
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test("a YAML error names the file and line; a CSV without a known header asks for --map")
    func yamlAndMapping() throws {
        let directory = try temporaryDirectory()
        let yaml = directory.appendingPathComponent("metafile.yml").path
        try "Models:\n  - Name: [unclosed\n".write(toFile: yaml, atomically: true, encoding: .utf8)
        let yamlResult = run(["ingest", "--db", directory.appendingPathComponent("db.sqlite").path, yaml])
        #expect(yamlResult.code == 1)
        #expect(yamlResult.stderr.contains("\(yaml):"))
        #expect(yamlResult.stderr.contains("YAML error"))

        let csv = directory.appendingPathComponent("other.csv").path
        try "name,score\nx,1\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let csvResult = run(["ingest", "--db", directory.appendingPathComponent("db.sqlite").path, csv])
        #expect(csvResult.code == 1)
        #expect(csvResult.stderr.contains("--map model=COLUMN"))
    }
}
