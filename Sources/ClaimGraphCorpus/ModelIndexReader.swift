import Foundation
import Yams

/// Reads `model-index` YAML metafiles (the PwC model-index format OpenMMLab uses):
/// `Collections` carry the paper, `Models` carry `Results` of `{Task, Dataset, Metrics}`, and a
/// root file's `Import:` names other metafiles, relative to it. One record per metric.
public enum ModelIndexReader {
    public static func read(path: String, _ body: (ResultItem) throws -> Void) throws {
        var visited: Set<String> = []
        try read(path: path, importedFrom: nil, visited: &visited, body)
    }

    private static func read(
        path: String, importedFrom: RecordLocation?, visited: inout Set<String>, _ body: (ResultItem) throws -> Void
    ) throws {
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.path
        guard visited.insert(canonical).inserted else { return }
        let text = try TextFile.read(path)
        guard let root = try YAMLSupport.compose(text, path: path), root.mapping != nil else {
            throw CorpusError.malformedRecord(path: path, line: 1, reason: "expected a YAML mapping with Models, Collections or Import")
        }
        let imports = root[key: "Import"]
        let models = root[key: "Models"]
        let collections = root[key: "Collections"]
        guard imports != nil || models != nil || collections != nil else {
            throw CorpusError.malformedRecord(path: path, line: 1, reason: "not a model-index file: no Models, Collections or Import")
        }

        // Papers by collection name, so a model's results can name the paper behind them.
        var papers: [String: (title: String?, url: String?)] = [:]
        for collection in collections?.sequence ?? [] {
            guard let name = collection[key: "Name"]?.text else { continue }
            papers[name] = paper(of: collection)
        }

        // A name used twice in one file (it happens) gets "#2", so each record keeps its own path.
        var seenNames: [String: Int] = [:]
        for (index, model) in (models?.sequence ?? []).enumerated() {
            let modelLine = model.line
            guard let name = model[key: "Name"]?.text else {
                try body(.bad(.malformedRecord(path: path, line: modelLine ?? 1, reason: "Models[\(index)] has no Name")))
                continue
            }
            seenNames[name, default: 0] += 1
            let occurrence = seenNames[name]! > 1 ? "#\(seenNames[name]!)" : ""
            let collection = model[key: "In Collection"]?.text
            let modelPaper = paper(of: model)
            let collectionPaper = collection.flatMap { papers[$0] }
            let paperTitle = modelPaper.title ?? collectionPaper?.title
            let paperURL = modelPaper.url ?? collectionPaper?.url
            for (resultIndex, result) in (model[key: "Results"]?.sequence ?? []).enumerated() {
                let resultPath = "Models[\(name)\(occurrence)].Results[\(resultIndex)]"
                guard let metrics = result[key: "Metrics"]?.mapping else {
                    try body(.bad(.malformedRecord(path: path, line: result.line ?? modelLine ?? 1, reason: "\(resultPath) has no Metrics mapping")))
                    continue
                }
                let dataset = result[key: "Dataset"]?.text
                let task = result[key: "Task"]?.text
                for (key, value) in metrics {
                    guard let metric = key.text else { continue }
                    try body(.result(ResultRecord(
                        model: name, dataset: dataset, task: task, metric: metric, rawValue: value.rawValueText,
                        value: value.scalar == nil ? .unreadable : nil,
                        paperTitle: paperTitle, paperURL: paperURL,
                        location: RecordLocation(file: path, line: value.line ?? key.line, path: "\(resultPath).Metrics[\(metric)]"))))
                }
            }
        }

        for entry in imports?.sequence ?? [] {
            guard let relative = entry.text else { continue }
            let base = URL(fileURLWithPath: path).deletingLastPathComponent()
            let target = relative.hasPrefix("/") ? relative : base.appendingPathComponent(relative).path
            let location = RecordLocation(file: path, line: entry.line, path: "Import[\(relative)]")
            if FileManager.default.fileExists(atPath: target) {
                // A broken imported file is one bad record of this index: the other imports still read.
                do {
                    try read(path: target, importedFrom: location, visited: &visited, body)
                } catch let error as CorpusError {
                    try body(.bad(error))
                }
            } else {
                try body(.note(location: location, message: "imported file \(relative) is not there (looked for \(target))"))
            }
        }
    }

    /// `Paper:` as a mapping `{Title, URL}` or a bare URL.
    private static func paper(of node: Node) -> (title: String?, url: String?) {
        guard let paper = node[key: "Paper"] else { return (nil, nil) }
        if let url = paper.text { return (nil, url) }
        return (paper[key: "Title"]?.text, paper[key: "URL"]?.text)
    }
}
