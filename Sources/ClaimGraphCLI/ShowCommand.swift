import ArgumentParser
import ClaimGraphQuery
import Foundation

/// `claimgraph show`: everything known about one entity or paper.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything known about one dataset, benchmark, model, metric or paper.",
        discussion: """
            NAME is any name or alias of an entity, or a paper's id or exact title.
            Example:
              claimgraph show COCO
              claimgraph show "Swin-L"
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "An entity name or alias, or a paper id or title.")
    var name: String

    func run() throws {
        let store = try global.openForReading()
        let sections = try store.reader.read { try ShowQuery.run(name, in: $0) }
        global.emit(sections.map(OutputTable.init), empty: "nothing known about \(name)")
    }
}

extension OutputTable {
    /// A query result as printable rows.
    init(_ result: ResultSet) {
        self.init(title: result.title, columns: result.columns, rows: result.rows.map { $0.map(Cell.init) })
    }
}

extension Cell {
    init(_ value: QueryValue) {
        switch value {
        case .null: self = .null
        case .integer(let int): self = .integer(Int(int))
        case .real(let double): self = .number(double)
        case .text(let text): self = .text(text)
        case .blob(let data): self = .text("<\(data.count) bytes>")
        }
    }
}
