import ArgumentParser
import ClaimGraphStore
import Foundation

/// `claimgraph stats`: what the database holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count papers, entities by kind, aliases, mentions and claims.",
        discussion: "Example:\n  claimgraph stats --format json")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.openForReading()
        let statistics = try store.reader.read { try Statistics.read($0) }
        var rows: [[Cell]] = [[.text("papers"), .integer(statistics.papers)]]
        for kind in EntityKind.allCases {
            rows.append([.text(kind.rawValue + "s"), .integer(statistics.entities[kind.rawValue] ?? 0)])
        }
        rows.append([.text("aliases"), .integer(statistics.aliases)])
        rows.append([.text("mentions"), .integer(statistics.mentions)])
        rows.append([.text("claims"), .integer(statistics.claims)])
        rows.append([.text("claims extracted"), .integer(statistics.claimsBySource["extracted"] ?? 0)])
        rows.append([.text("claims imported"), .integer(statistics.claimsBySource["imported"] ?? 0)])
        global.emit([OutputTable(columns: ["what", "count"], rows: rows)], empty: "the database is empty")
    }
}
