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
            var best: ([Key: Side], [Key: Side]) = ([:], [:])
            for row in try GRDB.Row.fetchAll(db, SQLRequest<GRDB.Row>(literal: Self.pairedBestSQL(left: left.id, right: right.id), cached: true)) {
                let key = Key(dataset: row[0], split: row[1], metric: row[2], setting: row[3])
                let lowerIsBetter = (row[4] as String?) == "lower", scale: String? = row[5]
                func side(_ at: Int) -> Side {
                    Side(
                        value: ClaimValue.normalised(row[at], unit: row[at + 1], scale: scale).value, lowerIsBetter: lowerIsBetter,
                        model: nil, evidence: row[at + 2],
                        origin: ClaimRecord.origin(paperID: row[at + 3], sourceFile: row[at + 4], sourceRecord: row[at + 5]))
                }
                best.0[key] = side(6)
                best.1[key] = side(12)
            }
            let stated = try ClaimRecord.fetch(db, where: """
                c.id IN (
                    SELECT id FROM claim WHERE model_id = \(left.id) AND kind IN ('delta', 'relative') AND baseline_id = \(right.id)
                    UNION
                    SELECT id FROM claim WHERE model_id = \(right.id) AND kind IN ('delta', 'relative') AND baseline_id = \(left.id))
                """)
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

        static func < (a: Key, b: Key) -> Bool { a.order < b.order }

        var order: (String, String, String, String) { (dataset.lowercased(), split ?? "", metric.lowercased(), setting ?? "") }
    }

    /// What the comparison needs of one side's best claim.
    struct Side {
        var value: Double
        var lowerIsBetter: Bool
        var model: String?
        var evidence: String
        var origin: String

        init(value: Double, lowerIsBetter: Bool, model: String?, evidence: String, origin: String) {
            self.value = value
            self.lowerIsBetter = lowerIsBetter
            self.model = model
            self.evidence = evidence
            self.origin = origin
        }

        init(_ claim: ClaimRecord, value: Double) {
            self.init(value: value, lowerIsBetter: claim.lowerIsBetter, model: claim.model, evidence: claim.evidence, origin: claim.origin)
        }
    }

    /// For two models, each side's best absolute claim per (dataset, split, metric, setting),
    /// where both sides have one, with what a row shows of it: dataset, split, metric, setting,
    /// direction, scale, then value, unit, evidence, paper, source file and record of the left
    /// claim and of the right one.
    ///
    /// Hub models have thousands of claims but share a few hundred boards, so no side is grouped
    /// whole: the right model's entries of claim_by_model_board are walked in key order and each
    /// is kept only when the left model has an entry with the same key (one index seek), which
    /// finds the shared boards; only for those are the best values (MIN or MAX by the metric's
    /// direction) and then the first claim by id with that value looked up, each a short range of
    /// the same index. The two CTEs are materialized so each lookup runs once per board, not per
    /// index entry. Among equal best values the first claim by id stands, as in `pair`.
    static func pairedBestSQL(left: Int64, right: Int64) -> SQL {
        func best(_ model: Int64) -> SQL {
            let value = ClaimValue.normalisedSQL(value: "y.value", unit: "y.unit", scale: "mt.scale")
            return """
                (SELECT CASE WHEN mt.direction = 'lower' THEN MIN(\(value)) ELSE MAX(\(value)) END
                FROM claim y INDEXED BY claim_by_model_board
                WHERE y.model_id = \(model) AND y.kind = 'absolute' AND y.dataset_id = k.dataset_id AND y.metric_id = k.metric_id
                    AND y.split IS k.split AND y.setting IS k.setting)
                """
        }
        func first(_ model: Int64, _ bestValue: String) -> SQL {
            let value = ClaimValue.normalisedSQL(value: "x.value", unit: "x.unit", scale: "b.scale")
            return """
                (SELECT MIN(x.id) FROM claim x INDEXED BY claim_by_model_board
                WHERE x.model_id = \(model) AND x.kind = 'absolute' AND x.dataset_id = b.dataset_id AND x.metric_id = b.metric_id
                    AND x.split IS b.split AND x.setting IS b.setting AND \(value) = \(SQL(sql: bestValue)))
                """
        }
        return """
            WITH shared AS (
                SELECT r.dataset_id, r.metric_id, r.split, r.setting
                FROM claim r INDEXED BY claim_by_model_board
                WHERE r.model_id = \(right) AND r.kind = 'absolute' AND r.dataset_id IS NOT NULL
                    AND EXISTS (
                        SELECT 1 FROM claim l INDEXED BY claim_by_model_board
                        WHERE l.model_id = \(left) AND l.kind = 'absolute' AND l.dataset_id = r.dataset_id
                            AND l.metric_id = r.metric_id AND l.split IS r.split AND l.setting IS r.setting)
                GROUP BY r.dataset_id, r.metric_id, r.split, r.setting
            ), best AS MATERIALIZED (
                SELECT k.dataset_id, k.metric_id, k.split, k.setting, mt.scale, mt.direction,
                    \(best(left)) AS left_value, \(best(right)) AS right_value
                FROM shared k JOIN entity mt ON mt.id = k.metric_id
            ), chosen AS MATERIALIZED (
                SELECT b.*, \(first(left, "b.left_value")) AS left_id, \(first(right, "b.right_value")) AS right_id
                FROM best b
            )
            SELECT d.name, ch.split, mt.name, ch.setting, ch.direction, ch.scale,
                lc.value, lc.unit, lc.evidence, lc.paper_id, lc.source_file, lc.source_record,
                rc.value, rc.unit, rc.evidence, rc.paper_id, rc.source_file, rc.source_record
            FROM chosen ch
            JOIN entity d ON d.id = ch.dataset_id
            JOIN entity mt ON mt.id = ch.metric_id
            JOIN claim lc ON lc.id = ch.left_id
            JOIN claim rc ON rc.id = ch.right_id
            """
    }

    /// Each side's best absolute claim per (dataset, split, metric, setting), paired where both
    /// exist: how papers are compared, and the reference `pairedBestSQL` is tested against.
    func pair(_ leftClaims: [ClaimRecord], _ rightClaims: [ClaimRecord], byModel: Bool) -> [Row] {
        func best(_ claims: [ClaimRecord]) -> [Key: Side] {
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
            return result.mapValues { Side($0.0, value: $0.1) }
        }
        return rows(best(leftClaims), best(rightClaims), byModel: byModel)
    }

    /// The comparison's rows, by key, from each side's best claim and its value on the common scale.
    private func rows(_ left: [Key: Side], _ right: [Key: Side], byModel: Bool) -> [Row] {
        // Sorted as `Key.<` sorts, each key lowered once rather than at every comparison.
        Set(left.keys).intersection(right.keys).map { ($0, $0.order) }.sorted { $0.1 < $1.1 }.map { key, _ in
            let l = left[key]!, r = right[key]!, lv = l.value, rv = r.value
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
