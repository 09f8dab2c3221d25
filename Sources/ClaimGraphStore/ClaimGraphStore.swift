import ClaimGraphSQLFiles
import Foundation
import GRDB

/// A ClaimGraph database file: opened for writing (migrated on open) or for reading only.
public final class ClaimGraphStore: Sendable {
    public let path: String
    /// Every read and write goes through this; read-only stores refuse writes at the SQLite level.
    public let writer: any DatabaseWriter
    public let isReadOnly: Bool

    private init(path: String, writer: any DatabaseWriter, isReadOnly: Bool) {
        self.path = path
        self.writer = writer
        self.isReadOnly = isReadOnly
    }

    public var reader: any DatabaseReader { writer }

    /// Opens (creating if needed) and migrates the database for writing, in WAL mode with a busy
    /// timeout so several processes can share it.
    public static func openForWriting(path: String) throws -> ClaimGraphStore {
        try checkLocation(path)
        // When several processes create the same new file at once, one can see the schema half
        // made: GRDB reads which migrations are applied before it takes the write lock, so the
        // slower process runs a migration the faster has just committed and fails on CREATE TABLE
        // ("no such table: grdb_migrations" is another face of it). Starting over finds it done.
        // Switching a new file to WAL needs it to itself, and SQLite does not wait for that with
        // the busy timeout: the process that loses the race gets SQLITE_BUSY, and tries again.
        var attempt = 1
        while true {
            do {
                return try openAndMigrate(path: path)
            } catch let error as DatabaseError where (error.resultCode == .SQLITE_ERROR || error.resultCode == .SQLITE_BUSY) && attempt < 5 {
                attempt += 1
                usleep(UInt32.random(in: 10_000...50_000))
            }
        }
    }

    private static func openAndMigrate(path: String) throws -> ClaimGraphStore {
        // Opening a pool switches the file to WAL, a write: look at an existing file read-only first.
        try inspectReadOnly(path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        let writer: DatabasePool
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw error  // another process is switching the file to WAL: openForWriting retries
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
        let store = ClaimGraphStore(path: path, writer: writer, isReadOnly: false)
        try store.migrate()
        return store
    }

    /// Opens an existing database that has been migrated to this version's schema, read-only.
    public static func openForReading(path: String) throws -> ClaimGraphStore {
        try checkLocation(path)
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.databaseMissing(path: path) }
        let queue: DatabaseQueue
        do {
            queue = try openChecked(path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN && inReadOnlyFolder(path) {
            // A WAL file can only be read where its -shm index can be created, unless SQLite is told
            // the file is immutable, which is safe here: no one can write in a read-only folder.
            do {
                queue = try openChecked(URL(fileURLWithPath: path).absoluteString + "?immutable=1", naming: path)
            } catch let error as DatabaseError {
                throw translate(error, path: path)
            }
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
        return ClaimGraphStore(path: path, writer: queue, isReadOnly: true)
    }

    /// The page cache of a reading connection, in KiB: 16 MB rather than SQLite's 2 MB, so a
    /// hub's index pages stay in the cache across the statements of one question and between
    /// questions asked on one connection (at 600,000 papers the benchmarked questions' shell
    /// times fell by a tenth with it). `scripts/bench-shell.py` gives the sqlite3 shell the same.
    public static let readerCacheKibibytes = 16_384

    /// A read-only queue on a file checked to be a complete ClaimGraph database of this version.
    private static func openChecked(_ location: String, naming path: String? = nil) throws -> DatabaseQueue {
        let path = path ?? location
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(readerCacheKibibytes)") }
        let queue = try DatabaseQueue(path: location, configuration: configuration)
        try queue.read { db in
            let migrator = try Migrations.migrator()
            try checkNotSuperseded(migrator, db, path: path)
            try checkNotForeign(db, path: path)
            guard try migrator.hasCompletedMigrations(db) else { throw StoreError.databaseMissing(path: path) }
        }
        return queue
    }

    private static func inReadOnlyFolder(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(folder.isEmpty ? "." : folder, W_OK) != 0 && !FileManager.default.fileExists(atPath: path + "-wal")
    }

    /// Refuses, without writing a byte, an existing file that is not SQLite, is someone else's
    /// database, or was written by a newer ClaimGraph.
    private static func inspectReadOnly(_ path: String) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            try queue.read { db in
                try checkNotSuperseded(try Migrations.migrator(), db, path: path)
                try checkNotForeign(db, path: path)
            }
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    /// An in-memory database, migrated; for tests and benchmarks.
    public static func inMemory() throws -> ClaimGraphStore {
        let store = ClaimGraphStore(path: ":memory:", writer: try DatabaseQueue(), isReadOnly: false)
        try store.migrate()
        return store
    }

    private func migrate() throws {
        let migrator = try Migrations.migrator()
        do {
            try writer.read { db in
                try Self.checkNotSuperseded(migrator, db, path: path)
                try Self.checkNotForeign(db, path: path)
            }
            try migrator.migrate(writer)
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
    }

    private static func checkNotSuperseded(_ migrator: DatabaseMigrator, _ db: Database, path: String) throws {
        guard try migrator.hasBeenSuperseded(db) else { return }
        let known = Set(migrator.migrations)
        let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
        throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
    }

    /// Refuses a directory, or a file in a folder that does not exist, before SQLite reports
    /// either as "unable to open".
    private static func checkLocation(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw StoreError.isADirectory(path: path) }
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw StoreError.folderMissing(path: path)
        }
    }

    /// Someone else's SQLite file (tables, but no migrations table) is never migrated into.
    private static func checkNotForeign(_ db: Database, path: String) throws {
        guard try !db.tableExists("grdb_migrations") else { return }
        if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0 > 0 {
            throw StoreError.foreignDatabase(path: path)
        }
    }

    /// Turns SQLite's codes for "this is not a database", "cannot write here", "damaged" and
    /// "disk full" into messages that name the file.
    static func translate(_ error: DatabaseError, path: String) -> Error {
        switch error.resultCode {
        case .SQLITE_NOTADB: return StoreError.notADatabase(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return StoreError.readOnlyLocation(path: path)
        case .SQLITE_CORRUPT: return StoreError.damaged(path: path, detail: error.message ?? "malformed")
        case .SQLITE_FULL: return StoreError.diskFull(path: path)
        default: return error
        }
    }
}

/// The schema's migrations, one per `Schema/NNNN_name.sql` file, each in its own transaction.
public enum Migrations {
    public static func migrator() throws -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for file in try SQLFiles.migrations() {
            let sql = file.sql
            migrator.registerMigration(file.name) { db in try db.execute(sql: sql) }
        }
        return migrator
    }
}
