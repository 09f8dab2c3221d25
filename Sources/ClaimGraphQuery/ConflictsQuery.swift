import ClaimGraphStore
import Foundation
import GRDB

/// Claims that cannot all be true: one model, dataset, split and metric reported with values
/// that differ beyond rounding by different papers or sources; and delta claims whose stated
/// gap disagrees with the two absolute values it relates.
public struct ConflictsQuery: Sendable {
    public struct ValueConflict: Sendable, Equatable {
        public var model: String
        public var dataset: String
        public var split: String?
        public var metric: String
        /// Every claim in the group, each with its value on the common scale.
        public var claims: [(claim: ClaimRecord, value: Double)]

        public static func == (a: ValueConflict, b: ValueConflict) -> Bool {
            a.model == b.model && a.dataset == b.dataset && a.split == b.split && a.metric == b.metric
                && a.claims.map(\.claim) == b.claims.map(\.claim)
        }
    }

    public struct DeltaConflict: Sendable, Equatable {
        public var delta: ClaimRecord
        public var modelClaim: ClaimRecord
        public var baselineClaim: ClaimRecord
        /// The gap the two absolute values imply.
        public var impliedGap: Double
    }

    public struct Result: Sendable, Equatable {
        public var values: [ValueConflict]
        public var deltas: [DeltaConflict]
    }

    public var dataset: String?
    public var model: String?

    public init(dataset: String? = nil, model: String? = nil) {
        self.dataset = dataset
        self.model = model
    }

    public func run(_ db: Database) throws -> Result {
        var condition: SQL = "c.model_id IS NOT NULL AND c.dataset_id IS NOT NULL AND c.metric_id IS NOT NULL"
        if let dataset {
            let ref = try EntityLookup.find(dataset, kinds: [.dataset, .benchmark], in: db)
            condition = condition + " AND c.dataset_id = \(ref.id)"
        }
        var modelID: Int64?
        if let model {
            let ref = try EntityLookup.find(model, kinds: [.model], in: db)
            modelID = ref.id
            condition = condition + " AND (c.model_id = \(ref.id) OR c.baseline_id = \(ref.id))"
        }
        // Only groups whose values differ at all can conflict: they are found on narrow index
        // entries (grouped by model, dataset and metric, a superset of the groups below), and
        // only their claims are read whole, found again by the same three keys on
        // claim_by_model_board (those keys imply every part of the condition).
        let value = ClaimValue.normalisedSQL(value: "c.value", unit: "c.unit", scale: "mt.scale")
        let modelFilter: SQL = modelID.map { "AND c.model_id = \($0)" } ?? ""
        let absolute = try ClaimRecord.fetch(db, where: """
            c.id IN (
                SELECT x.id FROM (
                    SELECT c.model_id, c.dataset_id, c.metric_id
                    FROM claim c JOIN entity mt ON mt.id = c.metric_id
                    WHERE \(condition) AND c.kind = 'absolute' \(modelFilter)
                    GROUP BY c.model_id, c.dataset_id, c.metric_id
                    HAVING MIN(\(value)) < MAX(\(value))
                ) differing
                JOIN claim x INDEXED BY claim_by_model_board
                    ON x.model_id = differing.model_id AND x.kind = 'absolute' AND x.dataset_id = differing.dataset_id
                    AND x.metric_id = differing.metric_id)
            """)

        struct Key: Hashable { var model: Int64, dataset: Int64, split: String, metric: Int64, setting: String }
        func key(_ claim: ClaimRecord, model: Int64? = nil) -> Key {
            Key(model: model ?? claim.modelID!, dataset: claim.datasetID!, split: claim.split?.lowercased() ?? "",
                metric: claim.metricID!, setting: claim.setting?.lowercased() ?? "")
        }
        let groups = Dictionary(grouping: absolute) { key($0) }

        var values: [ValueConflict] = []
        for (_, group) in groups where group.count > 1 {
            let scaled = group.map { ($0, ClaimValue.normalised($0.value, unit: $0.unit, scale: $0.scale).value) }
            // Only values from different papers or sources can conflict; one paper restating
            // its own number is not a disagreement.
            let origins = Set(group.map { "\($0.source):\($0.origin)" })
            guard origins.count > 1 else { continue }
            let disagree = scaled.contains { a in scaled.contains { b in !ClaimValue.agree(a.1, b.1, rawA: a.0.rawText, rawB: b.0.rawText) } }
            guard disagree else { continue }
            let first = group[0]
            values.append(ValueConflict(
                model: first.model!, dataset: first.dataset!, split: first.split, metric: first.metric!,
                claims: scaled.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }))
        }
        // Each conflict's names lowered once rather than at every comparison. Groups that differ
        // only in setting (or in the case of a split) share those names: the lowest claim id
        // among them settles the order, which the dictionary above does not keep.
        struct Order: Comparable {
            var names: (String, String, String, String)
            var firstClaim: Int64
            static func < (a: Order, b: Order) -> Bool { a.names != b.names ? a.names < b.names : a.firstClaim < b.firstClaim }
            static func == (a: Order, b: Order) -> Bool { a.names == b.names && a.firstClaim == b.firstClaim }
        }
        func order(_ conflict: ValueConflict) -> Order {
            Order(names: (conflict.model.lowercased(), conflict.dataset.lowercased(), conflict.metric.lowercased(), conflict.split ?? ""),
                  firstClaim: conflict.claims.map(\.claim.id).min() ?? 0)
        }
        values = values.map { ($0, order($0)) }.sorted { $0.1 < $1.1 }.map(\.0)

        // Delta claims, and the absolute claims of their models and baselines on their datasets,
        // matched on narrow rows: a delta is read whole only when both absolute claims exist.
        // A key names its metric, so only the absolute claims of a delta's model (or baseline),
        // dataset and metric can match it; of those only the first by id for each key is ever
        // used, so each exact group gives its least id, and the groups one key spans (split and
        // setting compared case-insensitively, in Swift) give the least of theirs. One statement
        // reads both: the deltas (kind 'delta') and those least ids (kind 'absolute').
        struct DeltaKey { var id: Int64, model: Key, baseline: Key }
        var deltaKeys: [DeltaKey] = []
        var firstByKey: [Key: Int64] = [:]
        let narrow = try Row.fetchAll(db, literal: """
            WITH delta AS MATERIALIZED (
                SELECT c.id, c.model_id, c.baseline_id, c.dataset_id, c.split, c.metric_id, c.setting
                FROM claim c WHERE \(condition) AND c.kind = 'delta' AND c.baseline_id IS NOT NULL
            ), side(model_id, dataset_id, metric_id) AS (
                SELECT model_id, dataset_id, metric_id FROM delta
                UNION
                SELECT baseline_id, dataset_id, metric_id FROM delta
            )
            SELECT 'delta', id, model_id, baseline_id, dataset_id, split, metric_id, setting FROM delta
            UNION ALL
            SELECT 'absolute', MIN(c.id), c.model_id, NULL, c.dataset_id, c.split, c.metric_id, c.setting
            FROM side s
            JOIN claim c INDEXED BY claim_by_model_board
                ON c.model_id = s.model_id AND c.kind = 'absolute' AND c.dataset_id = s.dataset_id AND c.metric_id = s.metric_id
            WHERE \(condition)
            GROUP BY c.model_id, c.dataset_id, c.metric_id, c.split, c.setting
            """)
        for row in narrow {
            let split: String? = row[5], setting: String? = row[7], id: Int64 = row[1]
            let key = Key(model: row[2], dataset: row[4], split: split?.lowercased() ?? "", metric: row[6], setting: setting?.lowercased() ?? "")
            if (row[0] as String) == "delta" {
                var baseline = key
                baseline.model = row[3]
                deltaKeys.append(DeltaKey(id: id, model: key, baseline: baseline))
            } else {
                firstByKey[key] = min(firstByKey[key] ?? id, id)
            }
        }
        var needed: Set<Int64> = [], deltaIDs: [Int64] = []
        for delta in deltaKeys {
            if let a = firstByKey[delta.model], let b = firstByKey[delta.baseline] {
                needed.insert(a)
                needed.insert(b)
                deltaIDs.append(delta.id)
            }
        }
        let deltaClaims = try ClaimRecord.fetch(db, ids: deltaIDs)
        let relatedClaims = try ClaimRecord.fetch(db, ids: needed.sorted())
        var deltas: [DeltaConflict] = []
        let absoluteByKey = Dictionary(grouping: relatedClaims) { key($0) }
        for delta in deltaClaims {
            guard let modelClaim = absoluteByKey[key(delta)]?.first,
                  let baselineClaim = absoluteByKey[key(delta, model: delta.baselineID!)]?.first
            else { continue }
            let a = ClaimValue.normalised(modelClaim.value, unit: modelClaim.unit, scale: modelClaim.scale).value
            let b = ClaimValue.normalised(baselineClaim.value, unit: baselineClaim.unit, scale: baselineClaim.scale).value
            let implied = delta.lowerIsBetter ? b - a : a - b
            if !ClaimValue.agree(implied, delta.value, rawB: delta.rawText) {
                deltas.append(DeltaConflict(delta: delta, modelClaim: modelClaim, baselineClaim: baselineClaim, impliedGap: (implied * 1e6).rounded() / 1e6))
            }
        }
        return Result(values: values, deltas: deltas)
    }
}
