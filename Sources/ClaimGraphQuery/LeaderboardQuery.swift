import ClaimGraphStore
import Foundation
import GRDB

/// The ranking of models on one dataset: absolute claims ranked by the metric's direction,
/// one row per model with its best claim. Claims on different metrics, splits or settings
/// are never ranked together; delta and relative claims are listed apart.
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
        public var entries: [Entry]
        public var conversions: [String]
    }

    public struct Result: Sendable, Equatable {
        public var dataset: EntityRef
        public var boards: [Board]
        /// Delta and relative claims on the dataset: improvements, not scores, so never ranked.
        public var comparative: [ClaimRecord]
    }

    public var dataset: String
    public var metric: String?
    public var split: String?
    public var setting: String?

    public init(dataset: String, metric: String? = nil, split: String? = nil, setting: String? = nil) {
        self.dataset = dataset
        self.metric = metric
        self.split = split
        self.setting = setting
    }

    public func run(_ db: Database) throws -> Result {
        let datasetRef = try EntityLookup.find(dataset, kinds: [.dataset, .benchmark], in: db)
        let metricRef = try metric.map { try EntityLookup.find($0, kinds: [.metric], in: db) }
        var condition: SQL = "c.dataset_id = \(datasetRef.id)"
        if let metricRef { condition = condition + " AND c.metric_id = \(metricRef.id)" }
        if let split { condition = condition + " AND c.split = \(split) COLLATE NOCASE" }
        if let setting { condition = condition + " AND c.setting = \(setting) COLLATE NOCASE" }
        let claims = try ClaimRecord.fetch(db, where: condition)

        let absolute = claims.filter { $0.kind == "absolute" && $0.metric != nil }
        let groups = Dictionary(grouping: absolute) { BoardKey(metric: $0.metric!, split: $0.split, setting: $0.setting) }
        let boards = groups.keys.sorted().map { key in board(key, claims: groups[key]!, dataset: datasetRef.name) }
        let comparative = claims.filter { $0.kind != "absolute" }
        return Result(dataset: datasetRef, boards: boards, comparative: comparative)
    }

    struct BoardKey: Hashable, Comparable {
        var metric: String
        var split: String?
        var setting: String?

        static func < (a: BoardKey, b: BoardKey) -> Bool {
            (a.metric.lowercased(), a.split ?? "", a.setting ?? "") < (b.metric.lowercased(), b.split ?? "", b.setting ?? "")
        }
    }

    private func board(_ key: BoardKey, claims: [ClaimRecord], dataset: String) -> Board {
        let lowerIsBetter = claims.first?.lowerIsBetter ?? false
        var conversions: [String] = []
        var best: [String: (claim: ClaimRecord, value: Double)] = [:]
        for claim in claims {
            let (value, conversion) = ClaimValue.normalised(claim.value, unit: claim.unit, scale: claim.scale)
            if let conversion { conversions.append("\(claim.model ?? "?"): \(conversion)") }
            // A claim without a model still ranks, under the paper that made it.
            let modelKey = claim.model ?? "(unnamed model, \(claim.origin))"
            if let current = best[modelKey] {
                let better = lowerIsBetter ? value < current.value : value > current.value
                if !better { continue }
            }
            best[modelKey] = (claim, value)
        }
        let ranked = best.sorted { a, b in
            if a.value.value != b.value.value { return lowerIsBetter ? a.value.value < b.value.value : a.value.value > b.value.value }
            return a.key < b.key
        }
        var entries: [Entry] = []
        for (index, item) in ranked.enumerated() {
            // Ties share a rank.
            let rank = index > 0 && ranked[index - 1].value.value == item.value.value ? entries[index - 1].rank : index + 1
            let claim = item.value.claim
            entries.append(Entry(
                rank: rank, model: item.key, value: item.value.value, reportedValue: claim.value,
                unit: item.value.value != claim.value ? "%" : claim.unit, paper: claim.paperID, paperTitle: claim.paperTitle,
                source: claim.paperID ?? claim.origin, evidence: claim.evidence))
        }
        return Board(
            dataset: dataset, metric: key.metric, split: key.split, setting: key.setting,
            direction: lowerIsBetter ? "lower is better" : "higher is better", entries: entries,
            conversions: conversions.sorted())
    }
}
