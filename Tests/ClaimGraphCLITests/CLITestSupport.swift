import ClaimGraphCLI
import Foundation
import GRDB

/// Runs the CLI in-process and keeps what it printed.
struct CLIRun {
    let code: Int32
    let stdout: String
    let stderr: String

    init(_ arguments: [String], terminal: Bool = false) {
        let captured = CapturedConsole(isTerminal: terminal)
        code = CommandRunner.run(arguments, console: captured.console)
        stdout = captured.stdout
        stderr = captured.stderr
    }

    /// The JSON output, decoded.
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
    var jsonRows: [[String: Any]] { json as? [[String: Any]] ?? [] }
}

/// A fresh folder per test, removed afterwards by the caller's `defer`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws -> String {
        let path = path(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let path = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Everything a database holds, as text, to check that a failed command changed nothing.
func contentsOf(database path: String) throws -> String {
    // A busy timeout: the command's own connections may still be checkpointing as they close.
    let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; c.busyMode = .timeout(10); return c }())
    defer { try? queue.close() }
    return try queue.read { db in
        var text = ""
        for table in ["paper", "entity", "alias", "suite_member", "mention", "claim"] {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") { text += "\(table): \(row)\n" }
        }
        return text
    }
}

/// The bundled corpus ingested once into a database file shared by read-only tests.
enum BundledCorpusDatabase {
    static let path: String = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-bundled-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("bundled.sqlite").path
        let run = CLIRun(["ingest", "--db", path])
        precondition(run.code == 0, "ingest of the bundled corpus failed: \(run.stderr)")
        return path
    }()
}
