import Foundation

/// Problems opening or writing the database, with messages a user can act on.
/// GRDB's own `DatabaseError`s pass through unchanged.
public enum StoreError: Error, LocalizedError, Equatable {
    case notADatabase(path: String)
    case newerSchema(path: String, unknownMigrations: [String])
    case databaseMissing(path: String)
    case readOnlyLocation(path: String)
    case unknownEntity(kind: String, name: String, suggestions: [String])

    public var errorDescription: String? {
        switch self {
        case .notADatabase(let path):
            return "\(path): not a ClaimGraph database (not an SQLite file); name another file with --db"
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
