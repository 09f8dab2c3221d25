import Foundation
import Yams

/// Reads the `model-index:` results of a Hugging Face model card: the YAML front matter of a
/// README.md (between `---` lines), or a bare YAML file holding just that front matter.
/// One record per metric of each result.
public enum HFCardReader {
    public static func read(path: String, _ body: (ResultItem) throws -> Void) throws {
        let text = try TextFile.read(path)
        let (yaml, lineOffset) = frontMatter(of: text)
        guard let root = try YAMLSupport.compose(yaml, path: path, lineOffset: lineOffset), root.mapping != nil else {
            throw CorpusError.malformedRecord(path: path, line: 1 + lineOffset, reason: "expected YAML front matter (a mapping)")
        }
        guard let index = root[key: "model-index"] else {
            throw CorpusError.malformedRecord(path: path, line: 1 + lineOffset, reason: "the card has no model-index")
        }
        guard let entries = index.sequence else {
            throw CorpusError.malformedRecord(path: path, line: (index.line ?? 1) + lineOffset, reason: "model-index is not a list")
        }
        var seenNames: [String: Int] = [:]
        for (entryIndex, entry) in entries.enumerated() {
            let line = (entry.line ?? 1) + lineOffset
            guard let name = entry[key: "name"]?.text else {
                try body(.bad(.malformedRecord(path: path, line: line, reason: "model-index[\(entryIndex)] has no name")))
                continue
            }
            seenNames[name, default: 0] += 1
            let occurrence = seenNames[name]! > 1 ? "#\(seenNames[name]!)" : ""
            for (resultIndex, result) in (entry[key: "results"]?.sequence ?? []).enumerated() {
                let resultPath = "model-index[\(name)\(occurrence)].results[\(resultIndex)]"
                let task = result[key: "task"]
                let dataset = result[key: "dataset"]
                let datasetType = dataset?[key: "type"]?.text
                let datasetName = datasetType ?? dataset?[key: "name"]?.text
                let config = dataset?[key: "config"]?.text
                guard let metrics = result[key: "metrics"]?.sequence else {
                    try body(.bad(.malformedRecord(path: path, line: (result.line ?? 1) + lineOffset, reason: "\(resultPath) has no metrics list")))
                    continue
                }
                for (metricIndex, metric) in metrics.enumerated() {
                    let metricPath = "\(resultPath).metrics[\(metricIndex)]"
                    let metricLine = (metric.line ?? 1) + lineOffset
                    guard let metricName = metric[key: "type"]?.text ?? metric[key: "name"]?.text else {
                        try body(.bad(.malformedRecord(path: path, line: metricLine, reason: "\(metricPath) has no type or name")))
                        continue
                    }
                    let value = metric[key: "value"]
                    let label = metric[key: "name"]?.text
                    try body(.result(ResultRecord(
                        model: name, dataset: datasetName, subset: config == datasetType ? nil : config,
                        split: dataset?[key: "split"]?.text,
                        task: task?[key: "name"]?.text ?? task?[key: "type"]?.text,
                        metric: metricName, rawValue: value?.rawValueText ?? "",
                        value: value.map { $0.scalar == nil ? ResultValue.unreadable : ResultValue.parse($0.rawValueText) },
                        label: label.flatMap { $0 == metricName ? nil : $0 },
                        location: RecordLocation(file: path, line: value.flatMap(\.line).map { $0 + lineOffset } ?? metricLine, path: metricPath))))
                }
            }
        }
    }

    /// The YAML between a leading `---` line and the next `---` line, with the number of lines
    /// before it; a file that does not start with `---` is all YAML.
    static func frontMatter(of text: String) -> (yaml: String, lineOffset: Int) {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineBreak)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return (text, 0) }
        var end = 1
        while end < lines.count, lines[end].trimmingCharacters(in: .whitespaces) != "---" { end += 1 }
        return (lines[1..<min(end, lines.count)].joined(separator: "\n"), 1)
    }
}
