import ClaimGraphCorpus
import ClaimGraphExtraction
import Foundation
import GRDB
import Testing
@testable import ClaimGraphStore

@Suite("Result importer")
struct ResultImporterTests {
    private func importFile(
        _ path: String, format: InputFormat, into store: ClaimGraphStore, mapping: CSVMapping? = nil, skipBad: Bool = false
    ) throws -> ImportReport {
        try ResultImporter(store: store, lexicon: ImportLexicon.lexicon).importFile(format: format, skipBad: skipBad) { emit in
            try ResultSource.read(path: path, format: format, mapping: mapping, emit)
        }
    }

    private func importedClaims(_ store: ClaimGraphStore) throws -> Int {
        try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM claim WHERE source = 'imported'") ?? 0 }
    }

    @Test("every PwC evaluation-tables sample imports one claim per numeric record of the flat reference")
    func pwcSamplesMatchFlatReference() throws {
        let reference = try Samples.flat("pwc_evaluation_tables/pwc_results_flat.jsonl")
        let files = try Samples.files(in: "pwc_evaluation_tables", extension: "json")
        #expect(files.count == 12)
        for file in files {
            let name = (file as NSString).lastPathComponent
            let records = reference.filter { $0["source_file"] as? String == name }
            let store = try ClaimGraphStore.inMemory()
            let report = try importFile(file, format: .pwcResults, into: store)
            #expect(report.recordsRead == records.count, "\(name)")
            #expect(try importedClaims(store) == records.filter(Samples.isNumeric).count, "\(name)")
            #expect(report.claimsAdded == records.filter(Samples.isNumeric).count, "\(name)")
            #expect(report.count(.noValue) + report.count(.unreadableValue) == records.count - report.claimsAdded, "\(name)")
        }
    }

    @Test("the PwC format's commented example imports its three rows")
    func pwcExample() throws {
        let store = try ClaimGraphStore.inMemory()
        let report = try importFile(try Samples.path("pwc_evaluation_tables/example_json_format.jsonc"), format: .pwcResults, into: store)
        #expect(report.claimsAdded == 3)
    }

    @Test("the OpenMMLab metafiles import as many claims as the reference has numeric records for each")
    func openMMLabSamplesMatchFlatReference() throws {
        let reference = try Samples.flat("openmmlab_metafiles/openmmlab_results.jsonl")
        let samples: [(file: String, repo: String, metafile: String)] = [
            ("mmaction2__configs__recognition__tsm__metafile.yml", "open-mmlab/mmaction2", "configs/recognition/tsm/metafile.yml"),
            ("mmdetection3d__configs_centerpoint_metafile.yml", "open-mmlab/mmdetection3d", "configs/centerpoint/metafile.yml"),
            ("mmpose__configs__body_2d_keypoint__associative_embedding__coco__hrnet_coco.yml", "open-mmlab/mmpose",
             "configs/body_2d_keypoint/associative_embedding/coco/hrnet_coco.yml"),
            ("mmpretrain__configs__convnext__metafile.yml", "open-mmlab/mmpretrain", "configs/convnext/metafile.yml"),
        ]
        for sample in samples {
            let records = reference.filter { $0["repo"] as? String == sample.repo && $0["metafile"] as? String == sample.metafile }
            #expect(!records.isEmpty, "no reference records for \(sample.metafile)")
            let store = try ClaimGraphStore.inMemory()
            let report = try importFile(try Samples.path("openmmlab_metafiles/raw_samples/" + sample.file), format: .modelIndex, into: store)
            #expect(report.recordsRead == records.count, "\(sample.file)")
            #expect(try importedClaims(store) == records.filter(Samples.isNumeric).count, "\(sample.file)")
        }
        // The root model-index.yml imports files the samples do not have: each is reported, none fails.
        let store = try ClaimGraphStore.inMemory()
        let root = try importFile(try Samples.path("openmmlab_metafiles/raw_samples/mmpretrain__model-index.yml"), format: .modelIndex, into: store)
        #expect(root.claimsAdded == 0)
        #expect(root.count(.note) > 50)
        #expect(root.notes.first?.message.contains("is not there") == true)
    }

    @Test("the 25 Hugging Face cards import as many claims as the reference has numeric records for them")
    func hfCardsMatchFlatReference() throws {
        let reference = try Samples.flat("hf_model_index/hf_model_index_results.jsonl")
        let cards = try Samples.files(in: "hf_model_index/raw_card_frontmatter_samples", extension: "yaml")
        #expect(cards.count == 25)
        var total = 0
        for card in cards {
            let firstLine = try String(contentsOfFile: card, encoding: .utf8).prefix { $0 != "\n" }
            let source = firstLine.replacingOccurrences(of: "# source: ", with: "")
            let records = reference.filter { $0["source"] as? String == source }
            let store = try ClaimGraphStore.inMemory()
            let report = try importFile(card, format: .hfCard, into: store)
            #expect(report.recordsRead == records.count, "\(card)")
            #expect(try importedClaims(store) == records.filter(Samples.isNumeric).count, "\(card)")
            total += report.claimsAdded
        }
        #expect(total > 100)
    }

    @Test("the Open LLM Leaderboard CSVs import one claim per numeric record of the reference")
    func openLLMMatchesFlatReference() throws {
        let reference = try Samples.flat("open_llm_leaderboard/open_llm_leaderboard_flat.jsonl")
        for snapshot in ["20230915", "20231031"] {
            let store = try ClaimGraphStore.inMemory()
            let report = try importFile(try Samples.path("open_llm_leaderboard/open_llm_leaderboard_\(snapshot).csv"), format: .csv, into: store)
            let records = reference.filter { $0["snapshot"] as? String == snapshot }
            #expect(report.recordsRead == records.count)
            #expect(try importedClaims(store) == records.filter(Samples.isNumeric).count)
        }
    }

    @Test("timm's CSVs import top-1 and top-5 for every model; ImageNet top-1 ranks as timm ranks it")
    func timmRanking() throws {
        let store = try ClaimGraphStore.inMemory()
        for file in try Samples.files(in: "timm_imagenet_results", extension: "csv") where file.contains("/results-") {
            let report = try importFile(file, format: .csv, into: store)
            #expect(report.claimsAdded == 2 * 1556, "\(file)")
        }
        let rows = try CSVReader.rows(
            String(contentsOfFile: try Samples.path("timm_imagenet_results/results-imagenet.csv"), encoding: .utf8), path: "timm")
        let timmOrder = rows.dropFirst().map { $0.fields[0] }
        let ranked = try store.reader.read { db in
            try String.fetchAll(db, sql: """
                SELECT m.name FROM claim c
                JOIN entity m ON m.id = c.model_id
                JOIN entity d ON d.id = c.dataset_id
                JOIN entity mt ON mt.id = c.metric_id
                WHERE d.name = 'ImageNet-1K' AND mt.name = 'top-1 accuracy'
                ORDER BY c.value DESC, c.id
                """)
        }
        #expect(ranked.count == 1556)
        #expect(ranked == timmOrder)
    }

    @Test("importing the same file again adds nothing")
    func idempotent() throws {
        let store = try ClaimGraphStore.inMemory()
        let path = try Samples.path("pwc_evaluation_tables/squad.json")
        let first = try importFile(path, format: .pwcResults, into: store)
        let second = try importFile(path, format: .pwcResults, into: store)
        #expect(first.claimsAdded > 800)
        #expect(second.claimsAdded == 0)
        #expect(second.claimsUnchanged == first.claimsAdded)
        #expect(second.papersAdded == 0)
    }

    @Test("imported claims keep their file, record, raw text and evidence; papers get a row")
    func provenance() throws {
        let store = try ClaimGraphStore.inMemory()
        let path = try Samples.path("pwc_evaluation_tables/squad.json")
        _ = try importFile(path, format: .pwcResults, into: store)
        let row = try #require(try store.reader.read { db in
            try Row.fetchOne(db, sql: """
                SELECT c.*, p.title AS paper_title, p.abstract AS paper_abstract FROM claim c JOIN paper p ON p.id = c.paper_id
                WHERE c.raw_text LIKE '%.%' ORDER BY c.id LIMIT 1
                """)
        })
        #expect(row["source"] as String == "imported")
        #expect(row["source_file"] as String == path)
        #expect((row["source_record"] as String).contains(" / row "))
        #expect(row["kind"] as String == "absolute")
        #expect((row["evidence"] as String).hasPrefix("squad.json: Question Answering / SQuAD"))
        #expect(row["paper_abstract"] as String == "")
        #expect(Double(row["raw_text"] as String) == row["value"] as Double)
    }

    @Test("unreadable values are reported with their record and never stored")
    func unreadableValuesAreReported() throws {
        let store = try ClaimGraphStore.inMemory()
        let report = try importFile(try Samples.path("pwc_evaluation_tables/nlp-progress.json"), format: .pwcResults, into: store)
        let unreadable = report.notes.filter { $0.kind == .unreadableValue }
        #expect(!unreadable.isEmpty)
        #expect(unreadable.allSatisfy { $0.location.contains("nlp-progress.json") && $0.location.contains(" / row ") })
        let zeros = try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM claim WHERE value = 0 AND raw_text NOT GLOB '*0*'") }
        #expect(zeros == 0)
    }

    @Test("a bad record writes nothing of its file; with skip-bad it is reported and the rest imported")
    func badRecords() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let csv = directory.appendingPathComponent("board.csv").path
        try "model,top1\na,80.1\nb\nc,79.5\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let mapping = try CSVMapping.parse(["model=model", "value=top1"], dataset: "ImageNet", metric: "top-1 accuracy")

        let store = try ClaimGraphStore.inMemory()
        #expect(throws: CorpusError.malformedRecord(path: csv, line: 3, reason: "expected 2 fields as in the header, found 1")) {
            try importFile(csv, format: .csv, into: store, mapping: mapping)
        }
        #expect(try importedClaims(store) == 0)
        let report = try importFile(csv, format: .csv, into: store, mapping: mapping, skipBad: true)
        #expect(report.claimsAdded == 2)
        #expect(report.notes.map(\.description) == ["\(csv):3: expected 2 fields as in the header, found 1"])

        // A truncated JSON array fails the whole file.
        let truncated = directory.appendingPathComponent("cut.json").path
        let squad = try Data(contentsOf: URL(fileURLWithPath: try Samples.path("pwc_evaluation_tables/redditsota.json")))
        try squad.prefix(squad.count / 2).write(to: URL(fileURLWithPath: truncated))
        let before = try importedClaims(store)
        #expect(throws: CorpusError.self) { try importFile(truncated, format: .pwcResults, into: store) }
        #expect(try importedClaims(store) == before)
    }

    @Test("a config that is a member of its suite is the dataset (glue/cola is CoLA)")
    func suiteMemberConfig() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let card = directory.appendingPathComponent("card.yaml").path
        try """
            model-index:
            - name: tiny-bert-cola
              results:
              - task: {type: text-classification}
                dataset: {type: glue, name: GLUE COLA, config: cola, split: validation}
                metrics:
                - {type: accuracy, value: 0.81}
            """.write(toFile: card, atomically: true, encoding: .utf8)
        let store = try ClaimGraphStore.inMemory()
        _ = try importFile(card, format: .hfCard, into: store)
        let row = try #require(try store.reader.read { db in
            try Row.fetchOne(db, sql: "SELECT d.name AS dataset, c.split FROM claim c JOIN entity d ON d.id = c.dataset_id")
        })
        #expect(row["dataset"] as String == "CoLA")
        #expect(row["split"] as String? == "validation")
    }
}

@Suite("Fingerprints")
struct FingerprintTests {
    @Test("generic file names keep their folders, so two model cards never collide")
    func sourceNames() {
        #expect(ResultImporter.sourceName("/data/evaluation-tables.json") == "evaluation-tables.json")
        #expect(ResultImporter.sourceName("/hf/models/lidiya/bart-base-samsum/README.md") == "lidiya/bart-base-samsum/README.md")
        #expect(ResultImporter.sourceName("configs/convnext/metafile.yml") == "configs/convnext/metafile.yml")
        #expect(ResultImporter.sourceName("README.md") == "README.md")
    }

    @Test("the same file, record and metric make the same fingerprint wherever the file sits")
    func stable() {
        let a = ResultImporter.fingerprint(file: ResultImporter.sourceName("/a/squad.json"), record: "QA / SQuAD / row 1", metric: "EM")
        let b = ResultImporter.fingerprint(file: ResultImporter.sourceName("/b/squad.json"), record: "QA / SQuAD / row 1", metric: "EM")
        #expect(a == b)
        #expect(a.hasPrefix("imported:") && a.count == 9 + 64)
        #expect(a != ResultImporter.fingerprint(file: "squad.json", record: "QA / SQuAD / row 1", metric: "F1"))
    }
}
