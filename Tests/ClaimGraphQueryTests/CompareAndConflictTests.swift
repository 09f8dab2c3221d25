import ClaimGraphStore
import ClaimGraphTestSupport
import Testing
@testable import ClaimGraphQuery

@Suite("Compare and conflicts")
struct CompareAndConflictTests {
    @Test("compare pairs two models on each common dataset, split and metric, with who is ahead")
    func compareModels() throws {
        let fixture = try FixtureDatabase()
        try fixture.paper("p1", title: "One")
        try fixture.claim(paper: "p1", model: "Dual-Swin-L", dataset: "COCO", metric: "box AP", value: 59.4, split: "test-dev")
        try fixture.claim(paper: "p1", model: "Swin-L", dataset: "COCO", metric: "box AP", value: 57.7, split: "test-dev")
        try fixture.claim(paper: "p1", model: "Swin-L", dataset: "ADE20K", metric: "mIoU", value: 53.5)
        let result = try fixture.store.reader.read { try CompareQuery(.models("Dual-Swin-L", "Swin-L")).run($0) }
        #expect(result.rows.count == 1)
        #expect(result.rows[0].ahead == "left")
        #expect(result.rows[0].margin == 1.7)
        #expect(result.rows[0].split == "test-dev")
    }

    @Test("compare of two models pairs what pairing their whole claims does: best by direction, fractions as %, the first of equal bests, null splits and settings")
    func compareModelsMatchesWholeClaims() throws {
        let fixture = try FixtureDatabase()
        for paper in ["p1", "p2", "p3", "p4"] { try fixture.paper(paper, title: paper) }
        // Accuracy: a 0-1 fraction is 87.1%, level with B's 87.1%; 86.0 is not A's best.
        try fixture.claim(paper: "p1", model: "A", dataset: "D1", metric: "acc", value: 0.871, unit: nil)
        try fixture.claim(paper: "p2", model: "A", dataset: "D1", metric: "acc", value: 86.0)
        try fixture.claim(paper: "p3", model: "B", dataset: "D1", metric: "acc", value: 87.1)
        // FID, lower is better: two equal bests, the first by id stands.
        try fixture.claim(paper: "p1", model: "A", dataset: "D1", metric: "FID", value: 12.0, unit: nil, lowerIsBetter: true, scale: "raw")
        try fixture.claim(paper: "p2", model: "A", dataset: "D1", metric: "FID", value: 10.5, unit: nil, lowerIsBetter: true, scale: "raw")
        try fixture.claim(paper: "p3", model: "A", dataset: "D1", metric: "FID", value: 10.5, unit: nil, lowerIsBetter: true, scale: "raw")
        try fixture.claim(paper: "p4", model: "B", dataset: "D1", metric: "FID", value: 12.5, unit: nil, lowerIsBetter: true, scale: "raw")
        // Boards by split and setting, null ones included; one only A reports, one only B.
        try fixture.claim(paper: "p1", model: "A", dataset: "D2", metric: "acc", value: 50, split: "test", setting: "zero-shot")
        try fixture.claim(paper: "p2", model: "B", dataset: "D2", metric: "acc", value: 55, split: "test", setting: "zero-shot")
        try fixture.claim(paper: "p1", model: "A", dataset: "D2", metric: "acc", value: 40)
        try fixture.claim(paper: "p2", model: "B", dataset: "D2", metric: "acc", value: 45)
        try fixture.claim(paper: "p3", model: "B", dataset: "D2", metric: "acc", value: 47, split: "test")
        try fixture.claim(paper: "p3", model: "A", dataset: "D2", metric: "acc", value: 60, split: "test", setting: "few-shot")
        try fixture.claim(paper: "p4", model: "B", dataset: "D2", metric: "err", value: 5, lowerIsBetter: true)
        // Stated gaps, both ways, and one against another model.
        try fixture.claim(paper: "p1", model: "A", dataset: "D1", metric: "acc", value: 1.2, unit: "points", kind: "delta", baseline: "B")
        try fixture.claim(paper: "p2", model: "B", dataset: "D2", metric: "acc", value: 3, unit: "%", kind: "relative", baseline: "A")
        try fixture.claim(paper: "p3", model: "A", dataset: "D2", metric: "acc", value: 2, unit: "points", kind: "delta", baseline: "C")

        let query = CompareQuery(.models("A", "B"))
        let (result, expected, stated) = try fixture.store.reader.read { db in
            (try query.run(db),
             query.pair(try ClaimRecord.fetch(db, where: "mo.name = 'A'"), try ClaimRecord.fetch(db, where: "mo.name = 'B'"), byModel: false),
             try ClaimRecord.fetch(db, where: "c.kind IN ('delta', 'relative') AND b.name IN ('A', 'B')"))
        }
        #expect(result.rows == expected)
        #expect(result.rows.map { "\($0.dataset) \($0.split ?? "-") \($0.metric) \($0.setting ?? "-") \($0.ahead)" } == [
            "D1 - acc - tie", "D1 - FID - left", "D2 - acc - right", "D2 test acc zero-shot right",
        ])
        #expect(result.rows[1].leftSource == "p2")
        #expect(result.rows[1].left == 10.5)
        #expect(result.rows[0].left == 87.1)
        #expect(result.stated == stated)
        #expect(result.stated.count == 2)
    }

    @Test("conflicts: splits differing only in case are one group, and a delta's absolute claims are the first by id across them")
    func conflictsCaseInsensitiveKeys() throws {
        let fixture = try FixtureDatabase()
        for paper in ["p1", "p2", "p3", "p4"] { try fixture.paper(paper, title: paper) }
        try fixture.claim(paper: "p1", model: "M", dataset: "D", metric: "acc", value: 70.0, split: "Test", raw: "70.0")
        try fixture.claim(paper: "p2", model: "M", dataset: "D", metric: "acc", value: 75.0, split: "test", raw: "75.0")
        try fixture.claim(paper: "p3", model: "B", dataset: "D", metric: "acc", value: 80.0, split: "test", raw: "80.0")
        try fixture.claim(paper: "p4", model: "B", dataset: "D", metric: "acc", value: 81.0, split: "Test", raw: "81.0")
        try fixture.claim(paper: "p3", model: "M", dataset: "D", metric: "acc", value: 1.0, unit: "points", split: "TEST", kind: "delta", baseline: "B", raw: "+1.0")
        // A delta whose baseline reports nothing on the board is not checked.
        try fixture.claim(paper: "p3", model: "M", dataset: "D", metric: "acc", value: 9.0, unit: "points", split: "test", kind: "delta", baseline: "C", raw: "+9.0")
        for query in [ConflictsQuery(), ConflictsQuery(dataset: "D")] {
            let result = try fixture.store.reader.read { try query.run($0) }
            #expect(result.values.map { "\($0.model) \($0.claims.map(\.value))" }.sorted() == ["B [80.0, 81.0]", "M [70.0, 75.0]"])
            #expect(result.deltas.count == 1)
            #expect(result.deltas.first?.modelClaim.value == 70.0)
            #expect(result.deltas.first?.baselineClaim.value == 80.0)
            #expect(result.deltas.first?.impliedGap == -10.0)
        }
        let byModel = try fixture.store.reader.read { try ConflictsQuery(model: "M").run($0) }
        #expect(byModel.values.map { "\($0.model) \($0.claims.map(\.value))" } == ["M [70.0, 75.0]"])
    }

    @Test("conflicts that differ only in setting come out in the same order every time: by their first claim")
    func conflictsOrderIsTotal() throws {
        let fixture = try FixtureDatabase()
        for paper in ["p1", "p2"] { try fixture.paper(paper, title: paper) }
        // Four groups with the same model, dataset, metric and split: only their claims tell them apart.
        for setting in ["zero-shot", "few-shot", "fine-tuned", "linear probe"] {
            try fixture.claim(paper: "p1", model: "M", dataset: "D", metric: "acc", value: 70.0, setting: setting, raw: "70.0")
            try fixture.claim(paper: "p2", model: "M", dataset: "D", metric: "acc", value: 75.0, setting: setting, raw: "75.0")
        }
        var orders: Set<[Int64]> = []
        for _ in 0..<20 {
            let result = try fixture.store.reader.read { try ConflictsQuery(dataset: "D").run($0) }
            #expect(result.values.count == 4)
            orders.insert(result.values.map { $0.claims.map(\.claim.id).min()! })
        }
        #expect(orders.count == 1)
        #expect(orders.first == orders.first?.sorted())
    }

    @Test("two papers reporting different values for one model are a conflict")
    func differentValuesConflict() throws {
        let store = try ClaimGraphStore.inMemory()
        _ = try PaperIngestor(store: store, extractor: TestLexicon.extractor).ingest([
            TestLexicon.paper("Reproducing ResNet", "ResNet-50 reaches 76.1% top-1 accuracy on ImageNet-1K.", line: 1),
            TestLexicon.paper("Training ResNet better", "ResNet-50 reaches 79.0% top-1 accuracy on ImageNet-1K.", line: 5),
        ])
        let result = try store.reader.read { try ConflictsQuery().run($0) }
        #expect(result.values.count == 1)
        #expect(result.values.first?.model == "ResNet-50")
        #expect(result.values.first?.claims.map(\.value) == [76.1, 79.0])
    }

    @Test("values that agree after rounding are not a conflict")
    func roundingIsNotAConflict() throws {
        let fixture = try FixtureDatabase()
        try fixture.paper("p1", title: "One")
        try fixture.paper("p2", title: "Two")
        try fixture.claim(paper: "p1", model: "A", dataset: "COCO", metric: "box AP", value: 59.4, raw: "59.4")
        try fixture.claim(paper: "p2", model: "A", dataset: "COCO", metric: "box AP", value: 59.42, raw: "59.42")
        let result = try fixture.store.reader.read { try ConflictsQuery().run($0) }
        #expect(result.values.isEmpty)
    }

    @Test("a delta that disagrees with the two absolute values it relates is a conflict")
    func deltaConflict() throws {
        let fixture = try FixtureDatabase()
        try fixture.paper("p1", title: "One")
        try fixture.claim(paper: "p1", model: "A", dataset: "COCO", metric: "box AP", value: 59.4, raw: "59.4")
        try fixture.claim(paper: "p1", model: "B", dataset: "COCO", metric: "box AP", value: 57.7, raw: "57.7")
        try fixture.claim(paper: "p1", model: "A", dataset: "COCO", metric: "box AP", value: 2.5, unit: "points", kind: "delta", baseline: "B", raw: "+2.5")
        let result = try fixture.store.reader.read { try ConflictsQuery().run($0) }
        #expect(result.deltas.count == 1)
        #expect(result.deltas.first?.impliedGap == 1.7)
    }

    @Test("an unknown model name suggests near names")
    func unknownNameSuggests() throws {
        let fixture = try FixtureDatabase()
        try fixture.entity("Swin-L", kind: "model")
        #expect(throws: StoreError.unknownEntity(kind: "model", name: "Swin-K", suggestions: ["Swin-L"])) {
            try fixture.store.reader.read { try CompareQuery(.models("Swin-K", "Swin-L")).run($0) }
        }
    }
}
