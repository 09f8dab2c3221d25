import ClaimGraphExport
import ClaimGraphSQLFiles
import Foundation
import GRDB

extension GraphSelection {
    /// A named query's rows drawn as edges: `source` → `target`, labelled by `label`.
    enum QueryEdges {
        static func document(name: String, parameters: [String: String], in db: Database) throws -> GraphDocument {
            let files = try SQLFiles.queries()
            guard let file = files.first(where: { $0.name == name }) else {
                throw SelectionError.unknownQuery(name, available: files.map(\.name))
            }
            return try document(name: name, sql: file.sql, parameters: parameters, in: db)
        }

        static func document(name: String, sql: String, parameters: [String: String], in db: Database) throws -> GraphDocument {
            let statement = try db.makeStatement(sql: sql)
            guard statement.isReadonly else { throw SelectionError.queryNotReadOnly(name) }
            let columns = statement.columnNames
            guard columns.contains("source"), columns.contains("target") else {
                throw SelectionError.queryNotEdges(name, columns: columns)
            }
            let arguments = StatementArguments(parameters.mapValues { $0 as (any DatabaseValueConvertible)? })
            var nodes: [String: GraphDocument.Node] = [:]
            var links: [(from: String, to: String, relation: String, label: String?)] = []
            for row in try Row.fetchAll(statement, arguments: arguments) {
                guard let source = text(row, "source"), let target = text(row, "target") else { continue }
                let from = node(source, kind: text(row, "source_kind"), into: &nodes)
                let to = node(target, kind: text(row, "target_kind"), into: &nodes)
                links.append((from, to, text(row, "relation") ?? name, text(row, "label")))
            }
            return GraphDocument(
                nodes: nodes.values.sorted { $0.id < $1.id }, edges: GraphSelection.merge(links), title: "Query: \(name)")
        }

        private static func node(_ name: String, kind: String?, into nodes: inout [String: GraphDocument.Node]) -> String {
            let kind = kind ?? "other"
            let id = kind + ":" + name
            nodes[id] = nodes[id] ?? .init(id: id, label: name, kind: kind)
            return id
        }

        /// A column's value as text whatever its SQLite type; nil when absent or NULL.
        private static func text(_ row: Row, _ column: String) -> String? {
            guard row.hasColumn(column) else { return nil }
            let value: DatabaseValue = row[column]
            switch value.storage {
            case .null: return nil
            case .int64(let int): return String(int)
            case .double(let double): return GraphSelection.number(double)
            case .string(let string): return string
            case .blob(let data): return "<\(data.count) bytes>"
            }
        }
    }
}
