import Foundation
import Testing
@testable import ClaimGraphCorpus

/// Collects what a reader hands over.
struct Collected {
    var results: [ResultRecord] = []
    var bad: [CorpusError] = []
    var notes: [String] = []

    init(_ read: ((ResultItem) throws -> Void) throws -> Void) rethrows {
        var collected = (results: [ResultRecord](), bad: [CorpusError](), notes: [String]())
        try read { item in
            switch item {
            case .result(let record): collected.results.append(record)
            case .bad(let error): collected.bad.append(error)
            case .note(let location, let message): collected.notes.append("\(location): \(message)")
            }
        }
        (results, bad, notes) = collected
    }
}

@Suite("Result readers")
struct ResultReaderTests {
    @Test("PwC evaluation tables: one record per row and metric, with the paper and a record path")
    func pwcResults() throws {
        let read = try Collected { try PwCResultsReader.read(path: Fixture.path("pwc/record.json"), $0) }
        #expect(read.results.count == 24)
        #expect(read.bad.isEmpty)
        let first = try #require(read.results.first)
        #expect(first.task == "Common Sense Reasoning")
        #expect(first.dataset == "ReCoRD")
        #expect(first.paperTitle == nil)  // ReCoRD rows have empty paper titles
        #expect(first.location.path.hasPrefix("Common Sense Reasoning / ReCoRD / row 1 ("))
        #expect(Set(read.results.map(\.location.path)).count == 12)
    }

    @Test("the documented example with comments reads as one task with its subtask rows")
    func pwcExampleWithComments() throws {
        let path = Fixture.path("pwc/example_json_format.jsonc")
        #expect(try InputFormat.detect(path: path) == .pwcResults)
        let read = try Collected { try PwCResultsReader.read(path: path, $0) }
        #expect(read.results.map(\.rawValue) == ["81.3", "79.2", "77.34"])
        #expect(read.results.allSatisfy { $0.dataset == "Switchboard corpus" && $0.task == "Dialogue act classification" })
    }

    @Test("a truncated JSON array is an error naming the file and line")
    func truncatedJSON() throws {
        let path = Fixture.path("bad/truncated.json")
        #expect {
            _ = try Collected { try PwCResultsReader.read(path: path, $0) }
        } throws: { error in
            guard case .malformedRecord(let file, let line, let reason)? = error as? CorpusError else { return false }
            return file == path && line > 1 && reason.contains("ends early")
        }
    }

    @Test("model-index: results with the collection's paper; Import: followed, a missing import reported")
    func modelIndex() throws {
        let read = try Collected { try ModelIndexReader.read(path: Fixture.path("model-index/model-index.yml"), $0) }
        #expect(read.results.map(\.metric) == ["AP", "AP@0.5", "AP@0.75", "AR", "AR@0.5"])
        #expect(read.results.map(\.rawValue) == ["0.656", "0.864", "0.719", "0.711", "0.893"])
        let first = try #require(read.results.first)
        #expect(first.model == "ae_hrnet-w32_8xb24-300e_coco-512x512")
        #expect(first.dataset == "COCO")
        #expect(first.paperTitle == "Associative embedding: End-to-end learning for joint detection and grouping")
        #expect(first.location.line == 19)
        #expect(read.notes.count == 1)
        #expect(read.notes.first?.contains("configs/not_there/metafile.yml is not there") == true)
    }

    @Test("a YAML error names the file and its line")
    func yamlError() {
        let path = Fixture.path("bad/broken.yaml")
        #expect {
            _ = try Collected { try ModelIndexReader.read(path: path, $0) }
        } throws: { error in
            guard case .malformedRecord(let file, let line, let reason)? = error as? CorpusError else { return false }
            return file == path && line >= 7 && reason.hasPrefix("YAML error")
        }
    }

    @Test("HF card as bare YAML: one record per metric, the display name kept as the label")
    func hfBareYAML() throws {
        let path = Fixture.path("hf/lidiya__bart-base-samsum.yaml")
        #expect(try InputFormat.detect(path: path) == .hfCard)
        let read = try Collected { try HFCardReader.read(path: path, $0) }
        #expect(read.results.count == 6)
        #expect(read.results.first?.model == "bart-base-samsum")
        #expect(read.results.first?.dataset == "samsum")
        #expect(read.results.first?.metric == "rogue-1")
        #expect(read.results.first?.label == "Validation ROGUE-1")
        #expect(read.results.first?.value == .number(46.6619, max: nil, unit: nil))
    }

    @Test("HF card as README.md with front matter: lines count from the top of the file")
    func hfReadme() throws {
        let path = Fixture.path("hf/README.md")
        #expect(try InputFormat.detect(path: path) == .hfCard)
        let read = try Collected { try HFCardReader.read(path: path, $0) }
        #expect(read.results.count == 9)
        #expect(read.results.allSatisfy { $0.dataset == nil && $0.model == "ja_core_news_sm" })
        let text = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let first = try #require(read.results.first)
        #expect(text[first.location.line! - 1].contains("0.6767371601"))
    }

    @Test("timm CSV: dataset from the file name, top-1 and top-5 per model")
    func timmCSV() throws {
        let read = try Collected { try CSVResultReader.read(path: Fixture.path("csv/results-imagenet.csv"), $0) }
        #expect(read.results.count == 10)
        #expect(read.results.allSatisfy { $0.dataset == "ImageNet" })
        #expect(read.results.prefix(2).map(\.metric) == ["top-1 accuracy", "top-5 accuracy"])
        #expect(read.results.first?.rawValue == "90.056")
        #expect(read.results.first?.location.line == 2)
    }

    @Test("timm file names name their datasets", arguments: [
        ("results-imagenet.csv", "ImageNet"), ("results-imagenet-real.csv", "ImageNet-ReaL"),
        ("results-imagenetv2-matched-frequency.csv", "ImageNetV2"), ("results-sketch.csv", "ImageNet-Sketch"),
        ("results-imagenet-r.csv", "ImageNet-R"), ("results-imagenet-a.csv", "ImageNet-A"),
    ])
    func timmDatasets(file: String, dataset: String) {
        let plan = CSVResultReader.timmPlan(header: ["model", "top1", "top5"], path: "/x/" + file, dataset: nil)
        #expect(plan?.fixedDataset == dataset)
    }

    @Test("Open LLM Leaderboard CSV: benchmark columns become dataset and few-shot setting")
    func openLLMCSV() throws {
        let read = try Collected { try CSVResultReader.read(path: Fixture.path("csv/open_llm_leaderboard_20230915.csv"), $0) }
        #expect(read.results.count == 15)
        let arc = try #require(read.results.first { $0.dataset == "ARC" })
        #expect(arc.setting == "25-shot")
        #expect(arc.model == "AIDC-ai-business/Marcoroni-70B")
        #expect(arc.rawValue == "73.0")
        #expect(read.results.first?.dataset == "Open LLM Leaderboard")
    }

    @Test("a column mapping reads any CSV; quoted fields may hold commas and newlines")
    func mappedCSV() throws {
        let mapping = try CSVMapping.parse(
            ["model=name", "dataset=benchmark", "value[top-1 accuracy]=acc1", "value[top-5 accuracy]=acc5"])
        let read = try Collected { try CSVResultReader.read(path: Fixture.path("csv/custom.csv"), mapping: mapping, $0) }
        #expect(read.results.map(\.model) == ["ResNet-50, torchvision", "ResNet-50, torchvision", "ViT-B/16", "ViT-B/16"])
        #expect(read.results.map(\.rawValue) == ["76.13", "92.86", "81.07%", "-"])
        #expect(read.results.map(\.location.line) == [2, 2, 4, 4])
        #expect(read.results[3].value == .missing)
    }

    @Test("a single value column takes --metric; without a mapping an unknown header is an error")
    func mappingErrors() throws {
        let mapping = try CSVMapping.parse(["model=name", "value=acc1"], dataset: "ImageNet", metric: "top-1 accuracy")
        let read = try Collected { try CSVResultReader.read(path: Fixture.path("csv/custom.csv"), mapping: mapping, $0) }
        #expect(read.results.map(\.metric) == ["top-1 accuracy", "top-1 accuracy"])
        #expect(throws: CSVMapping.MappingError.self) { try CSVMapping.parse(["value=a", "value=b"], metric: "m") }
        #expect(throws: CSVMapping.MappingError.self) { try CSVMapping.parse(["colour=a"]) }
        #expect {
            _ = try Collected { try CSVResultReader.read(path: Fixture.path("csv/custom.csv"), $0) }
        } throws: { error in
            if case .missingMapping? = error as? CorpusError { return true }
            return false
        }
    }

    @Test("a CSV row with missing columns is a bad record naming its line; the others read")
    func missingColumns() throws {
        let mapping = try CSVMapping.parse([], dataset: "ImageNet")
        let read = try Collected { try CSVResultReader.read(path: Fixture.path("csv/missing-columns.csv"), mapping: mapping, $0) }
        #expect(read.results.count == 4)
        #expect(read.bad == [.malformedRecord(path: Fixture.path("csv/missing-columns.csv"), line: 3, reason: "expected 3 fields as in the header, found 2")])
    }
}
