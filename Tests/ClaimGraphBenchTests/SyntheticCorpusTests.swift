import ClaimGraphBench
import ClaimGraphCorpus
@testable import ClaimGraphQuery
import ClaimGraphStore
import ClaimGraphTestSupport
import Foundation
import GRDB
import Testing

/// The quick version of scripts/bench.sh: a small corpus generated, ingested and asked every
/// benchmarked question once. Checks answers, never speed.
@Suite("Benchmark smoke")
struct SyntheticCorpusTests {
    static let vocabulary = SyntheticCorpus.Vocabulary(
        titles: ["Scaling Vision Transformers", "Open Vocabulary Segmentation with Language Supervision", "Efficient Detectors"],
        sentences: [
            "We study open vocabulary segmentation with language supervision.",
            "Our training recipe needs no extra data and converges in half the steps.",
            "Ablations show that each component contributes to the final result.",
            "The code and models are publicly available.",
        ],
        datasets: TestLexicon.lexicon.datasets.map { [$0.name] + $0.aliases },
        models: TestLexicon.lexicon.models.map { [$0.name] + $0.aliases },
        metrics: TestLexicon.lexicon.metrics.map { [$0.name] + $0.aliases })

    static func jsonLines(seed: UInt64, papers: Int = 200) -> String {
        var text = ""
        SyntheticCorpus(seed: seed, vocabulary: vocabulary).writeJSONLines(0..<papers) { text += $0 }
        return text
    }

    static func temporaryFile(_ name: String) -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-bench-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }

    @Test("the same seed gives the same bytes, another seed other bytes")
    func determinism() {
        let first = Self.jsonLines(seed: 42)
        #expect(first == Self.jsonLines(seed: 42))
        #expect(first != Self.jsonLines(seed: 43))
        #expect(first.split(separator: "\n").count == 200)
    }

    @Test("result tables are valid evaluation-tables JSON and deterministic")
    func resultTables() throws {
        func generate(_ seed: UInt64) throws -> String {
            var text = ""
            try SyntheticResults(corpus: SyntheticCorpus(seed: seed, vocabulary: Self.vocabulary))
                .writeJSON(records: 300, papers: 200) { text += $0 }
            return text
        }
        let text = try generate(5)
        #expect(text == (try generate(5)))
        let tasks = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        var values = 0
        for task in tasks {
            #expect(task["task"] is String)
            for dataset in try #require(task["datasets"] as? [[String: Any]]) {
                let sota = try #require(dataset["sota"] as? [String: Any])
                for row in try #require(sota["rows"] as? [[String: Any]]) {
                    #expect((row["paper_url"] as? String)?.hasPrefix("https://arxiv.org/abs/15") == true)
                    values += try #require(row["metrics"] as? [String: String]).count
                }
            }
        }
        #expect(values == 300)
    }

    @Test("the streaming reader reads what the whole-file reader reads, and names a bad line")
    func streamingReader() throws {
        let path = Self.temporaryFile("papers.jsonl")
        try Self.jsonLines(seed: 1).write(toFile: path, atomically: true, encoding: .utf8)
        let stream = try PaperStream(path: path, format: .jsonl)
        var streamed: [PaperRecord] = []
        while let paper = try stream.nextPaper(skipping: { throw $0 }) { streamed.append(paper) }
        #expect(streamed == (try JSONLinesReader.read(path: path)))

        try (Self.jsonLines(seed: 1, papers: 3) + "{\"title\": \"no abstract\"}\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: CorpusError.malformedRecord(path: path, line: 4, reason: "missing \"abstract\" (a string)")) {
            let bad = try PaperStream(path: path, format: .jsonl)
            while try bad.nextPaper(skipping: { throw $0 }) != nil {}
        }
    }

    @Test("batched ingest stores what one transaction stores, and the benchmarked questions answer")
    func ingestAndAsk() throws {
        let path = Self.temporaryFile("bench.sqlite")
        let papers = Self.jsonLines(seed: 7).split(separator: "\n").enumerated().map { index, line in
            let fields = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: String]
            return PaperRecord(title: fields["title"]!, abstract: fields["abstract"]!, arxivID: fields["arxiv_id"],
                               location: SourceLocation(file: "bench.jsonl", line: index + 1))
        }
        let batched = try ClaimGraphStore.openForWriting(path: path)
        let report = try PaperIngestor(store: batched, extractor: TestLexicon.extractor).ingest(stream: papers, batchSize: 32)
        #expect(report.papersAdded == 200 && report.claimsAdded > 0)
        let whole = try ClaimGraphStore.inMemory()
        _ = try PaperIngestor(store: whole, extractor: TestLexicon.extractor).ingest(papers)
        let (batchedStatistics, wholeStatistics) = (try batched.reader.read(Statistics.read), try whole.reader.read(Statistics.read))
        #expect(batchedStatistics == wholeStatistics)
        let again = try PaperIngestor(store: batched, extractor: TestLexicon.extractor).ingest(stream: papers, batchSize: 50)
        #expect(again.papersUnchanged == 200 && again.claimsAdded == 0)

        let (choices, timings) = try QueryBenchmark(path: path, runs: 1).run()
        let answers = Dictionary(uniqueKeysWithValues: timings.map { ($0.name, $0) })
        #expect(Set(answers.keys) == [
            "papers-on-dataset", "papers-on-dataset-all", "leaderboard", "leaderboard-all", "compare", "conflicts", "neighbors-depth-2", "search",
        ])
        #expect(timings.allSatisfy { !$0.statements.isEmpty })
        // Papers on the dataset: a claim on it or an evaluated/introduced mention of it, suite members included.
        let expected = try batched.reader.read { db in
            try Int.fetchOne(db, sql: """
                WITH target(id) AS (
                    SELECT id FROM entity WHERE name = ? AND kind IN ('dataset', 'benchmark')
                    UNION SELECT sm.member_id FROM suite_member sm JOIN entity e ON e.id = sm.suite_id WHERE e.name = ?)
                SELECT COUNT(*) FROM (
                    SELECT paper_id FROM mention WHERE entity_id IN target AND role IN ('evaluated', 'introduced')
                    UNION SELECT paper_id FROM claim WHERE dataset_id IN target)
                """, arguments: [choices.dataset, choices.dataset])
        }
        #expect(answers["papers-on-dataset-all"]?.answerSize == expected)
        #expect(answers["papers-on-dataset"]?.answerSize == min(expected ?? 0, PapersQuery.defaultLimit))
        #expect((answers["leaderboard"]?.answerSize ?? 0) > 0)
        #expect((answers["leaderboard"]?.answerSize ?? 0) <= (answers["leaderboard-all"]?.answerSize ?? 0))
        #expect((1...GraphQuery.defaultMaxNodes).contains(answers["neighbors-depth-2"]?.answerSize ?? 0))
        #expect((1...20).contains(answers["search"]?.answerSize ?? 0))

        let floorPath = Self.temporaryFile("floor.sqlite")
        let jsonPath = Self.temporaryFile("papers.jsonl")
        try Self.jsonLines(seed: 7).write(toFile: jsonPath, atomically: true, encoding: .utf8)
        #expect(try RawFloor.insert(jsonLines: jsonPath, into: ClaimGraphStore.openForWriting(path: floorPath)) == 200)

    }

    @Test("edges of a node, asked arm by arm, are the edge view's rows for it")
    func edgesMatchTheView() throws {
        let store = try ClaimGraphStore.inMemory()
        let papers = (0..<120).map { SyntheticCorpus(seed: 3, vocabulary: Self.vocabulary).paper(at: $0).record(file: "b.jsonl", line: $0 + 1) }
        _ = try PaperIngestor(store: store, extractor: TestLexicon.extractor).ingest(papers)
        try store.reader.read { db in
            let nodes = try Row.fetchAll(db, sql: """
                SELECT DISTINCT source_kind AS kind, source_id AS id, source_name AS name FROM edge
                UNION SELECT DISTINCT target_kind, target_id, target_name FROM edge
                """).map { GraphNode(kind: $0["kind"], id: $0["id"], name: $0["name"]) }
            #expect(nodes.count > 100)
            for node in nodes {
                let viewSQL = node.isPaper
                    ? "SELECT * FROM edge WHERE (source_kind = 'paper' AND source_id = ?) OR (target_kind = 'paper' AND target_id = ?)"
                    : "SELECT * FROM edge WHERE (source_kind <> 'paper' AND source_id = ?) OR (target_kind <> 'paper' AND target_id = ?)"
                func key(_ edge: GraphEdge) -> String {
                    "\(edge.source.kind)|\(edge.source.id)|\(edge.source.name)|\(edge.relation)|\(edge.target.kind)|\(edge.target.id)|\(edge.target.name)|\(edge.claimID.map(String.init) ?? "-")"
                }
                let expected = try Row.fetchAll(db, sql: viewSQL, arguments: [node.id, node.id]).map { row in
                    key(GraphEdge(
                        source: GraphNode(kind: row["source_kind"], id: row["source_id"], name: row["source_name"]), relation: row["relation"],
                        target: GraphNode(kind: row["target_kind"], id: row["target_id"], name: row["target_name"]), claimID: row["claim_id"]))
                }
                #expect(try GraphQuery.edges(touching: node, in: db).map(key).sorted() == expected.sorted(), "edges of \(node.kind) \(node.name)")
            }
        }
    }
}
