import ClaimGraphCorpus
import ClaimGraphExtraction
import Foundation
import GRDB

/// What one ingest did, for the summary line.
public struct IngestReport: Sendable, Equatable, Codable {
    public var papersRead = 0
    public var papersAdded = 0
    public var papersUpdated = 0
    public var papersUnchanged = 0
    public var entitiesAdded = 0
    public var mentionsAdded = 0
    public var claimsAdded = 0

    public init() {}

    public static func += (lhs: inout IngestReport, rhs: IngestReport) {
        lhs.papersRead += rhs.papersRead
        lhs.papersAdded += rhs.papersAdded
        lhs.papersUpdated += rhs.papersUpdated
        lhs.papersUnchanged += rhs.papersUnchanged
        lhs.entitiesAdded += rhs.entitiesAdded
        lhs.mentionsAdded += rhs.mentionsAdded
        lhs.claimsAdded += rhs.claimsAdded
    }
}

/// Runs papers through the extractor and writes them with their mentions and claims.
/// A paper already stored with the same content is left alone, so ingest is idempotent; a
/// paper whose text changed is replaced whole.
public struct PaperIngestor: Sendable {
    public let store: ClaimGraphStore
    public let extractor: Extractor

    public init(store: ClaimGraphStore, extractor: Extractor = Extractor()) {
        self.store = store
        self.extractor = extractor
    }

    /// Writes all of `papers` in one transaction: either every paper lands or none does.
    public func ingest(_ papers: [PaperRecord]) throws -> IngestReport {
        // Extraction is pure and needs no lock, so it runs before the write transaction opens.
        try write(prepareAll(papers), cache: EntityCache())
    }

    func write(_ paper: PreparedPaper, db: Database, resolver: EntityResolver, report: inout IngestReport) throws {
        report.papersRead += 1
        let row = paper.row, extraction = paper.extraction
        let id = row.id
        let storedHash = try String.fetchOne(db.cachedStatement(sql: "SELECT content_hash FROM paper WHERE id = ?"), arguments: [id])
        if let storedHash {
            if storedHash == row.contentHash {
                report.papersUnchanged += 1
                return
            }
            // Replace what was extracted from the old text; claims imported from result files
            // name this paper too and stay (deleting the paper row would cascade to them).
            try db.execute(sql: "DELETE FROM mention WHERE paper_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM claim WHERE paper_id = ? AND source = 'extracted'", arguments: [id])
            try row.updateAll(db)
            report.papersUpdated += 1
        } else {
            try row.insertNew(db)
            report.papersAdded += 1
        }

        func insertMentions(_ mentions: [Mention], entity: Int64, role: String, rule: String) throws {
            for mention in mentions where mention.end > mention.start {
                let inserted = MentionRow(
                    paperId: id, entityId: entity, role: role, surface: mention.text, field: mention.field.rawValue,
                    spanStart: mention.start, spanEnd: mention.end, rule: rule)
                try inserted.insertIgnoringConflicts(db)
                report.mentionsAdded += db.changesCount
            }
        }
        for dataset in extraction.datasets {
            let kind: EntityKind = dataset.type == .benchmark ? .benchmark : .dataset
            guard let entity = try resolver.resolve(dataset.name, kind: kind, surface: dataset.mentions.first?.text) else { continue }
            try insertMentions(dataset.mentions, entity: entity, role: dataset.role.rawValue, rule: dataset.rule)
        }
        for model in extraction.models {
            guard let entity = try resolver.resolve(model.name, kind: .model, surface: model.mentions.first?.text) else { continue }
            try insertMentions(model.mentions, entity: entity, role: model.role.rawValue, rule: model.rule)
        }
        for metric in extraction.metrics {
            guard let entity = try resolver.resolve(metric.name, kind: .metric, surface: metric.mentions.first?.text) else { continue }
            try insertMentions(metric.mentions, entity: entity, role: "mentioned", rule: metric.rule)
        }
        for (index, claim) in extraction.claims.enumerated() {
            let row = ClaimRow(
                paperId: id,
                modelId: try claim.model.flatMap { try resolver.resolve($0, kind: .model) },
                datasetId: try claim.dataset.flatMap { try resolver.resolve($0, kind: .dataset) },
                split: claim.split,
                metricId: try claim.metric.flatMap { try resolver.resolve($0, kind: .metric) },
                value: claim.value, valueMax: claim.valueMax, unit: claim.unit, kind: claim.kind.rawValue,
                baselineId: try claim.baseline.flatMap { try resolver.resolve($0, kind: .model) },
                setting: claim.setting, evidence: claim.evidence, evidenceField: claim.evidenceField.rawValue,
                evidenceStart: claim.evidenceStart, evidenceEnd: claim.evidenceEnd, source: "extracted",
                sourceFile: row.sourceFile, sourceRecord: "line \(row.sourceLine ?? 1)",
                rawText: claim.rawText, rule: claim.rule, fingerprint: "extracted:\(id):\(index)")
            try row.insertIgnoringConflicts(db)
            report.claimsAdded += db.changesCount
        }
    }
}

/// A paper ready to be written: its row (id, content hash, authors as JSON) and what was
/// extracted from it. Built on any thread, so the writer's thread only writes.
struct PreparedPaper: Sendable {
    var row: PaperRow
    var extraction: PaperExtraction

    init(_ paper: PaperRecord, extractor: Extractor) {
        row = PaperRow(
            id: PaperIdentity.id(for: paper), title: paper.title, abstract: paper.abstract, published: paper.date,
            url: paper.url, authors: JSONText.array(paper.authors), sourceFile: paper.location.file,
            sourceLine: paper.location.line, contentHash: PaperIdentity.contentHash(title: paper.title, abstract: paper.abstract))
        extraction = extractor.extract(title: paper.title, abstract: paper.abstract)
    }
}
