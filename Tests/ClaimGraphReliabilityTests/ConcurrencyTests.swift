import ClaimGraphCorpus
import ClaimGraphStore
import Foundation
import GRDB
import Testing

/// Several real `claimgraph` processes on one database file at once (WAL, 30 s busy timeout).
@Suite("concurrency: writers and readers in separate processes", .serialized)
struct ConcurrencyTests {
    /// `count` papers from the bundled corpus starting at `offset`, titles tagged so files never overlap.
    private func papers(_ scratch: Scratch, _ name: String, offset: Int, count: Int) throws -> String {
        let bundled = try PaperSource.readBundledCorpus()
        let lines = bundled[offset..<(offset + count)].map { jsonLine(["title": "\($0.title) (\(name))", "abstract": $0.abstract]) }
        return try scratch.write("\(name).jsonl", lines.joined(separator: "\n") + "\n")
    }

    @Test("stores opening the same new file at once all migrate it, none fails on CREATE TABLE")
    func concurrentMigrationsOfAFreshFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let failures = Failures()
        for round in 0..<12 {
            let path = scratch.path("fresh\(round).sqlite")
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do {
                    _ = try ClaimGraphStore.openForWriting(path: path)
                } catch {
                    failures.add("round \(round): \(error)")
                }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
    }

    @Test("three ingests creating the same new file at once all succeed")
    func ingestsOnAFreshFile() throws {
        guard let binary = Binary.path else {
            Issue.record(Comment(rawValue: Binary.missingMessage))
            return
        }
        let scratch = try Scratch()
        defer { scratch.remove() }
        for round in 0..<2 {
            let db = scratch.path("fresh\(round).sqlite")
            let inputs = try (0..<3).map { try papers(scratch, "r\(round)w\($0)", offset: $0 * 3, count: 3) }
            let writers = try inputs.enumerated().map { index, input in
                try ChildProcess(["ingest", input, "--db", db], binary: binary, logs: scratch, name: "round\(round)writer\(index)")
            }
            for writer in writers {
                let (status, _) = writer.wait()
                #expect(status == 0, "round \(round): \(writer.stderr)")
            }
            #expect(try integrity(ofDatabase: db) == "ok")
            #expect(try patientQueue(db).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM paper") } == 9)
        }
    }

    @Test("two ingests and a stream of readers at once all exit 0, and readers only ever see whole files")
    func writersAndReaders() throws {
        guard let binary = Binary.path else {
            Issue.record(Comment(rawValue: Binary.missingMessage))
            return
        }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try SmallDatabase.copy(into: scratch)
        let first = try papers(scratch, "first", offset: 10, count: 15)
        let second = try papers(scratch, "second", offset: 25, count: 15)
        let writers = [
            try ChildProcess(["ingest", first, "--db", db], binary: binary, logs: scratch, name: "writer0"),
            try ChildProcess(["ingest", second, "--db", db], binary: binary, logs: scratch, name: "writer1"),
        ]
        var readers: [ChildProcess] = []
        var round = 0
        while writers.contains(where: { $0.process.isRunning }) || round < 2 {
            readers.append(try ChildProcess(["stats", "--db", db, "--format", "json"], binary: binary, logs: scratch, name: "stats\(round)"))
            readers.append(try ChildProcess(["papers", "--dataset", "COCO", "--db", db, "--format", "json"], binary: binary, logs: scratch, name: "papers\(round)"))
            readers.append(try ChildProcess(["search", "transformer", "--db", db, "--format", "json"], binary: binary, logs: scratch, name: "search\(round)"))
            for reader in readers.suffix(3) { _ = reader.wait() }
            round += 1
        }
        for writer in writers {
            let (status, _) = writer.wait()
            #expect(status == 0, "writer: \(writer.stderr)")
        }
        var seenCounts = Set<Int>()
        for reader in readers {
            let (status, _) = reader.wait()
            #expect(status == 0, "\(reader.process.arguments ?? []): \(reader.stderr)")
            #expect(!reader.stderr.contains("locked"), "\(reader.stderr)")
            if reader.process.arguments?.first == "stats",
               let rows = try? JSONSerialization.jsonObject(with: Data(reader.stdout.utf8)) as? [[String: Any]],
               let papers = rows.first(where: { $0["what"] as? String == "papers" })?["count"] as? Int {
                seenCounts.insert(papers)
            }
        }
        // Each file is one transaction: a reader sees 3 papers, 3 + 15 or 3 + 30, never in between.
        #expect(seenCounts.isSubset(of: [3, 18, 33]), "readers saw paper counts \(seenCounts.sorted())")
        #expect(try integrity(ofDatabase: db) == "ok")
        #expect(try patientQueue(db).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM paper") } == 33)
    }
}

/// Errors collected from concurrent work.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
