import ClaimGraphCLI
import ClaimGraphCorpus
import Foundation
import GRDB

/// Runs the CLI in-process and keeps what it printed.
struct CLIRun {
    let code: Int32
    let stdout: String
    let stderr: String

    init(_ arguments: [String]) {
        let captured = CapturedConsole(isTerminal: false)
        code = CommandRunner.run(arguments, console: captured.console)
        stdout = captured.stdout
        stderr = captured.stderr
    }
}

/// A fresh folder per test; the caller removes it with `defer`.
struct Scratch {
    let url: URL

    init() throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("claimgraph-reliability-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let path = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A JSON Lines line for a paper, with JSON escaping done by Foundation.
func jsonLine(_ fields: [String: Any]) -> String {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}

/// The bundled corpus as JSON Lines, `copies` times over, each copy's titles made distinct so every
/// line is a paper of its own: the same extraction work per copy, deterministic from the seed corpus.
func generatedCorpus(copies: Int) throws -> String {
    let papers = try PaperSource.readBundledCorpus()
    var lines: [String] = []
    for copy in 0..<copies {
        for paper in papers {
            lines.append(jsonLine(["title": "\(paper.title) (variant \(copy))", "abstract": paper.abstract]))
        }
    }
    return lines.joined(separator: "\n") + "\n"
}

/// Everything a database holds, as text: schema, user_version and every row of every table, in
/// rowid order. Two snapshots are equal when a command changed nothing a reader could see.
func snapshot(ofDatabase path: String) throws -> String {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(10)
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    return try queue.read { db in
        var text = "user_version: \(try Int.fetchOne(db, sql: "PRAGMA user_version") ?? -1)\n"
        let tables = try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        for table in tables { text += "schema: \(table)\n" }
        let names = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name
            """)
        for name in names {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(name.quotedDatabaseIdentifier)") { text += "\(name): \(row)\n" }
        }
        return text
    }
}

/// The bytes of a file, for "byte-identical afterwards" checks.
func bytes(of path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

/// `PRAGMA integrity_check` and `foreign_key_check`, as one answer: "ok" or the problems found.
func integrity(ofDatabase path: String) throws -> String {
    let queue = try patientQueue(path)
    defer { try? queue.close() }
    return try queue.read { db in
        let check = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
        let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        return keys.isEmpty ? check : check + "; foreign key problems: \(keys)"
    }
}

/// The built `claimgraph` binary: beside the test bundle in .build/<triple>/debug, since
/// `swift build --build-tests` builds every product. CLAIMGRAPH_BINARY overrides.
enum Binary {
    static let path: String? = {
        if let path = ProcessInfo.processInfo.environment["CLAIMGRAPH_BINARY"] { return path }
        var candidates: [URL] = []
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(argument0.deletingLastPathComponent())
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for directory in candidates {
            var current = directory
            // The bundle may be a directory (XCTest on macOS); climb a few levels to .build/debug.
            for _ in 0..<4 {
                let candidate = current.appendingPathComponent("claimgraph").path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate) {
                    return candidate
                }
                current = current.deletingLastPathComponent()
            }
        }
        return nil
    }()

    static var missingMessage: String {
        "the claimgraph binary was not found beside the test bundle (\(CommandLine.arguments[0])); build it with `swift build --build-tests` or set CLAIMGRAPH_BINARY"
    }
}

/// A `claimgraph` child process whose output goes to files, so it can never block on a full pipe.
final class ChildProcess {
    let process = Process()
    let stdoutPath: String
    let stderrPath: String

    init(_ arguments: [String], binary: String, logs directory: Scratch, name: String) throws {
        stdoutPath = directory.path("\(name).stdout")
        stderrPath = directory.path("\(name).stderr")
        FileManager.default.createFile(atPath: stdoutPath, contents: nil)
        FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        try process.run()
    }

    var pid: pid_t { process.processIdentifier }

    /// Waits for the exit and returns (status, how it ended).
    func wait() -> (status: Int32, reason: Process.TerminationReason) {
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason)
    }

    var stdout: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }
}

/// Runs the binary to the end and returns its exit status and stderr.
func runBinary(_ arguments: [String], in scratch: Scratch, name: String) throws -> (status: Int32, stdout: String, stderr: String) {
    guard let binary = Binary.path else { throw ReliabilityTestError(Binary.missingMessage) }
    let child = try ChildProcess(arguments, binary: binary, logs: scratch, name: name)
    let (status, _) = child.wait()
    return (status, child.stdout, child.stderr)
}

struct ReliabilityTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A small seeded generator (SplitMix64), so "random" moments and bytes repeat from run to run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// Three papers with claims, ingested once through the CLI; tests work on copies of the file.
enum SmallDatabase {
    static let papers = [
        jsonLine(["title": "Swin Transformer on COCO", "abstract": "Swin-L reaches 58.7 box AP on COCO test-dev and 87.3% top-1 accuracy on ImageNet-1K.", "arxiv_id": "2103.14030"]),
        jsonLine(["title": "A BERT paper", "abstract": "BERT obtains 86.7% accuracy on MNLI and 80.5 on GLUE."]),
        jsonLine(["title": "O'Brien's \"quoted\" title; DROP TABLE paper; --", "abstract": "Nothing measured, 50% of the time."]),
    ].joined(separator: "\n") + "\n"

    /// The template file, written once per test process, checkpointed so it is one file.
    static let template: String = {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("claimgraph-reliability-template-" + UUID().uuidString)
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let input = directory.appendingPathComponent("small.jsonl").path
        try! papers.write(toFile: input, atomically: true, encoding: .utf8)
        let path = directory.appendingPathComponent("small.sqlite").path
        let run = CLIRun(["ingest", input, "--db", path])
        precondition(run.code == 0, "ingest of the small corpus failed: \(run.stderr)")
        checkpoint(path)
        return path
    }()

    static let snapshotText: String = try! snapshot(ofDatabase: template)

    /// A private copy of the template in `scratch`, named `name`.
    static func copy(into scratch: Scratch, as name: String = "db.sqlite") throws -> String {
        let path = scratch.path(name)
        try FileManager.default.copyItem(atPath: template, toPath: path)
        return path
    }
}

/// Moves everything in the write-ahead log into the database file, so the file alone is the database.
func checkpoint(_ path: String) {
    guard let queue = try? patientQueue(path) else { return }
    _ = try? queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    try? queue.close()
}

/// A connection that waits for another's lock (a closing pool checkpoints) instead of failing.
func patientQueue(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    return try DatabaseQueue(path: path, configuration: configuration)
}
