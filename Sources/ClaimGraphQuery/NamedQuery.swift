import ClaimGraphSQLFiles
import Foundation
import GRDB

/// Problems running named or ad-hoc SQL.
public enum QueryError: Error, LocalizedError, Equatable {
    case unknownQuery(name: String, suggestions: [String])
    case missingParameter(query: String, parameter: String)
    case unknownParameter(query: String, parameter: String, known: [String])
    case badParameter(String)
    case notReadOnly(String)
    case multipleStatements
    case emptyStatement
    case sqlError(String)

    public var errorDescription: String? {
        switch self {
        case .unknownQuery(let name, let suggestions):
            let hint = suggestions.isEmpty ? "; `claimgraph query --list` shows them" : "; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
            return "no named query \"\(name)\"\(hint)"
        case .missingParameter(let query, let parameter):
            return "query \(query) needs --param \(parameter)=VALUE"
        case .unknownParameter(let query, let parameter, let known):
            return "query \(query) has no parameter \"\(parameter)\" (it takes: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
        case .badParameter(let text):
            return "--param takes key=value, got \"\(text)\""
        case .notReadOnly(let sql):
            return "refused: only read-only SQL runs here (\(sql.prefix(60)))"
        case .multipleStatements:
            return "refused: one statement at a time"
        case .emptyStatement:
            return "no SQL statement given"
        case .sqlError(let message):
            return message
        }
    }
}

/// A parameterised `.sql` file from Queries/: one read-only statement with `-- title:` and
/// `-- description:` headers and `:named` parameters.
public struct NamedQuery: Sendable, Equatable {
    public var name: String
    public var title: String
    public var description: String
    public var parameters: [String]
    /// Defaults given as `-- default: name=value` header lines.
    public var defaults: [String: String]
    public var sql: String

    public static func all() throws -> [NamedQuery] {
        try SQLFiles.queries().map { NamedQuery(name: $0.name, sql: $0.sql) }
    }

    public static func named(_ name: String) throws -> NamedQuery {
        let queries = try all()
        if let query = queries.first(where: { $0.name == name }) { return query }
        let suggestions = queries.map(\.name)
            .map { ($0, EditDistance.between($0, name)) }
            .filter { $0.1 <= max(3, name.count / 2) || $0.0.contains(name) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(3).map(\.0)
        throw QueryError.unknownQuery(name: name, suggestions: Array(suggestions))
    }

    init(name: String, sql: String) {
        self.name = name
        self.sql = sql
        var title = name
        var description = ""
        var defaults: [String: String] = [:]
        for line in sql.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("--") else { continue }
            let body = text.dropFirst(2).trimmingCharacters(in: .whitespaces)
            if body.hasPrefix("title:") { title = body.dropFirst(6).trimmingCharacters(in: .whitespaces) }
            if body.hasPrefix("description:") { description = body.dropFirst(12).trimmingCharacters(in: .whitespaces) }
            if body.hasPrefix("default:") {
                let pair = body.dropFirst(8).trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if pair.count == 2 { defaults[pair[0].trimmingCharacters(in: .whitespaces)] = pair[1].trimmingCharacters(in: .whitespaces) }
            }
        }
        self.title = title
        self.description = description
        self.defaults = defaults
        self.parameters = Self.parameterNames(in: sql)
    }

    /// `:name` placeholders outside comments and string literals, in order of first use.
    static func parameterNames(in sql: String) -> [String] {
        var names: [String] = []
        let code = sql.split(separator: "\n").map { line -> String in
            guard let comment = line.range(of: "--") else { return String(line) }
            return String(line[..<comment.lowerBound])
        }.joined(separator: "\n")
        var inString = false
        var index = code.startIndex
        while index < code.endIndex {
            let character = code[index]
            if character == "'" { inString.toggle() }
            if !inString, character == ":" {
                var end = code.index(after: index)
                while end < code.endIndex, code[end].isLetter || code[end].isNumber || code[end] == "_" { end = code.index(after: end) }
                let name = String(code[code.index(after: index)..<end])
                if !name.isEmpty, !names.contains(name) { names.append(name) }
                index = end
                continue
            }
            index = code.index(after: index)
        }
        return names
    }

    /// Runs the query with the given parameters (numbers bound as numbers), read-only.
    public func run(parameters given: [String: String], in db: Database) throws -> ResultSet {
        for key in given.keys where !parameters.contains(key) {
            throw QueryError.unknownParameter(query: name, parameter: key, known: parameters)
        }
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        for parameter in parameters {
            guard let text = given[parameter] ?? defaults[parameter] else {
                throw QueryError.missingParameter(query: name, parameter: parameter)
            }
            if let integer = Int64(text) {
                arguments[parameter] = integer
            } else if let number = Double(text) {
                arguments[parameter] = number
            } else {
                arguments[parameter] = text
            }
        }
        return try ReadOnlySQL.run(sql, arguments: StatementArguments(arguments), title: title, in: db)
    }
}

/// Runs SQL that cannot write: one statement, which SQLite itself judges read-only.
/// The connection is opened read-only too, so this is a second lock, not the only one.
public enum ReadOnlySQL {
    public static func run(_ sql: String, arguments: StatementArguments = StatementArguments(), title: String? = nil, in db: Database) throws -> ResultSet {
        // SQLite would read only up to a NUL and silently ignore the rest.
        guard !sql.unicodeScalars.contains("\u{0}") else { throw QueryError.notReadOnly("a statement containing a NUL character") }
        let statements: [Statement]
        do {
            statements = try Array(db.allStatements(sql: sql))
        } catch let error as DatabaseError {
            throw QueryError.sqlError(error.message ?? error.description)
        }
        guard let statement = statements.first else { throw QueryError.emptyStatement }
        guard statements.count == 1 else { throw QueryError.multipleStatements }
        // SQLite counts ATTACH and DETACH as read-only (they change the connection, not a file),
        // but an attached file could be created or written, so they are refused by name.
        let keyword = firstKeyword(of: statement.sql)
        guard statement.isReadonly, keyword != "ATTACH", keyword != "DETACH" else {
            throw QueryError.notReadOnly(sql.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        do {
            return try ResultSet.fetch(statement, arguments: arguments, title: title)
        } catch let error as DatabaseError {
            throw QueryError.sqlError(error.message ?? error.description)
        }
    }

    /// The statement's first word, upper-cased, after leading comments and white space.
    static func firstKeyword(of sql: String) -> String {
        var rest = Substring(sql)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return "" }
                rest = rest[end.upperBound...]
            } else {
                break
            }
        }
        return String(rest.prefix { $0.isLetter }).uppercased()
    }
}
