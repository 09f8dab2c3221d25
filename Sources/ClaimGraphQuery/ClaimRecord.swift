import Foundation
import GRDB

/// A claim with its entities' names, as the comparison queries read it.
public struct ClaimRecord: Sendable, Equatable, Codable, FetchableRecord {
    public var id: Int64
    public var paperID: String?
    public var paperTitle: String?
    public var modelID: Int64?
    public var model: String?
    public var datasetID: Int64?
    public var dataset: String?
    public var split: String?
    public var metricID: Int64?
    public var metric: String?
    public var direction: String?
    public var scale: String?
    public var value: Double
    public var valueMax: Double?
    public var unit: String?
    public var kind: String
    public var baselineID: Int64?
    public var baseline: String?
    public var setting: String?
    public var evidence: String
    public var source: String
    public var sourceFile: String?
    public var sourceRecord: String?
    public var rawText: String

    /// Where the claim comes from, for a person: the paper id, or the imported file and record.
    public var origin: String {
        Self.origin(paperID: paperID, sourceFile: sourceFile, sourceRecord: sourceRecord)
    }

    /// `origin` from the columns it is made of, for queries that read them without a whole claim.
    static func origin(paperID: String?, sourceFile: String?, sourceRecord: String?) -> String {
        if let paperID { return paperID }
        return [sourceFile, sourceRecord].compactMap { $0 }.joined(separator: " ")
    }

    public var lowerIsBetter: Bool { direction == "lower" }

    enum CodingKeys: String, CodingKey {
        case id, model, dataset, split, metric, direction, scale, value, unit, kind, baseline, setting, evidence, source
        case paperID = "paper_id", paperTitle = "paper_title", modelID = "model_id", datasetID = "dataset_id"
        case metricID = "metric_id", valueMax = "value_max", baselineID = "baseline_id"
        case sourceFile = "source_file", sourceRecord = "source_record", rawText = "raw_text"
    }

    /// Decodes by column position, in the order `fetch` selects them: GRDB's Codable decoding,
    /// which looks each column up by name, was most of a leaderboard's or comparison's time.
    public init(row: Row) {
        id = row[0]
        paperID = row[1]
        paperTitle = row[2]
        modelID = row[3]
        model = row[4]
        datasetID = row[5]
        dataset = row[6]
        split = row[7]
        metricID = row[8]
        metric = row[9]
        direction = row[10]
        scale = row[11]
        value = row[12]
        valueMax = row[13]
        unit = row[14]
        kind = row[15]
        baselineID = row[16]
        baseline = row[17]
        setting = row[18]
        evidence = row[19]
        source = row[20]
        sourceFile = row[21]
        sourceRecord = row[22]
        rawText = row[23]
    }

    /// The claims with these ids, in id order: how a page's rows are read whole once narrow
    /// rows have chosen them.
    static func fetch(_ db: Database, ids: [Int64]) throws -> [ClaimRecord] {
        guard !ids.isEmpty else { return [] }
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        return try fetch(db, where: "c.id IN (SELECT value FROM json_each(\(list)))")
    }

    /// Claims matching an SQL condition over `c` (claim), in a stable order.
    static func fetch(_ db: Database, where condition: SQL) throws -> [ClaimRecord] {
        let request: SQLRequest<ClaimRecord> = """
            SELECT c.id, c.paper_id, p.title AS paper_title, c.model_id, mo.name AS model,
                c.dataset_id, d.name AS dataset, c.split, c.metric_id, mt.name AS metric,
                mt.direction, mt.scale, c.value, c.value_max, c.unit, c.kind, c.baseline_id, b.name AS baseline,
                c.setting, c.evidence, c.source, c.source_file, c.source_record, c.raw_text
            FROM claim c
            LEFT JOIN paper p ON p.id = c.paper_id
            LEFT JOIN entity mo ON mo.id = c.model_id
            LEFT JOIN entity d ON d.id = c.dataset_id
            LEFT JOIN entity mt ON mt.id = c.metric_id
            LEFT JOIN entity b ON b.id = c.baseline_id
            WHERE \(condition)
            ORDER BY c.id
            """
        return try request.fetchAll(db)
    }
}
