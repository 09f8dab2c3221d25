import Foundation
import GRDB

/// A row of `paper`.
public struct PaperRow: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "paper"
    public var id: String
    public var title: String
    public var abstract: String
    public var published: String?
    public var url: String?
    public var authors: String
    public var sourceFile: String
    public var sourceLine: Int?
    public var contentHash: String

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let contentHash = Column(CodingKeys.contentHash)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, abstract, published, url, authors
        case sourceFile = "source_file", sourceLine = "source_line", contentHash = "content_hash"
    }
}

/// The kinds of named things in the graph.
public enum EntityKind: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case dataset, benchmark, model, metric, task

    /// Datasets and benchmarks share one name space: "--dataset GLUE" finds the suite.
    public var nameSpace: [EntityKind] {
        switch self {
        case .dataset, .benchmark: return [.dataset, .benchmark]
        default: return [self]
        }
    }
}

/// A row of `entity`.
public struct EntityRow: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "entity"
    public var id: Int64?
    public var kind: EntityKind
    public var name: String
    public var nameKey: String
    public var direction: String?
    public var scale: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, name, direction, scale
        case nameKey = "name_key"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `mention`.
struct MentionRow: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mention"
    var paperId: String
    var entityId: Int64
    var role: String
    var surface: String
    var field: String
    var spanStart: Int
    var spanEnd: Int
    var rule: String

    enum CodingKeys: String, CodingKey {
        case role, surface, field, rule
        case paperId = "paper_id", entityId = "entity_id", spanStart = "span_start", spanEnd = "span_end"
    }
}

/// A row of `claim`.
public struct ClaimRow: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "claim"
    public var paperId: String?
    public var modelId: Int64?
    public var datasetId: Int64?
    public var split: String?
    public var metricId: Int64?
    public var value: Double
    public var valueMax: Double?
    public var unit: String?
    public var kind: String
    public var baselineId: Int64?
    public var setting: String?
    public var evidence: String
    public var evidenceField: String?
    public var evidenceStart: Int?
    public var evidenceEnd: Int?
    public var source: String
    public var sourceFile: String?
    public var sourceRecord: String?
    public var rawText: String
    public var rule: String
    public var fingerprint: String

    enum CodingKeys: String, CodingKey {
        case split, value, unit, kind, setting, evidence, source, rule, fingerprint
        case paperId = "paper_id", modelId = "model_id", datasetId = "dataset_id", metricId = "metric_id"
        case valueMax = "value_max", baselineId = "baseline_id", evidenceField = "evidence_field"
        case evidenceStart = "evidence_start", evidenceEnd = "evidence_end"
        case sourceFile = "source_file", sourceRecord = "source_record", rawText = "raw_text"
    }
}
