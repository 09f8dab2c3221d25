import ClaimGraphStore
import Foundation
import GRDB

/// Two models, or two papers, side by side on every dataset, split and metric both report.
public struct CompareQuery: Sendable {
    public struct Row: Sendable, Equatable, Codable {
        public var dataset: String
        public var split: String?
        public var metric: String
        public var setting: String?
        public var left: Double
        public var right: Double
        public var leftModel: String?
        public var rightModel: String?
        /// Which side is ahead by the metric's direction, or "tie".
        public var ahead: String
        public var margin: Double
        public var leftEvidence: String
        public var rightEvidence: String
        public var leftSource: String
        public var rightSource: String
    }

    public struct Result: Sendable, Equatable {
        public var left: String
        public var right: String
        public var rows: [Row]
        /// Delta claims that state the gap directly ("A beats B by 1.7 on X").
        public var stated: [ClaimRecord]
    }

    public enum Subject: Sendable {
        case models(String, String)
        case papers(String, String)
    }

    public var subject: Subject

    public init(_ subject: Subject) {
        self.subject = subject
    }

    public func run(_ db: Database) throws -> Result {
        switch subject {
        case .models(let a, let b):
            let left = try EntityLookup.find(a, kinds: [.model], in: db)
            let right = try EntityLookup.find(b, kinds: [.model], in: db)
            let pairs = try GRDB.Row.fetchAll(db, literal: Self.pairedBestSQL(left: left.id, right: right.id))
            let records = Dictionary(
                uniqueKeysWithValues: try ClaimRecord.fetch(db, ids: pairs.flatMap { [$0[0] as Int64, $0[1] as Int64] }).map { ($0.id, $0) })
            var best: ([Key: (ClaimRecord, Double)], [Key: (ClaimRecord, Double)]) = ([:], [:])
            for pair in pairs {
                guard let l = records[pair[0]], let r = records[pair[1]], let dataset = l.dataset, let metric = l.metric else { continue }
                let key = Key(dataset: dataset, split: l.split, metric: metric, setting: l.setting)
                best.0[key] = (l, ClaimValue.normalised(l.value, unit: l.unit, scale: l.scale).value)
                best.1[key] = (r, ClaimValue.normalised(r.value, unit: r.unit, scale: r.scale).value)
            }
            let statedIDs = try Int64.fetchAll(db, literal: """
                SELECT id FROM claim WHERE model_id = \(left.id) AND kind IN ('delta', 'relative') AND baseline_id = \(right.id)
                UNION
                SELECT id FROM claim WHERE model_id = \(right.id) AND kind IN ('delta', 'relative') AND baseline_id = \(left.id)
                """)
            let stated = try ClaimRecord.fetch(db, ids: statedIDs)
            return Result(left: left.name, right: right.name, rows: rows(best.0, best.1, byModel: false), stated: stated)
        case .papers(let a, let b):
            let left = try paperID(a, db)
            let right = try paperID(b, db)
            let leftClaims = try ClaimRecord.fetch(db, where: "c.paper_id = \(left)")
            let rightClaims = try ClaimRecord.fetch(db, where: "c.paper_id = \(right)")
            return Result(left: left, right: right, rows: pair(leftClaims, rightClaims, byModel: true), stated: [])
        }
    }

    private func paperID(_ name: String, _ db: Database) throws -> String {
        if let id = try String.fetchOne(db, sql: "SELECT id FROM paper WHERE id = ? OR title = ? COLLATE NOCASE ORDER BY id LIMIT 1", arguments: [name, name]) {
            return id
        }
        let near = try String.fetchAll(db, sql: "SELECT id FROM paper WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 5", arguments: ["%" + escapeLike(name) + "%"])
        throw StoreError.unknownEntity(kind: "paper", name: name, suggestions: near)
    }

    struct Key: Hashable, Comparable {
        var dataset: String
        var split: String?
        var metric: String
        var setting: String?

        static func < (a: Key, b: Key) -> Bool {
            (a.dataset.lowercased(), a.split ?? "", a.metric.lowercased(), a.setting ?? "")
                < (b.dataset.lowercased(), b.split ?? "", b.metric.lowercased(), b.setting ?? "")
        }
    }

    /// For two models, each side's best absolute claim per (dataset, split, metric, setting),
    /// where both sides have one: aggregated over claim_by_model_board's entries, which come in
    /// group order, so neither model's claims are read whole. Among equal best values the first
    /// claim by id stands, as in `pair`.
    static func pairedBestSQL(left: Int64, right: Int64) -> SQL {
        let value = ClaimValue.normalisedSQL(value: "c.value", unit: "c.unit", scale: "mt.scale")
        let candidate = ClaimValue.normalisedSQL(value: "x.value", unit: "x.unit", scale: "b.scale")
        return """
            WITH best AS (
                SELECT c.model_id, c.dataset_id, c.metric_id, c.split, c.setting, mt.scale,
                    CASE WHEN mt.direction = 'lower' THEN MIN(\(value)) ELSE MAX(\(value)) END AS value
                FROM claim c JOIN entity mt ON mt.id = c.metric_id
                WHERE c.model_id IN (\(left), \(right)) AND c.kind = 'absolute' AND c.dataset_id IS NOT NULL
                GROUP BY c.model_id, c.dataset_id, c.metric_id, c.split, c.setting
            ), paired AS (
                SELECT l.model_id AS left_model, r.model_id AS right_model, l.dataset_id, l.metric_id, l.split, l.setting,
                    l.scale, l.value AS left_value, r.value AS right_value
                FROM best l JOIN best r ON r.dataset_id = l.dataset_id AND r.metric_id = l.metric_id
                    AND r.split IS l.split AND r.setting IS l.setting
                WHERE l.model_id = \(left) AND r.model_id = \(right)
            )
            SELECT
                (SELECT MIN(x.id) FROM claim x INDEXED BY claim_by_model_board WHERE x.model_id = b.left_model AND x.kind = 'absolute'
                    AND x.dataset_id = b.dataset_id AND x.metric_id = b.metric_id AND x.split IS b.split
                    AND x.setting IS b.setting AND \(candidate) = b.left_value),
                (SELECT MIN(x.id) FROM claim x INDEXED BY claim_by_model_board WHERE x.model_id = b.right_model AND x.kind = 'absolute'
                    AND x.dataset_id = b.dataset_id AND x.metric_id = b.metric_id AND x.split IS b.split
                    AND x.setting IS b.setting AND \(candidate) = b.right_value)
            FROM paired b
            """
    }

    /// Each side's best absolute claim per (dataset, split, metric, setting), paired where both exist.
    private func pair(_ leftClaims: [ClaimRecord], _ rightClaims: [ClaimRecord], byModel: Bool) -> [Row] {
        func best(_ claims: [ClaimRecord]) -> [Key: (ClaimRecord, Double)] {
            var result: [Key: (ClaimRecord, Double)] = [:]
            for claim in claims where claim.kind == "absolute" {
                guard let dataset = claim.dataset, let metric = claim.metric else { continue }
                let key = Key(dataset: dataset, split: claim.split, metric: metric, setting: claim.setting)
                let value = ClaimValue.normalised(claim.value, unit: claim.unit, scale: claim.scale).value
                if let current = result[key] {
                    let better = claim.lowerIsBetter ? value < current.1 : value > current.1
                    if !better { continue }
                }
                result[key] = (claim, value)
            }
            return result
        }
        return rows(best(leftClaims), best(rightClaims), byModel: byModel)
    }

    /// The comparison's rows, by key, from each side's best claim and its value on the common scale.
    private func rows(_ left: [Key: (ClaimRecord, Double)], _ right: [Key: (ClaimRecord, Double)], byModel: Bool) -> [Row] {
        Set(left.keys).intersection(right.keys).sorted().map { key in
            let (l, lv) = left[key]!, (r, rv) = right[key]!
            let lowerIsBetter = l.lowerIsBetter
            let ahead: String
            if ClaimValue.agree(lv, rv) {
                ahead = "tie"
            } else {
                ahead = (lowerIsBetter ? lv < rv : lv > rv) ? "left" : "right"
            }
            return Row(
                dataset: key.dataset, split: key.split, metric: key.metric, setting: key.setting, left: lv, right: rv,
                leftModel: byModel ? l.model : nil, rightModel: byModel ? r.model : nil,
                ahead: ahead, margin: (abs(lv - rv) * 1e6).rounded() / 1e6,
                leftEvidence: l.evidence, rightEvidence: r.evidence, leftSource: l.origin, rightSource: r.origin)
        }
    }
}

func escapeLike(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
}
