import ClaimGraphCorpus
import Foundation
import GRDB
import Testing

/// `kill -9` in the middle of a real `claimgraph ingest` child process.
@Suite("crash safety: kill -9 during ingest", .serialized)
struct CrashSafetyTests {
    /// Overridable so a failure seen once can be replayed: CLAIMGRAPH_CRASH_SEED=n swift test.
    static let seed = UInt64(ProcessInfo.processInfo.environment["CLAIMGRAPH_CRASH_SEED"] ?? "") ?? 20_261_129

    @Test("kill -9 mid-ingest leaves an intact file of whole papers; ingesting again completes it with no duplicates")
    func killDuringIngest() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // Four files of papers from the bundled corpus, titles varied so each line is a new paper:
        // ingest commits each file in its own transaction, so a kill can land between commits.
        let bundled = try PaperSource.readBundledCorpus()
        var files: [String] = []
        for file in 0..<4 {
            let lines = bundled[(file * 12)..<(file * 12 + 12)].map { paper in
                jsonLine(["title": "\(paper.title) (crash copy \(file))", "abstract": paper.abstract])
            }
            files.append(try scratch.write("part\(file).jsonl", lines.joined(separator: "\n") + "\n"))
        }
        try killAndResume(["ingest"] + files, scratch: scratch)
    }

    @Test("kill -9 mid-way through a streamed dump ingested in batches leaves whole papers; ingesting again completes it")
    func killDuringBatchedIngest() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // One arXiv metadata dump, streamed and committed every 6 papers.
        let bundled = try PaperSource.readBundledCorpus()
        let lines = bundled.prefix(48).enumerated().map { index, paper in
            jsonLine(["id": String(format: "2401.%05d", index), "title": paper.title, "abstract": paper.abstract, "categories": "cs.LG"])
        }
        let dump = try scratch.write("arxiv-metadata.jsonl", lines.joined(separator: "\n") + "\n")
        try killAndResume(["ingest", "--input-format", "arxiv", "--batch-size", "6", dump], scratch: scratch)
    }

    /// Runs `arguments` once cleanly (the reference), killed at seeded moments until two kills
    /// landed before the ingest finished (at most six tries: a run on a loaded machine can be
    /// quicker than the reference), then to the end, checking after each kill that the file is
    /// sound and holds only whole papers, and at the end that it equals the reference.
    private func killAndResume(_ arguments: [String], scratch: Scratch) throws {
        guard let binary = Binary.path else {
            Issue.record(Comment(rawValue: Binary.missingMessage))
            return
        }
        // The reference: the same ingest, never interrupted. Its duration sets the kill window.
        let reference = scratch.path("reference.sqlite")
        let started = Date()
        let clean = try runBinary(arguments + ["--db", reference], in: scratch, name: "reference")
        let duration = Date().timeIntervalSince(started)
        #expect(clean.status == 0, "\(clean.stderr)")
        let expected = try perPaper(reference)
        #expect(expected.count == 48)

        var generator = SeededGenerator(seed: Self.seed)
        let db = scratch.path("crashed.sqlite")
        var killsThatLanded = 0
        var attempt = 0
        while killsThatLanded < 2, attempt < 6 {
            defer { attempt += 1 }
            let child = try ChildProcess(arguments + ["--db", db], binary: binary, logs: scratch, name: "killed\(attempt)")
            // Wait for the database file, then a seeded moment within the clean run's duration.
            let deadline = Date().addingTimeInterval(60)
            while !FileManager.default.fileExists(atPath: db), child.process.isRunning, Date() < deadline { usleep(2_000) }
            usleep(UInt32(Double.random(in: 0.02...0.7, using: &generator) * duration * 1_000_000))
            kill(child.pid, SIGKILL)
            let (_, reason) = child.wait()
            if reason == .uncaughtSignal { killsThatLanded += 1 }

            #expect(try integrity(ofDatabase: db) == "ok", "seed \(Self.seed), kill \(attempt)")
            let found = try perPaper(db)
            for (paper, counts) in found {
                #expect(expected[paper] == counts, "seed \(Self.seed): \(paper) holds \(counts), a clean ingest \(String(describing: expected[paper]))")
            }
        }
        #expect(killsThatLanded > 0, "seed \(Self.seed): every kill came after ingest had finished; the test proved nothing")

        let resumed = try runBinary(arguments + ["--db", db], in: scratch, name: "resumed")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try integrity(ofDatabase: db) == "ok")
        #expect(try perPaper(db) == expected, "seed \(Self.seed): the resumed database differs from a clean ingest")
        #expect(try entities(db) == entities(reference))
        #expect(try claims(db) == claims(reference), "duplicate or missing claims after resuming")
    }

    /// For each paper: how many mentions and claims it has.
    private func perPaper(_ path: String) throws -> [String: [Int]] {
        let queue = try patientQueue(path)
        defer { try? queue.close() }
        return try queue.read { db in
            var result: [String: [Int]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT p.id,
                    (SELECT COUNT(*) FROM mention m WHERE m.paper_id = p.id) AS mentions,
                    (SELECT COUNT(*) FROM claim c WHERE c.paper_id = p.id) AS claims
                FROM paper p
                """) {
                result[row["id"]] = [row["mentions"], row["claims"]]
            }
            return result
        }
    }

    private func entities(_ path: String) throws -> [String] {
        try patientQueue(path).read { try String.fetchAll($0, sql: "SELECT kind || ':' || name FROM entity ORDER BY 1") }
    }

    private func claims(_ path: String) throws -> [String] {
        try patientQueue(path).read { try String.fetchAll($0, sql: "SELECT fingerprint || '=' || value FROM claim ORDER BY 1") }
    }
}
