import ArgumentParser
import ClaimGraphQuery
import ClaimGraphStore
import Foundation

/// Options shared by `datasets`, `models` and `metrics`.
struct EntityListOptions: ParsableArguments {
    @Option(name: .long, help: "Only entities reported by at least this many papers.")
    var minPapers: Int = 0

    @Option(name: .long, help: "Sort by papers, claims or name.")
    var sort: EntityListQuery.Sort = .papers

    func validate() throws {
        if minPapers < 0 { throw ValidationError("--min-papers must be 0 or more") }
    }
}

extension EntityListQuery.Sort: ExpressibleByArgument {}

/// Runs an entity list and prints it; shared by the three list commands.
func printEntityList(_ kinds: [EntityKind], options: EntityListOptions, global: GlobalOptions, noun: String) throws {
    let store = try global.openForReading()
    let query = EntityListQuery(kinds: kinds, minPapers: options.minPapers, sort: options.sort)
    let entries = try store.reader.read { try query.run($0) }
    let table = OutputTable(
        columns: ["name", "kind", "papers", "claims", "aliases", "detail"],
        rows: entries.map { [.text($0.name), .text($0.kind), .integer($0.papers), .integer($0.claims), .list($0.aliases), Cell($0.detail)] })
    global.emit([table], empty: "no \(noun) match")
}

/// `claimgraph datasets`
struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "List datasets and benchmarks with the number of papers and claims each.",
        discussion: "Example:\n  claimgraph datasets --kind benchmark --min-papers 2")

    enum Kind: String, ExpressibleByArgument, CaseIterable { case dataset, benchmark, all }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: EntityListOptions

    @Option(name: .long, help: "dataset, benchmark (suites such as GLUE) or all.")
    var kind: Kind = .all

    func run() throws {
        let kinds: [EntityKind] = kind == .all ? [.dataset, .benchmark] : [kind == .dataset ? .dataset : .benchmark]
        try printEntityList(kinds, options: options, global: global, noun: "datasets")
    }
}

/// `claimgraph models`
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List models with the number of papers and claims each.",
        discussion: "Example:\n  claimgraph models --sort claims")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: EntityListOptions

    func run() throws {
        try printEntityList([.model], options: options, global: global, noun: "models")
    }
}

/// `claimgraph metrics`
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "List metrics with their direction and the number of papers and claims each.",
        discussion: "Example:\n  claimgraph metrics --min-papers 1")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: EntityListOptions

    func run() throws {
        try printEntityList([.metric], options: options, global: global, noun: "metrics")
    }
}
