import ClaimGraphStore
import Foundation
import GRDB

/// Lists entities of some kinds with how many papers and claims involve each.
public struct EntityListQuery: Sendable {
    public enum Sort: String, Sendable, CaseIterable { case papers, claims, name }

    public struct Entry: Sendable, Equatable, Codable {
        public var name: String
        public var kind: String
        public var papers: Int
        public var claims: Int
        public var aliases: [String]
        /// For datasets: the suites they belong to; for metrics: the direction.
        public var detail: String?
    }

    public var kinds: [EntityKind]
    public var minPapers: Int
    public var sort: Sort

    public init(kinds: [EntityKind], minPapers: Int = 0, sort: Sort = .papers) {
        self.kinds = kinds
        self.minPapers = minPapers
        self.sort = sort
    }

    public func run(_ db: Database) throws -> [Entry] {
        let kindJSON = String(decoding: try JSONEncoder().encode(kinds.map(\.rawValue)), as: UTF8.self)
        let order: String
        switch sort {
        case .papers: order = "papers DESC, claims DESC, e.name COLLATE NOCASE, e.id"
        case .claims: order = "claims DESC, papers DESC, e.name COLLATE NOCASE, e.id"
        case .name: order = "e.name COLLATE NOCASE, e.id"
        }
        return try Row.fetchAll(db, sql: """
            SELECT e.name, e.kind, e.direction,
                (SELECT COUNT(DISTINCT paper_id) FROM (
                    SELECT paper_id FROM mention WHERE entity_id = e.id
                    UNION SELECT paper_id FROM claim WHERE paper_id IS NOT NULL
                        AND e.id IN (model_id, dataset_id, metric_id, baseline_id))) AS papers,
                (SELECT COUNT(*) FROM claim WHERE e.id IN (model_id, dataset_id, metric_id)) AS claims,
                (SELECT json_group_array(surface) FROM (SELECT surface FROM alias WHERE entity_id = e.id AND surface <> e.name ORDER BY surface)) AS aliases,
                (SELECT group_concat(name, ', ') FROM (SELECT s.name FROM suite_member sm JOIN entity s ON s.id = sm.suite_id WHERE sm.member_id = e.id ORDER BY s.name)) AS suites
            FROM entity e
            WHERE e.kind IN (SELECT value FROM json_each(?))
              AND papers >= ?
            ORDER BY \(order)
            """, arguments: [kindJSON, minPapers]
        ).map { row in
            let aliasesJSON: String = row["aliases"] ?? "[]"
            let aliases = (try? JSONDecoder().decode([String].self, from: Data(aliasesJSON.utf8))) ?? []
            let kind: String = row["kind"]
            return Entry(
                name: row["name"], kind: kind, papers: row["papers"], claims: row["claims"], aliases: aliases,
                detail: kind == "metric" ? (row["direction"] as String?).map { "\($0) is better" } : row["suites"])
        }
    }
}
