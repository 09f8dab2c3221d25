import Foundation

/// The SQL shipped with ClaimGraph: schema migrations (Schema/) and named queries (Queries/).
public enum SQLFiles {
    public struct File: Sendable, Equatable {
        /// The file name without `.sql`, e.g. `0001_initial` or `papers-on-dataset`.
        public var name: String
        public var sql: String
    }

    /// Schema migrations in the order they apply (their `NNNN_` prefixes sort them).
    public static func migrations() throws -> [File] {
        try schemaFiles.get()
    }

    /// Named, parameterised queries, sorted by name.
    public static func queries() throws -> [File] {
        try queryFiles.get()
    }

    // Read once: every open of a database needs the migrations, and Foundation's bundle lookups
    // on Linux are not safe to run from several threads at once.
    private static let schemaFiles = Result { try files(in: "Schema") }
    private static let queryFiles = Result { try files(in: "Queries") }

    static func files(in folder: String) throws -> [File] {
        guard let directory = Bundle.module.url(forResource: folder, withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: folder])
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
        return try names.map { name in
            File(
                name: String(name.dropLast(4)),
                sql: try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
        }
    }
}
