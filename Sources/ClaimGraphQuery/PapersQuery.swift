import ClaimGraphStore
import Foundation
import GRDB

/// Which papers report on given datasets (a suite counting for its members), optionally
/// narrowed by metric, model and number of claims; newest first, one page at a time.
///
/// Newest first (papers without a date: by id) because it is what a researcher looking at a hub wants to see, and because
/// it can be read from the paper id alone: new-style arXiv ids (`2103.14030`) sort by
/// year and month, so only papers without one (slugs, imports) are looked up for their
/// published date. The candidate papers come from covering indexes (`mention_by_entity_role`,
/// `claim_by_dataset_board`) as ids only; titles, claim counts and dataset labels are read
/// for the page's papers alone.
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

    /// One page of the answer and the size of the whole answer.
    public struct Result: Sendable, Equatable {
        public var papers: [PaperMatch]
        /// How many papers match in all, whatever the page.
        public var total: Int
    }

    public var datasets: [String] = []
    public var match: Match = .all
    public var scope: Scope = .reported
    public var metric: String?
    public var model: String?
    public var minClaims: Int = 0
    /// At most this many papers (nil: all of them), after skipping `offset`.
    public var limit: Int?
    public var offset: Int = 0

    public static let defaultLimit = 50

    public init(
        datasets: [String] = [], match: Match = .all, scope: Scope = .reported, metric: String? = nil, model: String? = nil,
        minClaims: Int = 0, limit: Int? = nil, offset: Int = 0
    ) {
        self.datasets = datasets
        self.match = match
        self.scope = scope
        self.metric = metric
        self.model = model
        self.minClaims = minClaims
        self.limit = limit
        self.offset = offset
    }

    public func run(_ db: Database) throws -> Result {
        let requested = try datasets.map { try EntityLookup.find($0, kinds: [.dataset, .benchmark], in: db) }
        let metricRef = try metric.map { try EntityLookup.find($0, kinds: [.metric], in: db) }
        let modelRef = try model.map { try EntityLookup.find($0, kinds: [.model], in: db) }

        let candidates = candidateSQL(requested: requested, metric: metricRef, model: modelRef)
        // The total rides on the page (a window over the candidates the page sorts anyway), so
        // the candidates are found once; only a page past the end asks for it apart.
        // SQLite reads a negative LIMIT as "no limit".
        let pageRows = try Row.fetchAll(db, literal: """
            WITH candidate(paper_id) AS (\(candidates))
            SELECT p.id, p.title, (SELECT COUNT(*) FROM claim c WHERE c.paper_id = p.id) AS claims, page.total
            FROM (
                SELECT paper_id, \(Self.newest("paper_id")) AS month, \(Self.arXivNumber("paper_id")) AS number,
                    COUNT(*) OVER () AS total
                FROM candidate
                ORDER BY month DESC, number DESC, paper_id
                LIMIT \(limit ?? -1) OFFSET \(offset)
            ) page
            JOIN paper p ON p.id = page.paper_id
            ORDER BY page.month DESC, page.number DESC, page.paper_id
            """)
        let total: Int
        if let first = pageRows.first {
            total = first[3]
        } else if offset > 0 {
            total = try Int.fetchOne(db, literal: "WITH candidate(paper_id) AS (\(candidates)) SELECT COUNT(*) FROM candidate") ?? 0
        } else {
            total = 0
        }
        let ids = pageRows.map { $0[0] as String }
        let labels = try self.labels(of: ids, requested: requested, db)
        let papers = pageRows.map { row in
            let id: String = row[0]
            return PaperMatch(id: id, title: row[1], datasets: labels[id] ?? [], claims: row[2])
        }
        return Result(papers: papers, total: total)
    }

    /// The year and month a paper appeared, as `YYYY-MM`: from a new-style arXiv id, else
    /// from its published date (NULL when unknown, sorting last).
    static func newest(_ column: String) -> SQL {
        let id = SQL(sql: column)
        return """
            CASE WHEN \(id) GLOB '[0-9][0-9][0-9][0-9].[0-9][0-9][0-9][0-9]*'
                THEN '20' || substr(\(id), 1, 2) || '-' || substr(\(id), 3, 2)
                ELSE (SELECT substr(published, 1, 7) FROM paper WHERE id = \(id)) END
            """
    }

    /// A new-style arXiv id itself (later numbers are later within a month), else NULL, so
    /// papers without one fall back to their id in ascending (alphabetical) order.
    static func arXivNumber(_ column: String) -> SQL {
        let id = SQL(sql: column)
        return "CASE WHEN \(id) GLOB '[0-9][0-9][0-9][0-9].[0-9][0-9][0-9][0-9]*' THEN \(id) END"
    }

    /// The ids of the papers that match, as one statement.
    private func candidateSQL(requested: [EntityRef], metric: EntityRef?, model: EntityRef?) -> SQL {
        var sets: [SQL] = requested.map { reportingSQL($0.id) }
        if sets.isEmpty { sets = ["SELECT id AS paper_id FROM paper"] }
        let combined = sets.map { "SELECT * FROM (\($0))" as SQL }.joined(separator: match == .all || requested.isEmpty ? " INTERSECT " : " UNION ")
        var filters: [SQL] = []
        if let metric {
            filters.append("""
                SELECT paper_id FROM claim WHERE metric_id = \(metric.id) AND paper_id IS NOT NULL
                UNION SELECT paper_id FROM mention WHERE entity_id = \(metric.id)
                """)
        }
        if let model {
            filters.append("""
                SELECT paper_id FROM claim WHERE model_id = \(model.id) AND paper_id IS NOT NULL
                UNION SELECT paper_id FROM claim WHERE baseline_id = \(model.id) AND paper_id IS NOT NULL
                UNION SELECT paper_id FROM mention WHERE entity_id = \(model.id)
                """)
        }
        var sql: SQL = filters.isEmpty ? combined : ([combined] + filters.map { "SELECT * FROM (\($0))" as SQL }).joined(separator: " INTERSECT ")
        if minClaims > 0 {
            sql = "SELECT paper_id FROM (\(sql)) AS matched WHERE (SELECT COUNT(*) FROM claim c WHERE c.paper_id = matched.paper_id) >= \(minClaims)"
        }
        return sql
    }

    /// Papers that report on a dataset directly, or on a member of it when it is a suite.
    private func reportingSQL(_ dataset: Int64) -> SQL {
        let roleFilter: SQL = scope == .reported ? "AND role IN ('evaluated', 'introduced')" : ""
        let targets: SQL = "SELECT \(dataset) UNION SELECT member_id FROM suite_member WHERE suite_id = \(dataset)"
        return """
            SELECT paper_id FROM mention WHERE entity_id IN (\(targets)) \(roleFilter)
            UNION
            SELECT paper_id FROM claim WHERE dataset_id IN (\(targets)) AND paper_id IS NOT NULL
            """
    }

    /// For each paper of the page, how it matched each requested dataset: the dataset itself,
    /// or "MNLI (via GLUE)" when only through members (the first member by name).
    private func labels(of papers: [String], requested: [EntityRef], _ db: Database) throws -> [String: [String]] {
        guard !papers.isEmpty, !requested.isEmpty else { return [:] }
        let roleFilter: SQL = scope == .reported ? "AND m.role IN ('evaluated', 'introduced')" : ""
        let page = JSONText.array(papers)
        var labels: [String: [String]] = [:]
        // `+c.dataset_id` keeps the claim lookups on claim_by_paper: a page is a handful of papers,
        // a dataset can have thousands of claims.
        for dataset in requested {
            let rows = try Row.fetchAll(db, literal: """
                WITH target(entity_id, member_name) AS (
                    SELECT \(dataset.id), NULL
                    UNION
                    SELECT sm.member_id, e.name FROM suite_member sm JOIN entity e ON e.id = sm.member_id WHERE sm.suite_id = \(dataset.id)
                ), page(paper_id) AS (SELECT value FROM json_each(\(page)))
                SELECT page.paper_id, (
                    SELECT t.member_name FROM target t
                    WHERE EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = t.entity_id AND m.paper_id = page.paper_id \(roleFilter))
                        OR EXISTS (SELECT 1 FROM claim c WHERE c.paper_id = page.paper_id AND +c.dataset_id = t.entity_id)
                    ORDER BY t.member_name IS NOT NULL, t.member_name
                    LIMIT 1
                ) AS via, EXISTS (
                    SELECT 1 FROM target t
                    WHERE EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = t.entity_id AND m.paper_id = page.paper_id \(roleFilter))
                        OR EXISTS (SELECT 1 FROM claim c WHERE c.paper_id = page.paper_id AND +c.dataset_id = t.entity_id)
                ) AS matched
                FROM page
                """)
            for row in rows where (row[2] as Bool) {
                let paper: String = row[0]
                let via: String? = row[1]
                labels[paper, default: []].append(via.map { "\($0) (via \(dataset.name))" } ?? dataset.name)
            }
        }
        return labels
    }
}
