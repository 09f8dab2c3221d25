import ClaimGraphCorpus
import ClaimGraphExtraction
import Foundation
import GRDB
import Testing
@testable import ClaimGraphStore

@Suite("Imported and extracted claims meet")
struct AliasAndSourcesTests {
    private let abstract = PaperRecord(
        title: "Deep Residual Learning for Image Recognition",
        abstract: "ResNet-50 reaches 76.1% top-1 accuracy on ImageNet-1K.",
        arxivID: "1512.03385", location: SourceLocation(file: "papers.jsonl", line: 1))

    private func record(model: String, dataset: String, metric: String, value: String, row: Int, paperURL: String? = nil) -> ResultRecord {
        ResultRecord(
            model: model, dataset: dataset, task: "Image Classification", metric: metric, rawValue: value,
            paperTitle: paperURL == nil ? nil : "Deep Residual Learning for Image Recognition", paperURL: paperURL,
            location: RecordLocation(file: "/data/evaluation-tables.json", path: "Image Classification / \(dataset) / row \(row)"))
    }

    private func importRecords(_ records: [ResultRecord], into store: ClaimGraphStore) throws -> ImportReport {
        try ResultImporter(store: store, lexicon: ImportLexicon.lexicon).importFile(format: .pwcResults, skipBad: false) { emit in
            for record in records { try emit(.result(record)) }
        }
    }

    private func ingest(_ paper: PaperRecord, into store: ClaimGraphStore) throws -> IngestReport {
        try PaperIngestor(store: store, extractor: Extractor(lexicon: ImportLexicon.lexicon)).ingest([paper])
    }

    @Test("an abstract's claim and a leaderboard's claim share model and dataset, with two sources")
    func bothSources() throws {
        let store = try ClaimGraphStore.inMemory()
        _ = try ingest(abstract, into: store)
        _ = try importRecords([record(model: "ResNet50", dataset: "ImageNet", metric: "Top 1 Accuracy", value: "76.15%", row: 1,
                                      paperURL: "https://arxiv.org/abs/1512.03385")], into: store)
        let rows = try store.reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.source, c.model_id, c.dataset_id, c.metric_id, c.paper_id, c.value FROM claim c ORDER BY c.source
                """)
        }
        #expect(rows.map { $0["source"] as String } == ["extracted", "imported"])
        #expect(Set(rows.map { $0["model_id"] as Int64 }).count == 1)
        #expect(Set(rows.map { $0["dataset_id"] as Int64 }).count == 1)
        #expect(Set(rows.map { $0["metric_id"] as Int64 }).count == 1)
        #expect(Set(rows.map { $0["paper_id"] as String }) == ["1512.03385"])
        #expect(rows.map { $0["value"] as Double } == [76.1, 76.15])
    }

    @Test("an abstract ingested after its leaderboard stub keeps the imported claims")
    func abstractAfterImport() throws {
        let store = try ClaimGraphStore.inMemory()
        _ = try importRecords([record(model: "ResNet-50", dataset: "ImageNet", metric: "top-1", value: "76.15", row: 1,
                                      paperURL: "https://arxiv.org/abs/1512.03385")], into: store)
        let report = try ingest(abstract, into: store)
        #expect(report.papersUpdated == 1)
        let sources = try store.reader.read { try String.fetchAll($0, sql: "SELECT source FROM claim ORDER BY source") }
        #expect(sources == ["extracted", "imported"])
        let stored = try store.reader.read { try String.fetchOne($0, sql: "SELECT abstract FROM paper") }
        #expect(stored == abstract.abstract)
    }

    @Test("alias add merges the surface's entity into the canonical one and repoints everything")
    func aliasMerge() throws {
        let store = try ClaimGraphStore.inMemory()
        _ = try ingest(abstract, into: store)
        // A name the lexicon does not know makes its own entity.
        _ = try importRecords([
            record(model: "ResNet-50", dataset: "ILSVRC 2012", metric: "top-1 accuracy", value: "75.3", row: 1),
            record(model: "ResNet-101", dataset: "ILSVRC 2012", metric: "top-1 accuracy", value: "77.1", row: 2),
        ], into: store)
        func datasetIDs() throws -> Set<Int64> {
            Set(try store.reader.read { try Int64.fetchAll($0, sql: "SELECT dataset_id FROM claim") })
        }
        #expect(try datasetIDs().count == 2)

        let outcomes = try AliasTeacher(store: store, lexicon: ImportLexicon.lexicon).teach([
            AliasRule(surface: "ILSVRC 2012", canonical: "ImageNet-1K")
        ])
        #expect(outcomes.first?.kind == "dataset")
        #expect(outcomes.first?.merged == "ILSVRC 2012")
        #expect(outcomes.first?.claimsMoved == 2)
        #expect(try datasetIDs().count == 1)
        let remaining = try store.reader.read { try String.fetchAll($0, sql: "SELECT name FROM entity WHERE kind = 'dataset' ORDER BY name") }
        #expect(remaining == ["ImageNet-1K"])
        // Later imports under the taught name land on the canonical entity directly.
        _ = try importRecords([record(model: "VGG-16", dataset: "ilsvrc-2012", metric: "top-1 accuracy", value: "71.5", row: 3)], into: store)
        #expect(try datasetIDs().count == 1)
        // Teaching the same alias again changes nothing.
        let again = try AliasTeacher(store: store, lexicon: ImportLexicon.lexicon).teach([
            AliasRule(surface: "ILSVRC 2012", canonical: "ImageNet-1K")
        ])
        #expect(again.first?.merged == nil)
    }

    @Test("alias add on unknown names asks for a kind; an explicit kind creates the canonical entity")
    func aliasKinds() throws {
        let store = try ClaimGraphStore.inMemory()
        let teacher = AliasTeacher(store: store, lexicon: ImportLexicon.lexicon)
        #expect(throws: AliasError.unknownNames(surface: "x", canonical: "y", origin: nil)) {
            try teacher.teach([AliasRule(surface: "x", canonical: "y")])
        }
        let outcomes = try teacher.teach([AliasRule(surface: "IN1k", canonical: "ImageNet", kind: .dataset)])
        #expect(outcomes.first?.canonical == "ImageNet-1K")
    }

    @Test("merging keeps suites and mentions consistent (no self-membership, no duplicate mention)")
    func mergeSuites() throws {
        let store = try ClaimGraphStore.inMemory()
        try store.writer.write { db in
            try db.execute(sql: """
                INSERT INTO entity (id, kind, name, name_key) VALUES (1, 'benchmark', 'GLUE', 'glue'), (2, 'dataset', 'CoLA', 'cola'),
                    (3, 'benchmark', 'GLUE benchmark', 'gluebenchmark');
                INSERT INTO suite_member VALUES (1, 2), (3, 2), (3, 1);
                """)
        }
        _ = try AliasTeacher(store: store, lexicon: ImportLexicon.lexicon).teach([AliasRule(surface: "GLUE benchmark", canonical: "GLUE")])
        let members = try store.reader.read { try Row.fetchAll($0, sql: "SELECT suite_id, member_id FROM suite_member").map { [$0[0] as Int64, $0[1] as Int64] } }
        #expect(members == [[1, 2]])
    }
}
