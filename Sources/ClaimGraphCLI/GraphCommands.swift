import ArgumentParser
import ClaimGraphQuery
import Foundation

/// `claimgraph neighbors`
struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List what is connected to an entity or paper, up to a depth.",
        discussion: """
            Breadth first, stopping once --max-nodes nodes (of any kind) have been reached: from a
            dataset, depth 2 reaches most of the graph through the hub models and metrics. When the
            budget cuts the walk, a note says where (and stderr too, for JSON and CSV).
            Example:
              claimgraph neighbors COCO --depth 2 --kind model
              claimgraph neighbors COCO --depth 2 --max-nodes 0
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "An entity name or alias, or a paper id or title.")
    var name: String

    @Option(name: .long, help: "How many edges away (1 to 4).")
    var depth = 1

    @Option(name: .long, help: "Only nodes of this kind (paper, dataset, benchmark, model, metric, task); repeatable.")
    var kind: [String] = []

    @Option(name: .long, help: "Stop the walk after reaching this many nodes (0: no limit).")
    var maxNodes = GraphQuery.defaultMaxNodes

    func validate() throws {
        guard (1...4).contains(depth) else { throw ValidationError("--depth must be between 1 and 4") }
        if maxNodes < 0 { throw ValidationError("--max-nodes must be 0 (no limit) or more") }
        let known = ["paper", "dataset", "benchmark", "model", "metric", "task"]
        for value in kind where !known.contains(value) {
            throw ValidationError("--kind \(value) is not one of \(known.joined(separator: ", "))")
        }
    }

    func run() throws {
        let store = try global.openForReading()
        let neighborhood = try store.reader.read { db in
            let start = try GraphQuery.node(named: name, in: db)
            return try GraphQuery.neighborhood(
                of: start, depth: depth, kinds: kind.isEmpty ? nil : Set(kind), maxNodes: maxNodes == 0 ? nil : maxNodes, in: db)
        }
        var notes: [String] = []
        if let cut = neighborhood.cut {
            let note = "stopped at \(cut.maxNodes) nodes (--max-nodes; 0 for no limit): depths below \(cut.depth) are complete; "
                + "depth \(cut.depth) holds the nodes reached from \(cut.expanded) of the \(cut.frontier) nodes at depth \(cut.depth - 1) and part of the next"
            notes.append(note)
            if global.outputFormat(Console.current) != .table && global.outputFormat(Console.current) != .markdown {
                Console.current.err(note + "\n")
            }
        }
        let table = OutputTable(
            columns: ["depth", "kind", "name", "id", "relation", "from", "to"],
            rows: neighborhood.neighbors.map { item in
                [.integer(item.depth), .text(item.node.kind), .text(item.node.name), .text(item.node.id),
                 .text(item.via.relation), .text(item.via.source.name), .text(item.via.target.name)]
            },
            notes: notes)
        global.emit([table], empty: "nothing connected to \(name)")
    }
}

/// `claimgraph path`
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the shortest chain of edges between two entities or papers.",
        discussion: "Example:\n  claimgraph path MNLI COCO")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Where the path starts.")
    var from: String

    @Argument(help: "Where it ends.")
    var to: String

    func run() throws {
        let store = try global.openForReading()
        let steps = try store.reader.read { db -> [GraphEdge]? in
            try GraphQuery.path(from: GraphQuery.node(named: from, in: db), to: GraphQuery.node(named: to, in: db), in: db)
        }
        guard let steps else {
            Console.current.err("no path between \(from) and \(to)\n")
            if global.outputFormat(Console.current) == .json { Console.current.out("[]\n") }
            return
        }
        let table = OutputTable(
            columns: ["step", "source_kind", "source", "relation", "target_kind", "target"],
            rows: steps.enumerated().map { index, edge in
                [.integer(index + 1), .text(edge.source.kind), .text(edge.source.name), .text(edge.relation), .text(edge.target.kind), .text(edge.target.name)]
            })
        global.emit([table], empty: "\(from) and \(to) are the same node")
    }
}

/// `claimgraph search`
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles and abstracts, best matches first, with highlighted snippets.",
        discussion: "Every word must occur (word stems match: \"segment\" finds \"segmentation\").\nExample:\n  claimgraph search \"open vocabulary segmentation\"")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Words to search for.")
    var text: String

    @Option(name: .long, help: "At most this many papers.")
    var limit = 20

    func validate() throws {
        // SQLite reads a negative LIMIT as "no limit".
        if limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        let console = Console.current
        let format = global.outputFormat(console)
        // Highlight in bold on a colour terminal, with [brackets] elsewhere.
        let highlight = format == .table && console.colour ? ("\u{1B}[1;33m", "\u{1B}[0m") : ("[", "]")
        let store = try global.openForReading()
        let hits = try store.reader.read { try SearchQuery.run(text, limit: limit, highlight: highlight, in: $0) }
        let table = OutputTable(columns: ["id", "title", "snippet"], rows: hits.map { [.text($0.id), .text($0.title), .text($0.snippet)] })
        global.emit([table], empty: "no paper matches \"\(text)\"")
    }
}
