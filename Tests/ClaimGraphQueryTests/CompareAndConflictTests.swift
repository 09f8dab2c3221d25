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
