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
            Newest first (by arXiv id, else by published date), 50 at a time with the total
            (in JSON: an object with rows, total, offset and shown); --limit 0 lists them all.
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

    @Option(name: .long, help: "At most this many papers, newest first (0: all).")
    var limit = PapersQuery.defaultLimit

    @Option(name: .long, help: "Skip this many papers first (the next page).")
    var offset = 0

    enum Match: String, EnumerableFlag {
        case all, any
    }

    func validate() throws {
        if minClaims < 0 { throw ValidationError("--min-claims must be 0 or more") }
        if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more") }
    }

    func run() throws {
        let store = try global.openForReading()
        let query = PapersQuery(
            datasets: dataset, match: match == .all ? .all : .any, scope: mentioned ? .mentioned : .reported,
            metric: metric, model: model, minClaims: minClaims, limit: limit == 0 ? nil : limit, offset: offset)
        let result = try store.reader.read { try query.run($0) }
        let more = limit == 0 ? "--offset 0 for the first" : "--limit 0 for all, --offset \(offset + result.papers.count) for the next \(limit)"
        let table = OutputTable(
            columns: ["id", "title", "datasets", "claims"],
            rows: result.papers.map { [.text($0.id), .text($0.title), .list($0.datasets), .integer($0.claims)] },
            page: .init(total: result.total, offset: offset, more: more))
        global.emit([table], empty: "no papers match")
    }
}
