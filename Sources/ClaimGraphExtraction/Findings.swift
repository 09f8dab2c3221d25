import Foundation

/// Which part of a paper a span lies in.
public enum TextField: String, Codable, Sendable, Hashable {
    case title
    case abstract
}

/// One surface form as written, with its span in Unicode scalars (as Python indexes strings),
/// `end` exclusive.
public struct Mention: Codable, Sendable, Hashable {
    public var text: String
    public var field: TextField
    public var start: Int
    public var end: Int

    public init(text: String, field: TextField, start: Int, end: Int) {
        self.text = text
        self.field = field
        self.start = start
        self.end = end
    }
}

public enum DatasetType: String, Codable, Sendable, Hashable, CaseIterable {
    case dataset
    case benchmark
}

public enum DatasetRole: String, Codable, Sendable, Hashable, CaseIterable {
    case evaluated, trained, introduced, mentioned
}

public enum ModelRole: String, Codable, Sendable, Hashable, CaseIterable {
    case proposed, baseline, backbone, mentioned
}

public enum ClaimKind: String, Codable, Sendable, Hashable, CaseIterable {
    case absolute, delta, relative
}

/// A named dataset or benchmark found in a paper.
public struct DatasetFinding: Codable, Sendable, Hashable {
    public var name: String
    public var type: DatasetType
    public var role: DatasetRole
    public var mentions: [Mention]
    /// Canonical names of the benchmark suites this dataset belongs to (GLUE for MNLI).
    public var suites: [String]
    /// The rule that produced it, for `extract --explain`.
    public var rule: String

    public init(name: String, type: DatasetType, role: DatasetRole, mentions: [Mention], suites: [String] = [], rule: String) {
        self.name = name
        self.type = type
        self.role = role
        self.mentions = mentions
        self.suites = suites
        self.rule = rule
    }
}

/// A named model, architecture or method found in a paper.
public struct ModelFinding: Codable, Sendable, Hashable {
    public var name: String
    public var role: ModelRole
    public var mentions: [Mention]
    public var rule: String

    public init(name: String, role: ModelRole, mentions: [Mention], rule: String) {
        self.name = name
        self.role = role
        self.mentions = mentions
        self.rule = rule
    }
}

/// A metric named in a paper.
public struct MetricFinding: Codable, Sendable, Hashable {
    public var name: String
    public var mentions: [Mention]
    public var rule: String

    public init(name: String, mentions: [Mention], rule: String) {
        self.name = name
        self.mentions = mentions
        self.rule = rule
    }
}

/// A number reported as a result, bound to what it measures.
public struct ClaimFinding: Codable, Sendable, Hashable {
    public var model: String?
    public var dataset: String?
    public var split: String?
    public var metric: String?
    public var value: Double
    public var valueMax: Double?
    /// "%", "points", "x" or nil.
    public var unit: String?
    public var kind: ClaimKind
    public var baseline: String?
    public var setting: String?
    /// An exact substring of the field it was found in.
    public var evidence: String
    public var evidenceField: TextField
    public var evidenceStart: Int
    public var evidenceEnd: Int
    /// The number as written ("59.4%", "+1.7").
    public var rawText: String
    public var rule: String

    public init(
        model: String?, dataset: String?, split: String?, metric: String?, value: Double, valueMax: Double?,
        unit: String?, kind: ClaimKind, baseline: String?, setting: String?, evidence: String,
        evidenceField: TextField, evidenceStart: Int, evidenceEnd: Int, rawText: String, rule: String
    ) {
        self.model = model
        self.dataset = dataset
        self.split = split
        self.metric = metric
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.kind = kind
        self.baseline = baseline
        self.setting = setting
        self.evidence = evidence
        self.evidenceField = evidenceField
        self.evidenceStart = evidenceStart
        self.evidenceEnd = evidenceEnd
        self.rawText = rawText
        self.rule = rule
    }
}

/// Everything extracted from one paper.
public struct PaperExtraction: Codable, Sendable, Hashable {
    public var title: String
    public var datasets: [DatasetFinding]
    public var models: [ModelFinding]
    public var metrics: [MetricFinding]
    public var claims: [ClaimFinding]

    public init(title: String, datasets: [DatasetFinding], models: [ModelFinding], metrics: [MetricFinding], claims: [ClaimFinding]) {
        self.title = title
        self.datasets = datasets
        self.models = models
        self.metrics = metrics
        self.claims = claims
    }
}
