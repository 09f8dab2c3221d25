import ArgumentParser
import ClaimGraphBench
import ClaimGraphCorpus
import ClaimGraphExtraction
import ClaimGraphStore
import Foundation
import GRDB

/// `claimgraph bench`: the pieces scripts/bench.sh times.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Generate benchmark corpora and time extraction, raw inserts and queries.",
        discussion: """
            scripts/bench.sh runs these in order and writes the results table. Example:
              claimgraph bench generate --papers 10000 --seed 1 -o papers.jsonl
              claimgraph bench queries --db bench.sqlite --runs 200
            """,
        subcommands: [
            BenchGenerateCommand.self, BenchExtractCommand.self, BenchFloorCommand.self,
            BenchQueriesCommand.self,
        ])
}

/// Writes to a file, or to stdout when none is named, in large pieces.
private final class OutputSink {
    private let handle: FileHandle
    private var buffer = Data()

    init(path: String?) throws {
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let handle = FileHandle(forWritingAtPath: path)
            else { throw ValidationError("cannot write \(path)") }
            self.handle = handle
        } else {
            handle = FileHandle.standardOutput
        }
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Prints one JSON object, keys sorted, as the script reads it.
private func emitJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    Console.current.out(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
}

private func seconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// `claimgraph bench generate`
struct BenchGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic corpus of papers as JSON Lines (and result tables).",
        discussion: """
            Abstracts recombine the bundled corpus's sentences with gazetteer names and varied
            numbers. The same seed (and lexicon) gives the same bytes. Example:
              claimgraph bench generate --papers 100000 --seed 7 -o papers.jsonl --results 20000 --results-output results.json
            """)

    @Option(name: .long, help: "How many papers.")
    var papers: Int

    @Option(name: .long, help: "The seed: same seed, same corpus.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: "The JSON Lines file to write (default stdout).")
    var output: String?

    @Option(name: .long, help: "Also write this many result records (Papers with Code evaluation-tables JSON).")
    var results: Int?

    @Option(name: .long, help: "Where the result records go (required with --results).")
    var resultsOutput: String?

    func validate() throws {
        guard papers > 0 else { throw ValidationError("--papers must be at least 1") }
        if results != nil, resultsOutput == nil { throw ValidationError("--results needs --results-output FILE") }
        if let results, results < 1 { throw ValidationError("--results must be at least 1") }
    }

    func run() throws {
        let corpus = SyntheticCorpus(seed: seed, vocabulary: try .bundled())
        let sink = try OutputSink(path: output)
        try corpus.writeJSONLines(0..<papers, to: sink.write)
        try sink.flush()
        if let results, let resultsOutput {
            let resultSink = try OutputSink(path: resultsOutput)
            try SyntheticResults(corpus: corpus).writeJSON(records: results, papers: papers, to: resultSink.write)
            try resultSink.flush()
        }
    }
}

/// `claimgraph bench extract`
struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Time the extractor alone, on one core, over papers read beforehand.",
        discussion: "Example:\n  claimgraph bench extract papers.jsonl --papers 5000")

    @Argument(help: "A JSON Lines file of papers.")
    var file: String

    @Option(name: .long, help: "Use at most this many papers.")
    var papers: Int?

    struct Result: Codable {
        var papers: Int
        var bytes: Int
        var seconds: Double
        var papersPerSecond: Double
        var megabytesPerSecond: Double
        var claims: Int
    }

    func run() throws {
        let stream = try PaperStream(path: file, format: .jsonl)
        var records: [PaperRecord] = []
        while records.count < (papers ?? .max), let paper = try stream.nextPaper(skipping: { throw $0 }) { records.append(paper) }
        let bytes = records.reduce(0) { $0 + $1.title.utf8.count + $1.abstract.utf8.count }
        let extractor = Extractor()
        _ = extractor.extract(title: records[0].title, abstract: records[0].abstract)  // loads the lexicon
        var claims = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for record in records { claims += extractor.extract(title: record.title, abstract: record.abstract).claims.count }
        let elapsed = seconds(since: start)
        try emitJSON(Result(
            papers: records.count, bytes: bytes, seconds: elapsed, papersPerSecond: Double(records.count) / elapsed,
            megabytesPerSecond: Double(bytes) / 1e6 / elapsed, claims: claims))
    }
}

/// `claimgraph bench floor`
struct BenchFloorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floor",
        abstract: "Insert papers' rows straight into `paper` (one prepared statement, one transaction): ingest's floor.",
        discussion: "Example:\n  claimgraph bench floor papers.jsonl --db floor.sqlite")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A JSON Lines file of papers.")
    var file: String

    struct Result: Codable {
        var papers: Int
        var seconds: Double
    }

    func run() throws {
        let start = DispatchTime.now().uptimeNanoseconds
        let store = try ClaimGraphStore.openForWriting(path: global.databasePath)
        let count = try RawFloor.insert(jsonLines: file, into: store)
        try emitJSON(Result(papers: count, seconds: seconds(since: start)))
    }
}

/// `claimgraph bench queries`
struct BenchQueriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queries",
        abstract: "Time the benchmarked questions in-process: p50 and p99 over --runs runs each.",
        discussion: """
            Prints one JSON object with the choices made and, per question, the timings and the
            SQL statements one run sends (for timing the sqlite3 shell on the same SQL). Example:
              claimgraph bench queries --db bench.sqlite --runs 200
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Timed runs per question.")
    var runs = 100

    @Option(name: .long, help: "Stop timing a question after this many seconds (at least one run).")
    var budget: Double = 30

    @Option(name: .long, help: "Write each question's SQL to DIR/NAME.sql.")
    var sqlDirectory: String?

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
    }

    struct Result: Codable {
        var choices: QueryBenchmark.Choices
        var timings: [QueryBenchmark.Timing]
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: global.databasePath) else {
            throw StoreError.databaseMissing(path: global.databasePath)
        }
        var benchmark = QueryBenchmark(path: global.databasePath, runs: runs)
        benchmark.budgetSeconds = budget
        let (choices, timings) = try benchmark.run()
        if let sqlDirectory {
            try FileManager.default.createDirectory(atPath: sqlDirectory, withIntermediateDirectories: true)
            for timing in timings {
                let script = timing.statements.map { $0.hasSuffix(";") ? $0 : $0 + ";" }.joined(separator: "\n") + "\n"
                try script.write(toFile: sqlDirectory + "/" + timing.name + ".sql", atomically: true, encoding: .utf8)
            }
        }
        try emitJSON(Result(choices: choices, timings: timings))
    }
}
