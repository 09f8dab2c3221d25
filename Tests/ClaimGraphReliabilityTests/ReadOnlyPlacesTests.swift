import Foundation
import GRDB
import Testing

/// Runs a system tool (mount, chattr) and says whether it succeeded.
@discardableResult
private func system(_ tool: String, _ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}

/// Small tmpfs mounts: a full disk and a read-only folder that even root cannot write to.
/// Mounting needs root with CAP_SYS_ADMIN; elsewhere the tests that need it are skipped, saying why.
enum Mounts {
    static let permitted: Bool = {
        let probe = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("claimgraph-mount-probe-" + UUID().uuidString).path
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard system("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]) else { return false }
        return system("umount", [probe])
    }()

    static func tmpfs(at path: String, size: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard system("mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path]) else { throw ReliabilityTestError("mount -t tmpfs at \(path) failed") }
    }

    static func remount(_ path: String, readOnly: Bool) throws {
        guard system("mount", ["-o", "remount,\(readOnly ? "ro" : "rw")", path]) else { throw ReliabilityTestError("remount of \(path) failed") }
    }

    /// Detaches lazily when a connection that has not closed yet keeps the mount busy.
    static func unmount(_ path: String) {
        if !system("umount", [path]) { system("umount", ["-l", path]) }
    }
}

/// `chattr +i`: a file nobody, root included, may write; only on file systems that support it.
enum Immutable {
    static func set(_ path: String, _ on: Bool) -> Bool { system("chattr", [on ? "+i" : "-i", path]) }
}

/// A JSON Lines file of `count` papers whose abstracts are one 20 KB word: a lot of bytes to
/// store for very little extraction work.
private func bulkyPapers(_ scratch: Scratch, count: Int) throws -> String {
    let word = String(repeating: "0123456789abcdef", count: 1_250)
    let lines = (0..<count).map { jsonLine(["title": "Bulky paper \($0)", "abstract": "\(word)\($0)"]) }
    return try scratch.write("bulky.jsonl", lines.joined(separator: "\n") + "\n")
}

@Suite("full disks and read-only places", .serialized)
struct ReadOnlyPlacesTests {
    @Test("ingest onto a full disk fails saying so, and the database is as it was and takes the ingest once there is room",
          .enabled(if: Mounts.permitted, "needs `mount -t tmpfs` (root with CAP_SYS_ADMIN); not permitted here"))
    func fullDisk() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let mount = scratch.path("mnt")
        try Mounts.tmpfs(at: mount, size: "8m")
        defer { Mounts.unmount(mount) }
        let db = mount + "/db.sqlite"
        try FileManager.default.copyItem(atPath: SmallDatabase.template, toPath: db)
        let before = try snapshot(ofDatabase: db)
        let input = try bulkyPapers(scratch, count: 40)

        // Leave 96 KB: room to open the database and its WAL index, not for 800 KB of papers.
        var stats = statvfs()
        statvfs(mount, &stats)
        let free = Int(stats.f_bavail) * Int(stats.f_frsize)
        let filler = mount + "/filler"
        FileManager.default.createFile(atPath: filler, contents: Data(count: max(0, free - 96 * 1024)))

        let full = CLIRun(["ingest", input, "--db", db])
        #expect(full.code == 1)
        #expect(full.stderr.contains(db) && full.stderr.contains("disk is full"), "\(full.stderr)")

        try FileManager.default.removeItem(atPath: filler)
        #expect(try integrity(ofDatabase: db) == "ok")
        let same = try snapshot(ofDatabase: db) == before
        #expect(same, "the failed ingest left something behind")

        let again = CLIRun(["ingest", input, "--db", db])
        #expect(again.code == 0, "\(again.stderr)")
        #expect(try patientQueue(db).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM paper") } == 43)
    }

    @Test("in a read-only folder, ingest fails saying so and reads still work",
          .enabled(if: Mounts.permitted, "needs `mount -t tmpfs` (root with CAP_SYS_ADMIN); not permitted here"))
    func readOnlyFolder() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let mount = scratch.path("mnt")
        try Mounts.tmpfs(at: mount, size: "4m")
        defer { Mounts.unmount(mount) }
        let db = mount + "/db.sqlite"
        try FileManager.default.copyItem(atPath: SmallDatabase.template, toPath: db)
        try Mounts.remount(mount, readOnly: true)
        defer { try? Mounts.remount(mount, readOnly: false) }
        let before = try bytes(of: db)

        let input = try scratch.write("one.jsonl", jsonLine(["title": "One more", "abstract": "We reach 50.1 box AP on COCO."]) + "\n")
        let ingest = CLIRun(["ingest", input, "--db", db])
        #expect(ingest.code == 1)
        #expect(ingest.stderr.contains(db) && ingest.stderr.contains("cannot write"), "\(ingest.stderr)")
        let created = CLIRun(["ingest", input, "--db", mount + "/new.sqlite"])
        #expect(created.code == 1)
        #expect(created.stderr.contains("cannot write"), "\(created.stderr)")

        let stats = CLIRun(["stats", "--db", db, "--format", "json"])
        #expect(stats.code == 0, "\(stats.stderr)")
        let sql = CLIRun(["sql", "SELECT COUNT(*) AS n FROM paper", "--db", db, "--format", "csv"])
        #expect(sql.code == 0 && sql.stdout.contains("3"), "\(sql.stderr)")
        let identical = try bytes(of: db) == before
        #expect(identical)
    }

    @Test("an immutable database file (chattr +i, which binds root too) refuses ingest clearly and still answers reads")
    func immutableFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try SmallDatabase.copy(into: scratch)
        guard Immutable.set(db, true) else {
            // chattr needs CAP_LINUX_IMMUTABLE and a file system that keeps the flag (not tmpfs).
            withKnownIssue("chattr +i is not available here; the read-only folder test covers writes refused") { throw ReliabilityTestError("chattr +i failed") }
            return
        }
        defer { _ = Immutable.set(db, false) }
        let before = try bytes(of: db)
        let input = try scratch.write("one.jsonl", jsonLine(["title": "One more", "abstract": "x"]) + "\n")
        let ingest = CLIRun(["ingest", input, "--db", db])
        #expect(ingest.code == 1)
        #expect(ingest.stderr.contains(db) && ingest.stderr.contains("cannot write"), "\(ingest.stderr)")
        let stats = CLIRun(["stats", "--db", db])
        #expect(stats.code == 0, "\(stats.stderr)")
        let identical = try bytes(of: db) == before
        #expect(identical)
    }
}
