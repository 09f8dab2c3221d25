import Foundation

/// An extraction in the annotation schema of the gold files (GUIDELINE.md), so it can be
/// scored; offsets of every mention and evidence ride along, and rules with `explain`.
public struct GoldRecord: Codable, Sendable, Equatable {
    public struct Dataset: Codable, Sendable, Equatable {
        public var name: String
        public var type: String
        public var mentions: [String]
        public var role: String
        public var suites: [String]
        public var spans: [Span]
        public var rule: String?
    }

    public struct Model: Codable, Sendable, Equatable {
        public var name: String
        public var mentions: [String]
        public var role: String
        public var spans: [Span]
        public var rule: String?
    }

    public struct Claim: Codable, Sendable, Equatable {
        public var model: String?
        public var dataset: String?
        public var split: String?
        public var metric: String?
        public var value: Double
        public var value_max: Double?
        public var unit: String?
        public var kind: String
        public var baseline: String?
        public var setting: String?
        public var evidence: String
        public var evidence_span: Span
        public var rule: String?

        private enum CodingKeys: String, CodingKey {
            case model, dataset, split, metric, value, value_max, unit, kind, baseline, setting, evidence, evidence_span, rule
        }

        /// Unknown fields are written as null, as in the gold files; `value_max` only for ranges.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(model, forKey: .model)
            try container.encode(dataset, forKey: .dataset)
            try container.encode(split, forKey: .split)
            try container.encode(metric, forKey: .metric)
            try container.encode(value, forKey: .value)
            try container.encodeIfPresent(value_max, forKey: .value_max)
            try container.encode(unit, forKey: .unit)
            try container.encode(kind, forKey: .kind)
            try container.encode(baseline, forKey: .baseline)
            try container.encode(setting, forKey: .setting)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(evidence_span, forKey: .evidence_span)
            try container.encodeIfPresent(rule, forKey: .rule)
        }
    }

    /// A mention's place: field ("title" or "abstract") and Unicode scalar offsets, end exclusive.
    public struct Span: Codable, Sendable, Equatable {
        public var field: String
        public var start: Int
        public var end: Int
    }

    public var id: String?
    public var title: String
    public var datasets: [Dataset]
    public var models: [Model]
    public var claims: [Claim]

    public init(_ extraction: PaperExtraction, id: String?, explain: Bool) {
        self.id = id
        title = extraction.title
        datasets = extraction.datasets.map { finding in
            Dataset(
                name: finding.name, type: finding.type.rawValue, mentions: Self.surfaces(finding.mentions),
                role: finding.role.rawValue, suites: finding.suites, spans: finding.mentions.map(Span.init),
                rule: explain ? finding.rule : nil)
        }
        models = extraction.models.map { finding in
            Model(
                name: finding.name, mentions: Self.surfaces(finding.mentions), role: finding.role.rawValue,
                spans: finding.mentions.map(Span.init), rule: explain ? finding.rule : nil)
        }
        claims = extraction.claims.map { claim in
            Claim(
                model: claim.model, dataset: claim.dataset, split: claim.split, metric: claim.metric,
                value: claim.value, value_max: claim.valueMax, unit: claim.unit, kind: claim.kind.rawValue,
                baseline: claim.baseline, setting: claim.setting, evidence: claim.evidence,
                evidence_span: Span(field: claim.evidenceField.rawValue, start: claim.evidenceStart, end: claim.evidenceEnd),
                rule: explain ? claim.rule : nil)
        }
    }

    /// Distinct surface forms in order of appearance, as the gold files list them.
    private static func surfaces(_ mentions: [Mention]) -> [String] {
        var seen = Set<String>()
        return mentions.map(\.text).filter { seen.insert($0).inserted }
    }

    /// One JSON line, keys sorted so output is byte-stable.
    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

extension GoldRecord.Span {
    init(_ mention: Mention) {
        self.init(field: mention.field.rawValue, start: mention.start, end: mention.end)
    }
}
