import ClaimGraphCorpus
import ClaimGraphTestSupport
import ClaimGraphExtraction
import Foundation
import GRDB
import Testing
@testable import ClaimGraphStore

@Suite("Ingest")
struct IngestTests {
    let papers = [
        TestLexicon.paper("Net A: results on IN-1K", "Net A reaches 81.2% top-1 accuracy on ImageNet-1k, beating ResNet-50.", line: 1),
        TestLexicon.paper("Net B for detection", "Our detector achieves 57.7 box AP on MS COCO.", line: 5),
        TestLexicon.paper("Net C for language", "We report 88.1% accuracy on MNLI with BERT-base.", line: 9),
    ]

    func ingested() throws -> ClaimGraphStore {
        let store = try ClaimGraphStore.inMemory()
        _ = try PaperIngestor(store: store, extractor: TestLexicon.extractor).ingest(papers)
        return store
    }

    @Test("ingesting the same papers twice changes no count")
    func ingestIsIdempotent() throws {
        let store = try ClaimGraphStore.inMemory()
        let ingestor = PaperIngestor(store: store, extractor: TestLexicon.extractor)
        let first = try ingestor.ingest(papers)
        let before = try store.reader.read { try Statistics.read($0) }
        let second = try ingestor.ingest(papers)
        let after = try store.reader.read { try Statistics.read($0) }
        #expect(first.papersAdded == 3)
        #expect(second.papersAdded == 0 && second.papersUnchanged == 3 && second.claimsAdded == 0)
        #expect(before == after)
        #expect(after.papers == 3)
    }

    @Test("a paper whose text changed is replaced whole, not duplicated")
    func changedPaperIsReplaced() throws {
        let store = try ingested()
        var changed = papers[1]
        changed.abstract = "Our detector achieves 58.0 box AP on MS COCO."
        let report = try PaperIngestor(store: store, extractor: TestLexicon.extractor).ingest([changed])
        #expect(report.papersUpdated == 1)
        let values = try store.reader.read { db in
            try Double.fetchAll(db, sql: "SELECT value FROM claim WHERE paper_id = ? ORDER BY value", arguments: [PaperIdentity.id(for: changed)])
        }
        #expect(values == [58.0])
    }

    @Test("surface forms of one dataset meet on one entity through aliases")
    func aliasesMeet() throws {
        let store = try ingested()
        let ids = try store.reader.read { db in
            try ["ImageNet-1K", "imagenet 1K", "IN-1K", "ILSVRC-2012"].map { name in
                try EntityResolver.lookup(key: NameKey.of(name), kinds: [.dataset, .benchmark], in: db)
            }
        }
        #expect(Set(ids).count == 1 && ids[0] != nil)
    }

    @Test("a dataset that belongs to a suite is linked to it")
    func suiteMembership() throws {
        let store = try ingested()
        let pairs = try store.reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.name AS suite, m.name AS member FROM suite_member sm
                JOIN entity s ON s.id = sm.suite_id JOIN entity m ON m.id = sm.member_id
                """).map { "\($0["member"] as String) part-of \($0["suite"] as String)" }
        }
        #expect(pairs == ["MNLI part-of GLUE"])
    }

    @Test("after ingest the foreign keys and the file are intact")
    func integrity() throws {
        let store = try ingested()
        let (foreignKeyProblems, integrity) = try store.reader.read { db in
            (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), try String.fetchOne(db, sql: "PRAGMA integrity_check"))
        }
        #expect(foreignKeyProblems.isEmpty)
        #expect(integrity == "ok")
    }

    @Test("the edge view links papers to what they report on and models to datasets")
    func edgeView() throws {
        let store = try ingested()
        let relations = try store.reader.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT relation FROM edge ORDER BY relation")
        }
        #expect(relations.contains("reports-on"))
        #expect(relations.contains("part-of"))
        #expect(relations.contains("measured-by"))
    }

    @Test("full-text search finds papers by stemmed words")
    func fullTextSearch() throws {
        let store = try ingested()
        let titles = try store.reader.read { db in
            try String.fetchAll(db, sql: "SELECT p.title FROM paper_fts JOIN paper p ON p.rowid = paper_fts.rowid WHERE paper_fts MATCH 'detectors' ORDER BY p.title")
        }
        #expect(titles == ["Net B for detection"])
    }
}
