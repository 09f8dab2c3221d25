import Foundation
import GRDB

/// Counts of what the database holds.
public struct Statistics: Sendable, Equatable, Codable {
    public var papers: Int
    public var entities: [String: Int]
    public var aliases: Int
    public var mentions: Int
    public var claims: Int
    public var claimsBySource: [String: Int]

    public static func read(_ db: Database) throws -> Statistics {
        var entities: [String: Int] = [:]
        for kind in EntityKind.allCases { entities[kind.rawValue] = 0 }
        for row in try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) AS n FROM entity GROUP BY kind") {
            entities[row["kind"]] = row["n"]
        }
        var bySource: [String: Int] = ["extracted": 0, "imported": 0]
        for row in try Row.fetchAll(db, sql: "SELECT source, COUNT(*) AS n FROM claim GROUP BY source") {
            bySource[row["source"]] = row["n"]
        }
        return Statistics(
            papers: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper") ?? 0,
            entities: entities,
            aliases: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM alias") ?? 0,
            mentions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mention") ?? 0,
            claims: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claim") ?? 0,
            claimsBySource: bySource)
    }
}
