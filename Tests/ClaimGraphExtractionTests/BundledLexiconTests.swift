import Testing
@testable import ClaimGraphExtraction

@Suite("Bundled lexicon")
struct BundledLexiconTests {
    let lexicon = Lexicon.bundled

    @Test("the gazetteer holds at least 1,000 datasets and benchmarks, 100 metrics and 500 models")
    func sizes() {
        #expect(lexicon.datasets.count >= 1_000)
        #expect(lexicon.metrics.count >= 100)
        #expect(lexicon.models.count >= 500)
    }

    @Test("every suite a dataset names is itself a benchmark in the gazetteer")
    func suitesExist() {
        for entry in lexicon.datasets {
            for suite in entry.suites {
                #expect(lexicon.dataset(named: suite)?.type == .benchmark, "\(entry.name) names unknown suite \(suite)")
            }
        }
    }

    @Test("aliases resolve to their canonical datasets, and distinct datasets stay distinct")
    func aliases() {
        #expect(lexicon.dataset(named: "MS COCO")?.name == "COCO")
        #expect(lexicon.dataset(named: "IN-1K")?.name == "ImageNet-1K")
        #expect(lexicon.dataset(named: "K400")?.name == "Kinetics-400")
        #expect(lexicon.dataset(named: "CIFAR100")?.name == "CIFAR-100")
        #expect(lexicon.dataset(named: "ImageNet")?.name == "ImageNet")
        #expect(lexicon.dataset(named: "ImageNet-R")?.name != "ImageNet-1K")
        #expect(lexicon.dataset(named: "MNLI")?.suites.contains("GLUE") == true)
    }

    @Test("metrics know their direction")
    func metricDirections() {
        #expect(lexicon.metric(named: "FID")?.direction == .lower)
        #expect(lexicon.metric(named: "WER")?.direction == .lower)
        #expect(lexicon.metric(named: "top-1 accuracy")?.direction == .higher)
        #expect(lexicon.metric(named: "box AP")?.direction == .higher)
    }
}
