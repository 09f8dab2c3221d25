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
            let leftClaims = try ClaimRecord.fetch(db, where: "c.model_id = \(left.id)")
            let rightClaims = try ClaimRecord.fetch(db, where: "c.model_id = \(right.id)")
            let stated = try ClaimRecord.fetch(db, where: """
                c.kind <> 'absolute' AND ((c.model_id = \(left.id) AND c.baseline_id = \(right.id))
                    OR (c.model_id = \(right.id) AND c.baseline_id = \(left.id)))
                """)
            return Result(left: left.name, right: right.name, rows: pair(leftClaims, rightClaims, byModel: false), stated: stated)
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
        let left = best(leftClaims), right = best(rightClaims)
        return Set(left.keys).intersection(right.keys).sorted().map { key in
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
