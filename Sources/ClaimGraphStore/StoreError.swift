import Foundation

/// Problems opening or writing the database, with messages a user can act on.
/// GRDB's own `DatabaseError`s pass through unchanged.
public enum StoreError: Error, LocalizedError, Equatable {
    case notADatabase(path: String)
    /// An SQLite file with tables of its own but no ClaimGraph schema: never migrated into.
    case foreignDatabase(path: String)
    case damaged(path: String, detail: String)
    case isADirectory(path: String)
    case folderMissing(path: String)
    case diskFull(path: String)
    case newerSchema(path: String, unknownMigrations: [String])
    case databaseMissing(path: String)
    case readOnlyLocation(path: String)
    case unknownEntity(kind: String, name: String, suggestions: [String])

    public var errorDescription: String? {
        switch self {
        case .notADatabase(let path):
            return "\(path): not a ClaimGraph database (not an SQLite file); name another file with --db"
        case .foreignDatabase(let path):
            return "\(path): not a ClaimGraph database (an SQLite file with other tables in it); name another file with --db"
        case .damaged(let path, let detail):
            return "\(path): the database file is damaged (\(detail)); restore it from a copy or ingest again into a new file"
        case .isADirectory(let path):
            return "\(path): is a directory, not a database file; name a file with --db"
        case .folderMissing(let path):
            return "\(path): the folder for the database does not exist; create it or name another file with --db"
        case .diskFull(let path):
            return "\(path): the disk is full; nothing from the failed write was kept, free some space and run the command again"
        case .newerSchema(let path, let unknown):
            return "\(path): written by a newer ClaimGraph (unknown migrations: \(unknown.joined(separator: ", "))); upgrade claimgraph to read it"
        case .databaseMissing(let path):
            return "\(path): no database here yet; run `claimgraph ingest` first, or name one with --db"
        case .readOnlyLocation(let path):
            return "\(path): cannot write the database here (read-only file or folder)"
        case .unknownEntity(let kind, let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
            return "no \(kind) named \"\(name)\"\(hint)"
        }
    }
}
