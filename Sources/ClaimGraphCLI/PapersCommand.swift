import ArgumentParser
import ClaimGraphQuery
import Foundation

/// `claimgraph papers`: which papers report on a dataset or benchmark.
struct PapersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "papers",
        abstract: "List the papers that report on datasets or benchmarks (a suite includes its members).",
        discussion: """
            Names are matched through aliases: "MS COCO", "mscoco" and "COCO" are one dataset.
            Example:
              claimgraph papers --dataset COCO
              claimgraph papers --dataset ImageNet --dataset COCO --all
              claimgraph papers --dataset GLUE --format json
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "A dataset or benchmark; repeat for several.")
    var dataset: [String] = []

    @Flag(help: "With several --dataset: papers reporting on all of them (default) or on any.")
    var match: Match = .all

    @Option(name: .long, help: "Only papers with a claim in (or a mention of) this metric.")
    var metric: String?

    @Option(name: .long, help: "Only papers with a claim about (or a mention of) this model.")
    var model: String?

    @Option(name: .long, help: "Only papers with at least this many claims.")
    var minClaims: Int = 0

    @Flag(name: .long, help: "Count any mention of the dataset, not only reported results.")
    var mentioned = false

    enum Match: String, EnumerableFlag {
        case all, any
    }

    func validate() throws {
        if minClaims < 0 { throw ValidationError("--min-claims must be 0 or more") }
    }

    func run() throws {
        let store = try global.openForReading()
        let query = PapersQuery(
            datasets: dataset, match: match == .all ? .all : .any, scope: mentioned ? .mentioned : .reported,
            metric: metric, model: model, minClaims: minClaims)
        let papers = try store.reader.read { try query.run($0) }
        let table = OutputTable(
            columns: ["id", "title", "datasets", "claims"],
            rows: papers.map { [.text($0.id), .text($0.title), .list($0.datasets), .integer($0.claims)] })
        global.emit([table], empty: "no papers match")
    }
}
