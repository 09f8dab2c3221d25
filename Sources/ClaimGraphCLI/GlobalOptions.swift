import ArgumentParser
import ClaimGraphStore
import Foundation

/// Options every command shares: which database, and how to print results.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file (default ./claimgraph.sqlite, or $CLAIMGRAPH_DB).", valueName: "path"))
    public var db: String?

    @Option(name: .long, help: "Output format: table on a terminal, json when piped, unless chosen here.")
    public var format: OutputFormat?

    public init() {}

    public func validate() throws {
        // SQLite takes "" for a private temporary database, which would silently vanish.
        if db?.isEmpty == true { throw ValidationError("--db must name a file") }
    }

    public var databasePath: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["CLAIMGRAPH_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "claimgraph.sqlite"
    }

    public func outputFormat(_ console: Console) -> OutputFormat {
        TablePrinter.resolve(format, console: console)
    }

    func openForReading() throws -> ClaimGraphStore {
        try ClaimGraphStore.openForReading(path: databasePath)
    }

    func openForWriting() throws -> ClaimGraphStore {
        try ClaimGraphStore.openForWriting(path: databasePath)
    }

    /// Prints tables, or a one-line note on stderr when there is nothing to show.
    func emit(_ tables: [OutputTable], empty note: String) {
        let console = Console.current
        let nonEmpty = tables.filter { !$0.rows.isEmpty }
        if nonEmpty.isEmpty {
            console.err(note + "\n")
            if outputFormat(console) == .json { console.out("[]\n") }
            return
        }
        TablePrinter.print(nonEmpty, format: outputFormat(console), console: console)
    }
}
