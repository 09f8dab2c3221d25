import ClaimGraphCorpus
import ClaimGraphExtraction
import Foundation
import GRDB
import Testing
@testable import ClaimGraphStore

@Suite("Batched paper ingest")
struct BatchedIngestTests {
    struct Stop: Error {}

    private func papers(_ count: Int) -> [PaperRecord] {
        (1...count).map { index in
            PaperRecord(
                title: "Paper \(index)", abstract: "ResNet-50 reaches 7\(index).0% top-1 accuracy on ImageNet-1K.",
                arxivID: String(format: "2101.%05d", index), location: SourceLocation(file: "dump.json", line: index))
        }
    }

    @Test("a streamed PwC dump lands whole, in batches, and again adds nothing")
    func streamedDump() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("papers-with-abstracts.json").path
        let objects = papers(7).map { ["title": $0.title, "abstract": $0.abstract, "arxiv_id": $0.arxivID!, "paper_url": "u"] }
        try JSONSerialization.data(withJSONObject: objects).write(to: URL(fileURLWithPath: path))

        let store = try ClaimGraphStore.inMemory()
        let ingestor = PaperIngestor(store: store, extractor: Extractor(lexicon: ImportLexicon.lexicon))
        func run() throws -> IngestReport {
            let stream = try PaperStream(path: path, format: .pwcPapers)
            return try ingestor.ingest(batchSize: 3) { try stream.nextPaper(skipping: { throw $0 }) }
        }
        let first = try run()
        #expect(first.papersAdded == 7)
        #expect(first.claimsAdded == 7)
        let again = try run()
        #expect(again.papersUnchanged == 7)
        #expect(again.claimsAdded == 0)
    }

    @Test("a failure part-way keeps the batches committed before it, and only those")
    func failurePartWay() throws {
        let store = try ClaimGraphStore.inMemory()
        let ingestor = PaperIngestor(store: store, extractor: Extractor(lexicon: ImportLexicon.lexicon))
        #expect(throws: Stop.self) {
            var remaining = papers(5).enumerated().makeIterator()
            return try ingestor.ingest(batchSize: 2) {
                guard let (index, paper) = remaining.next() else { return nil }
                if index == 3 { throw Stop() }
                return paper
            }
        }
        let stored = try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM paper") }
        #expect(stored == 2)
    }
}
