import ArgumentParser
import ClaimGraphQuery
import Foundation

/// `claimgraph compare`
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Put two models (or, with --papers, two papers) side by side wherever both report results.",
        discussion: """
            One row per dataset, split, metric and setting where both sides have an absolute claim
            (each side's best), with who is ahead and by how much.
            Example:
              claimgraph compare Dual-Swin-L Swin-L
              claimgraph compare --papers 2103.14030 2107.00641
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Compare two papers (by id or title) instead of two models.")
    var papers = false

    @Argument(help: "The first model (or paper).")
    var first: String

    @Argument(help: "The second model (or paper).")
    var second: String

    func run() throws {
        let store = try global.openForReading()
        let query = CompareQuery(papers ? .papers(first, second) : .models(first, second))
        let result = try store.reader.read { try query.run($0) }
        let leftName = result.left, rightName = result.right
        var columns = ["dataset", "split", "metric", "setting", "left", "right", "ahead", "margin", "left_source", "right_source", "left_evidence", "right_evidence"]
        if papers { columns.insert(contentsOf: ["left_model", "right_model"], at: 4) }
        let rows: [[Cell]] = result.rows.map { row in
            var cells: [Cell] = [.text(row.dataset), Cell(row.split), .text(row.metric), Cell(row.setting), .number(row.left), .number(row.right),
                .text(row.ahead == "left" ? leftName : row.ahead == "right" ? rightName : "tie"), .number(row.margin),
                .text(row.leftSource), .text(row.rightSource), .text(row.leftEvidence), .text(row.rightEvidence)]
            if papers { cells.insert(contentsOf: [Cell(row.leftModel), Cell(row.rightModel)], at: 4) }
            return cells
        }
        var tables = [OutputTable(title: "\(leftName) (left) vs \(rightName) (right)", columns: columns, rows: rows)]
        if !result.stated.isEmpty {
            tables.append(OutputTable(
                title: "gaps stated directly",
                columns: ["model", "baseline", "dataset", "split", "metric", "value", "unit", "kind", "paper", "evidence"],
                rows: result.stated.map { claim in
                    [Cell(claim.model), Cell(claim.baseline), Cell(claim.dataset), Cell(claim.split), Cell(claim.metric),
                     .number(claim.value), Cell(claim.unit), .text(claim.kind), .text(claim.origin), .text(claim.evidence)]
                }))
        }
        global.emit(tables, empty: "\(leftName) and \(rightName) have no results on a common dataset, split and metric")
    }
}
