import ArgumentParser
import ClaimGraphQuery
import Foundation

/// `claimgraph leaderboard`
struct LeaderboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaderboard",
        abstract: "Rank models on a dataset by their best absolute claim, one table per metric, split and setting.",
        discussion: """
            Ranked by the metric's direction (FID ascending, accuracy descending). Values on a 0–1 scale
            are shown as percentages where the metric is a percentage, and the conversion is noted.
            Delta and relative claims are listed below the ranking, not in it. Each board shows its
            top 20 (ties share a rank) and how many models it ranks; --limit 0 shows all of them.
            At most 10 boards are shown, those ranking the most models (--boards 0 for all).
            Example:
              claimgraph leaderboard COCO --metric "box AP" --split test-dev
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dataset or benchmark.")
    var dataset: String

    @Option(name: .long, help: "Only this metric.")
    var metric: String?

    @Option(name: .long, help: "Only this split (test-dev, val, ...).")
    var split: String?

    @Option(name: .long, help: "Only this setting (zero-shot, fine-tuned, ...).")
    var setting: String?

    @Option(name: .long, help: "At most this many entries per board, and delta claims (0: all).")
    var limit = LeaderboardQuery.defaultLimit

    @Option(name: .long, help: "At most this many boards, those ranking the most models (0: all).")
    var boards = LeaderboardQuery.defaultBoardLimit

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
        if boards < 0 { throw ValidationError("--boards must be 0 (all) or more") }
    }

    func run() throws {
        let store = try global.openForReading()
        let query = LeaderboardQuery(dataset: dataset, metric: metric, split: split, setting: setting, limit: limit == 0 ? nil : limit,
            boardLimit: boards == 0 ? nil : boards)
        let result = try store.reader.read { try query.run($0) }
        var tables = result.boards.map { board in
            OutputTable(
                title: "\(board.dataset) · \(board.metric) · split: \(board.split ?? "unspecified") · setting: \(board.setting ?? "unspecified") (\(board.direction))",
                columns: ["rank", "model", "dataset", "split", "setting", "metric", "value", "unit", "paper", "evidence"],
                rows: board.entries.map { entry in
                    [.integer(entry.rank), .text(entry.model), .text(board.dataset), Cell(board.split), Cell(board.setting),
                     .text(board.metric), .number(entry.value), Cell(entry.unit), .text(entry.source), .text(entry.evidence)]
                },
                notes: board.conversions.map { "converted: \($0)" },
                page: .init(total: board.total, more: "--limit 0 for all"))
        }
        if result.boards.count < result.boardsTotal, !tables.isEmpty {
            let note = "showing the \(result.boards.count) boards of \(result.boardsTotal) that rank the most models; --boards 0 for all, or name --metric, --split or --setting"
            tables[tables.count - 1].notes.append(note)
            let format = global.outputFormat(Console.current)
            if format == .json || format == .csv { Console.current.err(note + "\n") }
        }
        if !result.comparative.isEmpty {
            tables.append(OutputTable(
                title: "\(result.dataset.name) · delta and relative claims (not ranked)",
                columns: ["model", "baseline", "split", "metric", "value", "unit", "kind", "paper", "evidence"],
                rows: result.comparative.map { claim in
                    [Cell(claim.model), Cell(claim.baseline), Cell(claim.split), Cell(claim.metric), .number(claim.value),
                     Cell(claim.unit), .text(claim.kind), .text(claim.origin), .text(claim.evidence)]
                },
                page: .init(total: result.comparativeTotal, more: "--limit 0 for all")))
        }
        global.emit(tables, empty: "no claims on \(result.dataset.name) match")
    }
}
