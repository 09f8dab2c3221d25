import ClaimGraphTestSupport
import GRDB
import Testing
@testable import ClaimGraphQuery

@Suite("Graph, papers and SQL queries")
struct GraphAndSQLTests {
    func fixture() throws -> FixtureDatabase {
        let fixture = try FixtureDatabase()
        try fixture.member("MNLI", of: "GLUE")
        try fixture.paper("p1", title: "A language paper")
        try fixture.paper("p2", title: "A detection paper")
        try fixture.paper("p3", title: "A paper on both")
        try fixture.claim(paper: "p1", model: "BERT-base", dataset: "MNLI", metric: "accuracy", value: 84.6)
        try fixture.claim(paper: "p2", model: "Swin-L", dataset: "COCO", metric: "box AP", value: 57.7, split: "test-dev")
        try fixture.claim(paper: "p3", model: "BERT-base", dataset: "COCO", metric: "box AP", value: 20.1, split: "test-dev")
        try fixture.claim(paper: "p3", model: "BERT-base", dataset: "ImageNet", metric: "top-1 accuracy", value: 50.0)
        try fixture.claim(paper: "p2", model: "Swin-L", dataset: "COCO", metric: "box AP", value: 1.2, unit: "points", split: "test-dev", kind: "delta", baseline: "Swin-B")
        try fixture.claim(paper: "p3", model: "BERT-base", dataset: nil, metric: "accuracy", value: 12, kind: "relative")
        try fixture.mention(paper: "p2", "Swin-L", kind: "model", role: "proposed")
        try fixture.mention(paper: "p3", "BothBench", kind: "benchmark", role: "introduced")
        return fixture
    }

    @Test("a suite finds papers that report on its members, marked as via the suite")
    func suiteIncludesMembers() throws {
        let rows = try fixture().store.reader.read { try PapersQuery(datasets: ["GLUE"]).run($0) }.papers
        #expect(rows.map(\.id) == ["p1"])
        #expect(rows[0].datasets == ["MNLI (via GLUE)"])
    }

    @Test("--all needs every dataset, --any one of them")
    func allAndAny() throws {
        let store = try fixture().store
        let all = try store.reader.read { try PapersQuery(datasets: ["COCO", "ImageNet"], match: .all).run($0) }.papers
        let any = try store.reader.read { try PapersQuery(datasets: ["COCO", "ImageNet"], match: .any).run($0) }.papers
        #expect(all.map(\.id) == ["p3"])
        // Neither has an arXiv id or a date: by id.
        #expect(any.map(\.id) == ["p2", "p3"])
    }

    @Test("neighbours at depth one of a dataset are the papers, models and metrics around it")
    func neighbors() throws {
        let names = try fixture().store.reader.read { db in
            try GraphQuery.neighbors(of: GraphQuery.node(named: "MNLI", in: db), depth: 1, kinds: nil, in: db).map(\.node.name)
        }
        #expect(Set(names) == ["A language paper", "BERT-base", "GLUE", "accuracy"])
    }

    @Test("the shortest path between two datasets names each edge")
    func path() throws {
        let steps = try fixture().store.reader.read { db in
            try GraphQuery.path(from: GraphQuery.node(named: "MNLI", in: db), to: GraphQuery.node(named: "ImageNet", in: db), in: db)
        }
        #expect(steps?.count == 2)
        #expect(steps?.map(\.relation) == ["evaluated-on", "evaluated-on"])
    }

    @Test("every named query runs on a fixture database and returns rows in a stable order")
    func namedQueriesRun() throws {
        let store = try fixture().store
        let queries = try NamedQuery.all()
        #expect(queries.count >= 10)
        let sample = ["dataset": "GLUE", "model": "BERT-base", "name": "COCO"]
        for query in queries {
            let parameters = sample.filter { query.parameters.contains($0.key) }
            let first = try store.reader.read { try query.run(parameters: parameters, in: $0) }
            let second = try store.reader.read { try query.run(parameters: parameters, in: $0) }
            #expect(first == second, "query \(query.name) is not stable")
            #expect(!first.rows.isEmpty, "query \(query.name) returned no rows on the fixture")
            #expect(query.title != query.name && !query.description.isEmpty, "query \(query.name) lacks a title or description")
        }
    }

    @Test("SQL that writes is refused before it runs", arguments: [
        "DELETE FROM paper",
        "INSERT INTO entity (kind, name, name_key) VALUES ('model', 'x', 'x')",
        "DROP TABLE claim",
        "ATTACH DATABASE '/tmp/claimgraph-attack.sqlite' AS other",
        "PRAGMA journal_mode = DELETE",
        "VACUUM INTO '/tmp/claimgraph-copy.sqlite'",
        "SELECT 1; DELETE FROM paper",
    ])
    func writesAreRefused(sql: String) throws {
        let store = try fixture().store
        let before = try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM paper") }
        #expect(throws: QueryError.self) { try store.reader.read { try ReadOnlySQL.run(sql, in: $0) } }
        let after = try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM paper") }
        #expect(before == after)
    }

    @Test("a named query's parameters are read from its :placeholders, not from comments or strings")
    func parameterNames() {
        #expect(NamedQuery.parameterNames(in: "-- uses :nothing\nSELECT ':x', :a, :b_2 WHERE y = :a") == ["a", "b_2"])
    }
}
