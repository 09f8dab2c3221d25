import Foundation
import GRDB

/// A value in a query result, as SQLite holds it.
public enum QueryValue: Sendable, Equatable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let int): self = .integer(int)
        case .double(let double): self = .real(double)
        case .string(let string): self = .text(string)
        case .blob(let data): self = .blob(data)
        }
    }
}

/// Rows with named columns: what generic queries (named SQL, ad-hoc SQL, `show`) return.
public struct ResultSet: Sendable, Equatable {
    public var title: String?
    public var columns: [String]
    public var rows: [[QueryValue]]

    public init(title: String? = nil, columns: [String], rows: [[QueryValue]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// Runs a prepared statement to the end, keeping column order.
    static func fetch(_ statement: Statement, arguments: StatementArguments = StatementArguments(), title: String? = nil) throws -> ResultSet {
        let columns = statement.columnNames
        var rows: [[QueryValue]] = []
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            rows.append(row.databaseValues.map(QueryValue.init))
        }
        return ResultSet(title: title, columns: columns, rows: rows)
    }

    static func fetch(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments(), title: String? = nil) throws -> ResultSet {
        try fetch(try db.makeStatement(sql: sql), arguments: arguments, title: title)
    }
}
