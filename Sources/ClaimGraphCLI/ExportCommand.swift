import ArgumentParser
import ClaimGraphExport
import ClaimGraphQuery
import ClaimGraphStore
import Foundation

/// `claimgraph export`: draw part of the graph with Graphviz, in-process.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Draw part of the graph as SVG, PNG, PDF or DOT.",
        discussion: """
            Pick one selection. Graphviz's library is linked in: no `dot` program needed.
            The format is --format, else the extension of -o, else svg. `--format dot`
            writes ClaimGraph's own sorted, byte-stable DOT; --positions gives
            Graphviz's laid-out DOT, with coordinates, instead.
            Example:
              claimgraph export --dataset COCO -o coco.svg
              claimgraph export --leaderboard COCO --metric "box AP" -o coco-box-ap.png
              claimgraph export --around Swin-L --depth 2 --layout neato -o swin.pdf
              claimgraph export --compare Dual-Swin-L Swin-L --format dot
              claimgraph export --query NAME --param dataset=COCO -o query.svg
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case svg, png, pdf, dot
    }

    @Option(name: .long, help: ArgumentHelp(
        "The database file (default ./claimgraph.sqlite, or $CLAIMGRAPH_DB).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: "A dataset or benchmark (with its member datasets) and its neighbours.")
    var dataset: String?

    @Option(name: .long, help: "A model and its neighbours.")
    var model: String?

    @Option(name: .long, help: ArgumentHelp("A paper, by id or exact title, with what it reports.", valueName: "id"))
    var paper: String?

    @Option(name: .long, help: ArgumentHelp("A paper or entity and everything within --depth steps of it.", valueName: "name"))
    var around: String?

    @Option(name: .long, help: "Steps from --around.")
    var depth: Int = 1

    @Option(name: .long, help: ArgumentHelp("Models ranked by their results on a dataset, linked to their papers.", valueName: "dataset"))
    var leaderboard: String?

    @Option(name: .long, help: "With --leaderboard: only this metric.")
    var metric: String?

    @Option(name: .long, help: "With --leaderboard: only this split (e.g. test-dev).")
    var split: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Two models side by side.", valueName: "model"))
    var compare: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "A named query from Queries/ whose rows are edges (columns source, target, optional label).", valueName: "name"))
    var query: String?

    @Option(name: .long, help: ArgumentHelp("With --query: a :named parameter.", valueName: "name=value"))
    var param: [String] = []

    @Flag(name: .long, help: "The whole graph (subject to --max-nodes).")
    var all = false

    @Option(name: .long, help: "Image format.")
    var format: Format?

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write (stdout when left out).", valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "Graphviz layout program (default: dot; sfdp for an overview of more than 400 nodes or 500 edges).", valueName: "layout"))
    var layout: LayoutEngine?

    @Option(name: .long, help: "Direction of ranks in the dot layout.")
    var rankdir: RankDirection = .LR

    @Option(name: .long, help: "Refuse selections with more nodes than this.")
    var maxNodes: Int = 300

    @Flag(name: .long, help: "With --format dot: Graphviz's laid-out DOT, with positions.")
    var positions = false

    @Flag(name: .long, help: "Leave the legend out.")
    var noLegend = false

    @Flag(name: .long, help: "Print how long selecting, encoding and drawing took, on stderr.")
    var timings = false

    func validate() throws {
        let chosen = [
            dataset.map { _ in "--dataset" }, model.map { _ in "--model" }, paper.map { _ in "--paper" },
            around.map { _ in "--around" }, leaderboard.map { _ in "--leaderboard" }, compare.isEmpty ? nil : "--compare",
            query.map { _ in "--query" }, all ? "--all" : nil,
        ].compactMap { $0 }
        if chosen.isEmpty {
            throw ValidationError("choose what to draw: --dataset, --model, --paper, --around, --leaderboard, --compare, --query or --all")
        }
        if chosen.count > 1 { throw ValidationError("choose one selection, not \(chosen.joined(separator: " and "))") }
        if !compare.isEmpty, compare.count != 2 { throw ValidationError("--compare takes two models, got \(compare.count)") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if depth != 1, around == nil { throw ValidationError("--depth goes with --around") }
        if (metric != nil || split != nil), leaderboard == nil { throw ValidationError("--metric and --split go with --leaderboard") }
        if !param.isEmpty, query == nil { throw ValidationError("--param goes with --query") }
        if let bad = param.first(where: { !$0.contains("=") }) { throw ValidationError("--param \(bad): write it as name=value") }
        if maxNodes < 1 { throw ValidationError("--max-nodes must be 1 or more") }
        let resolved = try resolvedFormat()
        if positions, resolved != .dot { throw ValidationError("--positions goes with --format dot") }
        if output == nil, resolved == .png || resolved == .pdf, Console.current.isTerminal {
            throw ValidationError("\(resolved.rawValue) is binary; write it to a file with -o, or pipe it")
        }
    }

    /// --format, else the output file's extension, else svg.
    func resolvedFormat() throws -> Format {
        if let format { return format }
        guard let output else { return .svg }
        let suffix = URL(fileURLWithPath: output).pathExtension.lowercased()
        if suffix == "gv" { return .dot }
        if let format = Format(rawValue: suffix) { return format }
        throw ValidationError("cannot tell the format from \"\(output)\"; add --format svg, png, pdf or dot")
    }

    var selection: GraphSelection {
        if let dataset { return .dataset(dataset) }
        if let model { return .model(model) }
        if let paper { return .paper(paper) }
        if let around { return .around(around, depth: depth) }
        if let leaderboard { return .leaderboard(dataset: leaderboard, metric: metric, split: split) }
        if compare.count == 2 { return .compare(compare[0], compare[1]) }
        if let query {
            let pairs = param.map { pair -> (String, String) in
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return (String(parts[0]), String(parts[1]))
            }
            return .query(query, parameters: Dictionary(pairs, uniquingKeysWith: { _, last in last }))
        }
        return .all
    }

    /// The style for this document: an overview (sfdp, papers as dots) when it is big.
    func style(for document: GraphDocument) -> GraphStyle {
        GraphStyle.automatic(for: document, layout: layout, rankDirection: rankdir, showsLegend: !noLegend)
    }

    /// ClaimGraph's own DOT for this selection: what Exports/*.dot hold and every image is drawn from.
    func dotText(from store: ClaimGraphStore) throws -> String {
        try drawing(from: store).dot
    }

    /// The DOT and the layout program it names (its `layout` attribute, which `dot -Tsvg` obeys too).
    func drawing(from store: ClaimGraphStore, clock: inout StepClock) throws -> (dot: String, layout: LayoutEngine) {
        // Past the overview size no value is drawn, so none is read.
        let document = try store.reader.read {
            try selection.document(in: $0, maxNodes: maxNodes, labelsUpToNodes: GraphStyle.overviewNodes)
        }
        try document.checkSize(maxNodes: maxNodes)
        clock.lap("select", "\(document.nodes.count) nodes, \(document.edges.count) edges")
        let style = style(for: document)
        let dot = DOTEncoder(style: style).encode(document)
        clock.lap("encode", style.overview ? "overview, layout \(style.layout.rawValue)" : "layout \(style.layout.rawValue)")
        return (dot, style.layout)
    }

    func drawing(from store: ClaimGraphStore) throws -> (dot: String, layout: LayoutEngine) {
        var clock = StepClock()
        return try drawing(from: store, clock: &clock)
    }

    func run() throws {
        let console = Console.current
        let format = try resolvedFormat()
        // Fail on an unwritable destination before spending time on layout.
        if let output { try OutputFile.checkWritable(output) }
        var options = GlobalOptions()
        options.db = db
        var clock = StepClock()
        let store = try options.openForReading()
        clock.lap("open", "")
        let (dot, engine) = try drawing(from: store, clock: &clock)
        let data: Data
        if format == .dot, !positions {
            data = Data(dot.utf8)
        } else {
            let rendering = try GraphvizRenderer.render(dot, format: RenderFormat(rawValue: format.rawValue)!, layout: engine)
            for warning in rendering.warnings { console.err("warning: Graphviz: \(warning)\n") }
            data = rendering.data
            clock.lap("draw", "Graphviz, in-process")
        }
        defer {
            if timings { console.err(clock.report()) }
        }
        if let output {
            try OutputFile.write(data, to: output)
            clock.lap("write", "\(data.count) bytes")
        } else if format == .svg || format == .dot {
            console.out(String(decoding: data, as: UTF8.self))
        } else if console === Console.standard {
            FileHandle.standardOutput.write(data)
        } else {
            // A console bound in-process carries text only.
            throw OutputFile.Problem.cannotWrite(path: "stdout", reason: "\(format.rawValue) is binary; name a file with -o")
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {}

/// Wall time of each step of an export, for `--timings`.
struct StepClock {
    private var last = DispatchTime.now()
    private var steps: [(name: String, seconds: Double, note: String)] = []

    mutating func lap(_ name: String, _ note: String) {
        let now = DispatchTime.now()
        steps.append((name, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9, note))
        last = now
    }

    func report() -> String {
        steps.map { step in
            "timing: \(step.name) \(String(format: "%.3f", step.seconds)) s" + (step.note.isEmpty ? "" : " (\(step.note))") + "\n"
        }.joined()
    }
}
extension RankDirection: ExpressibleByArgument {}

/// Writes a finished export whole or not at all: into a hidden file beside the destination,
/// then renamed over it, so a failure never leaves a half-written or truncated file.
enum OutputFile {
    enum Problem: Error, LocalizedError, Equatable {
        case cannotWrite(path: String, reason: String)

        var errorDescription: String? {
            switch self {
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    static func checkWritable(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Problem.cannotWrite(path: path, reason: "it is a directory")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Problem.cannotWrite(path: path, reason: "no such directory \(folder)")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw Problem.cannotWrite(path: path, reason: "directory \(folder) is not writable")
        }
    }

    static func write(_ data: Data, to path: String) throws {
        try checkWritable(path)
        let destination = URL(fileURLWithPath: path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        do {
            try data.write(to: temporary, options: .withoutOverwriting)
        } catch {
            throw Problem.cannotWrite(path: path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Problem.cannotWrite(path: path, reason: reason)
        }
    }
}
