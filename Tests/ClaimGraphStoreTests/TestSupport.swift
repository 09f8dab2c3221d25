import ClaimGraphCorpus
import ClaimGraphExtraction
import Foundation
import Testing

/// A small hand-written lexicon, so store tests do not move when the bundled gazetteer grows.
enum TestLexicon {
    static let lexicon = Lexicon(
        datasets: [
            DatasetEntry(name: "ImageNet-1K", type: .dataset, aliases: ["IN-1K", "ILSVRC-2012"], suites: [], area: "vision"),
            DatasetEntry(name: "COCO", type: .dataset, aliases: ["MS COCO", "MSCOCO"], suites: [], area: "vision"),
            DatasetEntry(name: "GLUE", type: .benchmark, aliases: [], suites: [], area: "language"),
            DatasetEntry(name: "MNLI", type: .dataset, aliases: ["MultiNLI"], suites: ["GLUE"], area: "language"),
            DatasetEntry(name: "SST-2", type: .dataset, aliases: [], suites: ["GLUE"], area: "language"),
        ],
        metrics: [
            MetricEntry(name: "top-1 accuracy", aliases: ["top-1"], direction: .higher, scale: .percent),
            MetricEntry(name: "box AP", aliases: ["AP box"], direction: .higher, scale: .percent),
            MetricEntry(name: "accuracy", aliases: ["acc"], direction: .higher, scale: .percent),
            MetricEntry(name: "FID", aliases: [], direction: .lower, scale: .raw),
        ],
        models: [
            ModelEntry(name: "ResNet-50", aliases: ["ResNet50"], family: "resnet"),
            ModelEntry(name: "BERT-base", aliases: [], family: "bert"),
        ])

    static let extractor = Extractor(lexicon: lexicon)

    static func paper(_ title: String, _ abstract: String, line: Int = 1) -> PaperRecord {
        PaperRecord(title: title, abstract: abstract, location: ClaimGraphCorpus.SourceLocation(file: "fixture.txt", line: line))
    }
}

/// Golden files next to the tests; `CLAIMGRAPH_RECORD=1 swift test` rewrites them.
enum Golden {
    static func check(_ actual: String, file name: String, filePath: String = #filePath, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CLAIMGRAPH_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "golden file \(name) differs; if the change is intended, re-record with CLAIMGRAPH_RECORD=1 swift test", sourceLocation: sourceLocation)
    }
}


