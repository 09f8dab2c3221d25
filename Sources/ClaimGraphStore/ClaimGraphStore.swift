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
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        let writer: DatabasePool
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
        let store = ClaimGraphStore(path: path, writer: writer, isReadOnly: false)
        try store.migrate()
        return store
    }

    /// Opens an existing database that has been migrated to this version's schema, read-only.
    public static func openForReading(path: String) throws -> ClaimGraphStore {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw StoreError.databaseMissing(path: path)
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let migrator = try Migrations.migrator()
                try checkNotSuperseded(migrator, db, path: path)
                guard try migrator.hasCompletedMigrations(db) else { throw StoreError.databaseMissing(path: path) }
            }
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
        return ClaimGraphStore(path: path, writer: queue, isReadOnly: true)
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
            try writer.read { db in try Self.checkNotSuperseded(migrator, db, path: path) }
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

    /// Turns SQLite's codes for "this is not a database" and "cannot write here" into messages
    /// that name the file.
    static func translate(_ error: DatabaseError, path: String) -> Error {
        switch error.resultCode {
        case .SQLITE_NOTADB: return StoreError.notADatabase(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return StoreError.readOnlyLocation(path: path)
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
