import ArgumentParser
import ClaimGraphQuery
import Foundation

/// `claimgraph query`
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a named, parameterised query from Queries/, or list them.",
        discussion: """
            Example:
              claimgraph query --list
              claimgraph query papers-on-dataset --param dataset=COCO
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "List the named queries with their titles and parameters.")
    var list = false

    @Option(name: .long, help: "A parameter as key=value; repeatable.")
    var param: [String] = []

    @Argument(help: "The query's name (its file name without .sql).")
    var name: String?

    func validate() throws {
        if !list && name == nil { throw ValidationError("name a query, or use --list to see them") }
        for item in param where !item.contains("=") { throw ValidationError("--param takes key=value, got \"\(item)\"") }
    }

    func run() throws {
        if list {
            let queries = try NamedQuery.all()
            let table = OutputTable(
                columns: ["name", "title", "parameters", "description"],
                rows: queries.map { [.text($0.name), .text($0.title), .list($0.parameters), .text($0.description)] })
            global.emit([table], empty: "no named queries")
            return
        }
        var parameters: [String: String] = [:]
        for item in param {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            parameters[String(parts[0])] = String(parts[1])
        }
        let query = try NamedQuery.named(name!)
        let store = try global.openForReading()
        let result = try store.reader.read { try query.run(parameters: parameters, in: $0) }
        global.emit([OutputTable(result)], empty: "query \(query.name) returned no rows")
    }
}

/// `claimgraph sql`
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL statement against the database.",
        discussion: """
            The database is opened read-only and the statement must be read-only: INSERT, UPDATE,
            DELETE, ATTACH, write PRAGMAs, VACUUM INTO and several statements at once are refused.
            Example:
              claimgraph sql "SELECT name FROM entity WHERE kind = 'benchmark' ORDER BY name"
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The SQL statement.")
    var statement: String

    func run() throws {
        let store = try global.openForReading()
        let result = try store.reader.read { try ReadOnlySQL.run(statement, in: $0) }
        global.emit([OutputTable(result)], empty: "no rows")
    }
}
