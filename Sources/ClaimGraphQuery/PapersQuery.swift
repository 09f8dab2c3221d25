import ClaimGraphStore
import Foundation
import GRDB

/// Which papers report on given datasets (a suite counting for its members), optionally
/// narrowed by metric, model and number of claims.
public struct PapersQuery: Sendable {
    public enum Match: String, Sendable { case all, any }

    /// Which mentions count as "reports on": results on it (the default), or any mention.
    public enum Scope: String, Sendable, CaseIterable { case reported, mentioned }

    public struct PaperMatch: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        /// Each requested dataset the paper matched, as "MNLI (via GLUE)" when through a member.
        public var datasets: [String]
        public var claims: Int
    }

    public var datasets: [String] = []
    public var match: Match = .all
    public var scope: Scope = .reported
    public var metric: String?
    public var model: String?
    public var minClaims: Int = 0

    public init(datasets: [String] = [], match: Match = .all, scope: Scope = .reported, metric: String? = nil, model: String? = nil, minClaims: Int = 0) {
        self.datasets = datasets
        self.match = match
        self.scope = scope
        self.metric = metric
        self.model = model
        self.minClaims = minClaims
    }

    public func run(_ db: Database) throws -> [PaperMatch] {
        let requested = try datasets.map { try EntityLookup.find($0, kinds: [.dataset, .benchmark], in: db) }
        let metricRef = try metric.map { try EntityLookup.find($0, kinds: [.metric], in: db) }
        let modelRef = try model.map { try EntityLookup.find($0, kinds: [.model], in: db) }

        // paper id → requested dataset index → how it matched
        var matches: [String: [Int: String]] = [:]
        for (index, dataset) in requested.enumerated() {
            for row in try Row.fetchAll(db, sql: Self.reportingSQL(scope), arguments: [dataset.id, dataset.id]) {
                let paper: String = row["paper_id"]
                let via: String? = row["member_name"]
                let label = via.map { "\($0) (via \(dataset.name))" } ?? dataset.name
                if matches[paper, default: [:]][index] == nil || via == nil {
                    matches[paper, default: [:]][index] = label
                }
            }
        }
        var candidates: Set<String>
        if requested.isEmpty {
            candidates = Set(try String.fetchAll(db, sql: "SELECT id FROM paper"))
        } else {
            candidates = Set(matches.compactMap { paper, found in
                match == .all ? (found.count == requested.count ? paper : nil) : paper
            })
        }
        if let metricRef {
            candidates.formIntersection(try String.fetchAll(db, sql: """
                SELECT paper_id FROM claim WHERE metric_id = ? AND paper_id IS NOT NULL
                UNION SELECT paper_id FROM mention WHERE entity_id = ?
                """, arguments: [metricRef.id, metricRef.id]))
        }
        if let modelRef {
            candidates.formIntersection(try String.fetchAll(db, sql: """
                SELECT paper_id FROM claim WHERE (model_id = ? OR baseline_id = ?) AND paper_id IS NOT NULL
                UNION SELECT paper_id FROM mention WHERE entity_id = ?
                """, arguments: [modelRef.id, modelRef.id, modelRef.id]))
        }
        let paperRows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.title, (SELECT COUNT(*) FROM claim c WHERE c.paper_id = p.id) AS claims
            FROM paper p WHERE p.id IN (SELECT value FROM json_each(?))
            ORDER BY p.title COLLATE NOCASE, p.id
            """, arguments: [jsonArray(candidates.sorted())])
        return paperRows.compactMap { row in
            let id: String = row["id"]
            let claims: Int = row["claims"]
            guard claims >= minClaims else { return nil }
            let found = matches[id] ?? [:]
            return PaperMatch(id: id, title: row["title"], datasets: found.keys.sorted().compactMap { found[$0] }, claims: claims)
        }
    }

    /// Papers that report on a dataset directly, or on a member of it when it is a suite.
    static func reportingSQL(_ scope: Scope) -> String {
        let roleFilter = scope == .reported ? "AND m.role IN ('evaluated', 'introduced')" : ""
        return """
            WITH target(entity_id, member_name) AS (
                SELECT ?, NULL
                UNION
                SELECT sm.member_id, e.name FROM suite_member sm JOIN entity e ON e.id = sm.member_id WHERE sm.suite_id = ?
            )
            SELECT m.paper_id, t.member_name FROM mention m JOIN target t ON t.entity_id = m.entity_id
            WHERE 1 \(roleFilter)
            UNION
            SELECT c.paper_id, t.member_name FROM claim c JOIN target t ON t.entity_id = c.dataset_id
            WHERE c.paper_id IS NOT NULL
            """
    }
}

func jsonArray(_ strings: [String]) -> String {
    let data = try? JSONSerialization.data(withJSONObject: strings)
    return data.map { String(decoding: $0, as: UTF8.self) } ?? "[]"
}
