import ArgumentParser
import ClaimGraphQuery
import Foundation

/// `claimgraph conflicts`
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Find claims that contradict each other across papers and sources.",
        discussion: """
            Lists the same model, dataset, split and metric reported with values that differ beyond
            rounding, and delta claims ("+1.7 over Swin-L") that disagree with the two absolute values
            they relate.
            Example:
              claimgraph conflicts --dataset ImageNet
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Only claims on this dataset.")
    var dataset: String?

    @Option(name: .long, help: "Only claims about this model.")
    var model: String?

    func run() throws {
        let store = try global.openForReading()
        let result = try store.reader.read { try ConflictsQuery(dataset: dataset, model: model).run($0) }
        var rows: [[Cell]] = []
        for (index, conflict) in result.values.enumerated() {
            for (claim, value) in conflict.claims {
                rows.append([.integer(index + 1), .text("values differ"), .text(conflict.model), .text(conflict.dataset), Cell(conflict.split),
                             .text(conflict.metric), .number(value), Cell(claim.unit), .text(claim.source), .text(claim.origin), .text(claim.evidence)])
            }
        }
        let offset = result.values.count
        for (index, conflict) in result.deltas.enumerated() {
            let group = Cell.integer(offset + index + 1)
            let what = Cell.text("delta \(ClaimValue.format(conflict.delta.value)) vs implied \(ClaimValue.format(conflict.impliedGap))")
            for claim in [conflict.delta, conflict.modelClaim, conflict.baselineClaim] {
                rows.append([group, what, Cell(claim.model), Cell(claim.dataset), Cell(claim.split), Cell(claim.metric),
                             .number(claim.value), Cell(claim.unit), .text(claim.source), .text(claim.origin), .text(claim.evidence)])
            }
        }
        let table = OutputTable(
            columns: ["conflict", "why", "model", "dataset", "split", "metric", "value", "unit", "source", "paper", "evidence"], rows: rows)
        global.emit([table], empty: "no conflicting claims")
    }
}
