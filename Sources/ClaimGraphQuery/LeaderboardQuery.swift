import ClaimGraphStore
import Foundation
import GRDB

/// The ranking of models on one dataset: absolute claims ranked by the metric's direction,
/// one row per model with its best claim. Claims on different metrics, splits or settings
/// are never ranked together; delta and relative claims are listed apart. Ranking happens in
/// SQL on narrow rows, so a page of a board with thousands of models costs little more than
/// reading its index entries.
public struct LeaderboardQuery: Sendable {
    public struct Entry: Sendable, Equatable, Codable {
        public var rank: Int
        public var model: String
        public var value: Double
        /// The value as reported, when it was converted to the board's scale.
        public var reportedValue: Double
        public var unit: String?
        public var paper: String?
        public var paperTitle: String?
        public var source: String
        public var evidence: String
    }

    public struct Board: Sendable, Equatable, Codable {
        public var dataset: String
        public var metric: String
        public var split: String?
        public var setting: String?
        public var direction: String
        /// The board's first entries, up to the query's limit.
        public var entries: [Entry]
        /// How many models the whole board ranks.
        public var total: Int
        /// Shown entries whose value was converted to the board's scale.
        public var conversions: [String]
    }

    public struct Result: Sendable, Equatable {
        public var dataset: EntityRef
        public var boards: [Board]
        /// Delta and relative claims on the dataset: improvements, not scores, so never ranked;
        /// the first of them by id, up to the query's limit.
        public var comparative: [ClaimRecord]
        /// How many delta and relative claims there are in all.
        public var comparativeTotal: Int
        /// How many boards (metric, split, setting) the dataset has in all, shown or not.
        public var boardsTotal: Int
    }

    public var dataset: String
    public var metric: String?
    public var split: String?
    public var setting: String?
    /// At most this many entries per board, and comparative claims (nil: all).
    public var limit: Int?
    /// At most this many boards, those ranking the most models (nil: all).
    public var boardLimit: Int?

    public static let defaultLimit = 20
    public static let defaultBoardLimit = 10

    public init(dataset: String, metric: String? = nil, split: String? = nil, setting: String? = nil, limit: Int? = nil, boardLimit: Int? = nil) {
        self.dataset = dataset
        self.metric = metric
        self.split = split
        self.setting = setting
        self.limit = limit
        self.boardLimit = boardLimit
    }

    public func run(_ db: Database) throws -> Result {
        let datasetRef = try EntityLookup.find(dataset, kinds: [.dataset, .benchmark], in: db)
        let metricRef = try metric.map { try EntityLookup.find($0, kinds: [.metric], in: db) }
        var condition: SQL = "c.dataset_id = \(datasetRef.id)"
        if let metricRef { condition = condition + " AND c.metric_id = \(metricRef.id)" }
        if let split { condition = condition + " AND c.split = \(split) COLLATE NOCASE" }
        if let setting { condition = condition + " AND c.setting = \(setting) COLLATE NOCASE" }

        // Which boards: every one, or the largest (by models, in claim_by_dataset_board's
        // entries alone; a board's exact size comes with its ranking below).
        let boards = try Row.fetchAll(db, literal: """
            SELECT c.metric_id, c.split, c.setting, COUNT(*) OVER () AS boards
            FROM claim c
            WHERE \(condition) AND c.kind = 'absolute' AND c.metric_id IS NOT NULL
            GROUP BY c.metric_id, c.split, c.setting
            ORDER BY COUNT(DISTINCT c.model_id) + (COUNT(c.model_id) < COUNT(*)) DESC, c.metric_id, c.split, c.setting
            LIMIT \(boardLimit ?? -1)
            """)
        let boardsTotal: Int = boards.first?["boards"] ?? 0
        var ranking = condition
        if boardLimit != nil, boards.count < boardsTotal {
            let chosen: [SQL] = boards.map { "(c.metric_id = \($0["metric_id"] as Int64) AND c.split IS \($0["split"] as String?) AND c.setting IS \($0["setting"] as String?))" }
            ranking = ranking + " AND (" + chosen.joined(separator: " OR ") + ")"
        }

        // Ranking reads narrow rows from claim_by_dataset_board and the metric's direction and
        // scale; only the entries shown are read whole.
        let shown = try Row.fetchAll(db, literal: Self.rankingSQL(ranking, limit: limit))
        let claims = Dictionary(
            uniqueKeysWithValues: try ClaimRecord.fetch(db, ids: shown.map { $0["id"] as Int64 }).map { ($0.id, $0) })
        var ranked: [BoardID: Board] = [:]
        for row in shown {
            guard let claim = claims[row["id"]] else { continue }
            let id = BoardID(metric: row["metric_id"], split: row["split"], setting: row["setting"])
            let value: Double = row["value"]
            let lowerIsBetter = claim.lowerIsBetter
            var board = ranked[id] ?? Board(
                dataset: datasetRef.name, metric: claim.metric ?? "?", split: claim.split, setting: claim.setting,
                direction: lowerIsBetter ? "lower is better" : "higher is better", entries: [], total: row["total"], conversions: [])
            let model: String = row["model"]
            if let conversion = ClaimValue.normalised(claim.value, unit: claim.unit, scale: claim.scale).conversion {
                board.conversions.append("\(model): \(conversion)")
            }
            board.entries.append(Entry(
                rank: row["rank"], model: model, value: value, reportedValue: claim.value,
                unit: value != claim.value ? "%" : claim.unit, paper: claim.paperID, paperTitle: claim.paperTitle,
                source: claim.paperID ?? claim.origin, evidence: claim.evidence))
            ranked[id] = board
        }
        let sorted = ranked.values.sorted {
            ($0.metric.lowercased(), $0.split ?? "", $0.setting ?? "") < ($1.metric.lowercased(), $1.split ?? "", $1.setting ?? "")
        }.map { board in
            var board = board
            board.conversions.sort()
            return board
        }

        let comparativeCondition = condition + " AND c.kind <> 'absolute'"
        let comparativeTotal = try Int.fetchOne(db, literal: "SELECT COUNT(*) FROM claim c WHERE \(comparativeCondition)") ?? 0
        let comparativeIDs = try Int64.fetchAll(db, literal: "SELECT c.id FROM claim c WHERE \(comparativeCondition) ORDER BY c.id LIMIT \(limit ?? -1)")
        let comparative = try ClaimRecord.fetch(db, ids: comparativeIDs)
        return Result(
            dataset: datasetRef, boards: sorted, comparative: comparative, comparativeTotal: comparativeTotal, boardsTotal: boardsTotal)
    }

    struct BoardID: Hashable {
        var metric: Int64
        var split: String?
        var setting: String?
    }

    /// The shown entries of every board, in rank order: one row per model (its best absolute
    /// claim, the first by id among equals, on the board's scale), with its rank (ties share
    /// one) and the size of its board. A claim without a model ranks under its origin.
    static func rankingSQL(_ condition: SQL, limit: Int?) -> SQL {
        """
        WITH scored AS (
            SELECT c.id, c.metric_id, c.split, c.setting,
                COALESCE(mo.name, '(unnamed model, ' || COALESCE(c.paper_id, (
                    SELECT CASE WHEN x.source_file IS NULL THEN COALESCE(x.source_record, '')
                        WHEN x.source_record IS NULL THEN x.source_file
                        ELSE x.source_file || ' ' || x.source_record END
                    FROM claim x WHERE x.id = c.id)) || ')') AS model,
                \(ClaimValue.normalisedSQL(value: "c.value", unit: "c.unit", scale: "mt.scale")) AS value,
                mt.direction = 'lower' AS lower_is_better
            FROM claim c
            JOIN entity mt ON mt.id = c.metric_id
            LEFT JOIN entity mo ON mo.id = c.model_id
            WHERE \(condition) AND c.kind = 'absolute'
        ), best AS (
            SELECT *, CASE WHEN lower_is_better THEN value ELSE -value END AS score,
                ROW_NUMBER() OVER (PARTITION BY metric_id, split, setting, model
                    ORDER BY CASE WHEN lower_is_better THEN value ELSE -value END, id) AS nth
            FROM scored
        ), ranked AS (
            SELECT id, metric_id, split, setting, model, value,
                RANK() OVER (PARTITION BY metric_id, split, setting ORDER BY score) AS rank,
                ROW_NUMBER() OVER (PARTITION BY metric_id, split, setting ORDER BY score, model) AS position,
                COUNT(*) OVER (PARTITION BY metric_id, split, setting) AS total
            FROM best WHERE nth = 1
        )
        SELECT id, metric_id, split, setting, model, value, rank, total FROM ranked
        WHERE \(limit ?? -1) < 0 OR position <= \(limit ?? -1)
        ORDER BY metric_id, split, setting, position
        """
    }
}
