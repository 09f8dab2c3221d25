import ClaimGraphCorpus
@testable import ClaimGraphExtraction
import Foundation
import Testing

/// The shared real-data samples (`shared/samples` beside the repository; see its README).
enum Samples {
    static let candidates: [URL] = {
        let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var list: [URL] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["CLAIMGRAPH_SAMPLES"], !fromEnvironment.isEmpty {
            list.append(URL(fileURLWithPath: fromEnvironment))
        }
        // A clone beside shared/ (CI), or a worktree two levels below it (wt/NAME).
        list.append(repoRoot.appendingPathComponent("../shared/samples").standardizedFileURL)
        list.append(repoRoot.appendingPathComponent("../../shared/samples").standardizedFileURL)
        return list
    }()

    /// The samples folder; fails the test with the places looked at when it is missing.
    static func directory() throws -> URL {
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("README.md").path) {
            return candidate
        }
        let looked = candidates.map(\.path).joined(separator: ", ")
        Issue.record("the shared samples are missing (looked in \(looked)); set CLAIMGRAPH_SAMPLES to the samples folder")
        throw CancellationError()
    }

    static func path(_ relative: String) throws -> String {
        try directory().appendingPathComponent(relative).path
    }

    static func files(in folder: String, extension ext: String) throws -> [String] {
        let directory = try directory().appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix("." + ext) }.sorted().map { directory.appendingPathComponent($0).path }
    }

    /// The records of a `*_flat.jsonl` reference file.
    static func flat(_ relative: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: try path(relative), encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    /// Whether a reference record's value is a number by the importer's own reading of values.
    static func isNumeric(_ record: [String: Any]) -> Bool {
        guard let raw = ResultValue.rawText(of: record["value"]) else { return false }
        return ResultValue.parse(raw).number != nil
    }
}

/// A small lexicon, so store tests do not depend on the bundled one: ImageNet is an alias of
/// ImageNet-1K, as in the curated lexicon.
enum ImportLexicon {
    static let lexicon = Lexicon(
        datasets: [
            DatasetEntry(name: "ImageNet-1K", type: .dataset, aliases: ["ImageNet", "IN-1K", "ImageNet-1k"], suites: [], area: "cv"),
            DatasetEntry(name: "GLUE", type: .benchmark, aliases: [], suites: [], area: "nlp"),
            DatasetEntry(name: "CoLA", type: .dataset, aliases: ["cola"], suites: ["GLUE"], area: "nlp"),
        ],
        metrics: [
            MetricEntry(name: "top-1 accuracy", aliases: ["Top 1 Accuracy", "top1", "top-1"], direction: .higher, scale: .percent),
            MetricEntry(name: "accuracy", aliases: ["acc"], direction: .higher, scale: .percent),
        ],
        models: [ModelEntry(name: "ResNet-50", aliases: ["ResNet50"], family: "resnet")])
}
