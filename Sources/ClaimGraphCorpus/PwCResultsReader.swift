import Foundation

/// Reads Papers with Code `evaluation-tables.json`: a list of tasks, each with datasets whose
/// `sota.rows` hold one model's metrics; datasets nest `subdatasets` and tasks nest `subtasks`.
/// Tasks are streamed one at a time, so the full dump is read in bounded memory.
/// One record per (row, metric).
public enum PwCResultsReader {
    public static func read(
        path: String, progress: ((Int64) -> Void)? = nil, _ body: (ResultItem) throws -> Void
    ) throws {
        let head = try TextFile.head(path, bytes: 4096)
        if head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first != "[" {
            try readWhole(path: path, body)
            return
        }
        let context = Context(path: path)
        try JSONArrayStream(path: path).forEach(progress: progress) { element in
            switch element {
            case .failure(let error):
                try body(.bad(error))
            case .success(let element):
                guard let task = element.value as? [String: Any] else {
                    try body(.bad(.malformedRecord(path: path, line: element.line, reason: "task \(element.index + 1) is not a JSON object")))
                    return
                }
                try readTask(task, taskPath: [], context: context, body)
            }
        }
    }

    /// A single task object, or a small file with comments and trailing commas (the format's
    /// documented example is JSON with comments): read whole, comments stripped.
    private static func readWhole(path: String, _ body: (ResultItem) throws -> Void) throws {
        let text = JSONC.strip(try TextFile.read(path))
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw CorpusError.malformedRecord(path: path, line: 1, reason: "not valid JSON (\(JSONDiagnostics.describe(error)))")
        }
        let tasks: [Any]
        if let list = value as? [Any] { tasks = list } else if let task = value as? [String: Any] { tasks = [task] } else {
            throw CorpusError.malformedRecord(path: path, line: 1, reason: "expected a task object or a list of tasks")
        }
        let context = Context(path: path)
        for (index, entry) in tasks.enumerated() {
            guard let task = entry as? [String: Any] else {
                try body(.bad(.badRecord(path: path, record: "task \(index + 1)", reason: "not a JSON object")))
                continue
            }
            try readTask(task, taskPath: [], context: context, body)
        }
    }

    /// Where the tables are read from; a class so the tables seen so far are shared by the
    /// recursion over subtasks and subdatasets.
    final class Context {
        let path: String
        /// How often each table path was seen: a task or dataset named twice in one file gets "#2".
        var tablePaths: [String: Int] = [:]

        init(path: String) {
            self.path = path
        }
    }

    private static func readTask(
        _ task: [String: Any], taskPath: [String], context: Context, _ body: (ResultItem) throws -> Void
    ) throws {
        let name = (task["task"] as? String)?.trimmingCharacters(in: .whitespaces) ?? ""
        let path = taskPath + [name.isEmpty ? "(unnamed task)" : name]
        for (index, entry) in (task["datasets"] as? [Any] ?? []).enumerated() {
            guard let dataset = entry as? [String: Any] else {
                try body(.bad(.badRecord(path: context.path, record: "\(path.joined(separator: " > ")) / dataset \(index + 1)", reason: "not a JSON object")))
                continue
            }
            let datasetName = (dataset["dataset"] as? String)?.trimmingCharacters(in: .whitespaces) ?? ""
            try readTable(dataset, task: name, taskPath: path, dataset: datasetName, subset: nil, context: context, body)
        }
        for entry in task["subtasks"] as? [Any] ?? [] {
            guard let subtask = entry as? [String: Any] else { continue }
            try readTask(subtask, taskPath: path, context: context, body)
        }
    }

    /// One dataset's (or subdataset's) table, then its subdatasets.
    private static func readTable(
        _ table: [String: Any], task: String, taskPath: [String], dataset: String, subset: String?,
        context: Context, _ body: (ResultItem) throws -> Void
    ) throws {
        var tablePath = ([taskPath.joined(separator: " > "), dataset] + (subset.map { [$0] } ?? [])).joined(separator: " / ")
        context.tablePaths[tablePath, default: 0] += 1
        if let seen = context.tablePaths[tablePath], seen > 1 { tablePath += " #\(seen)" }
        let rows = (table["sota"] as? [String: Any])?["rows"] as? [Any] ?? []
        for (index, entry) in rows.enumerated() {
            let recordPath = "\(tablePath) / row \(index + 1)"
            func bad(_ reason: String) -> ResultItem {
                .bad(.badRecord(path: context.path, record: recordPath, reason: reason))
            }
            guard let row = entry as? [String: Any] else { try body(bad("not a JSON object")); continue }
            guard !dataset.isEmpty else { try body(bad("the dataset has no name")); continue }
            // Anonymous leaderboard submissions have an empty model name: still a result, of no named model.
            guard let model = (row["model_name"] as? String)?.trimmingCharacters(in: .whitespaces) else {
                try body(bad("no \"model_name\""))
                continue
            }
            guard let metrics = row["metrics"] as? [String: Any] else { try body(bad("no \"metrics\" object")); continue }
            let usesExtraData = (row["uses_additional_data"] as? Bool) == true
            for metric in metrics.keys.sorted() {
                // A list, object or boolean is kept as written and reported as not a number.
                let raw = ResultValue.rawText(of: metrics[metric])
                try body(.result(ResultRecord(
                    model: model, dataset: dataset, subset: subset, task: task.isEmpty ? nil : task,
                    metric: metric, rawValue: raw ?? compactJSON(metrics[metric]), value: raw == nil ? .unreadable : nil,
                    setting: usesExtraData ? "uses additional data" : nil,
                    paperTitle: nonEmpty(row["paper_title"]), paperURL: nonEmpty(row["paper_url"]),
                    paperDate: nonEmpty(row["paper_date"]),
                    location: RecordLocation(file: context.path, path: model.isEmpty ? recordPath : "\(recordPath) (\(model))"))))
            }
        }
        for entry in table["subdatasets"] as? [Any] ?? [] {
            guard let sub = entry as? [String: Any] else { continue }
            let name = (sub["subdataset"] as? String)?.trimmingCharacters(in: .whitespaces) ?? ""
            let nested = [subset, name.isEmpty ? nil : name].compactMap { $0 }.joined(separator: " / ")
            try readTable(sub, task: task, taskPath: taskPath, dataset: dataset, subset: nested.isEmpty ? nil : nested, context: context, body)
        }
    }

    static func compactJSON(_ value: Any?) -> String {
        guard let value, let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) else {
            return "\(value ?? "null")"
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func nonEmpty(_ value: Any?) -> String? {
        guard let string = (value as? String)?.trimmingCharacters(in: .whitespacesAndNewlines), !string.isEmpty else { return nil }
        return string
    }
}

/// JSON with comments: drops `//` and `/* */` comments and commas before `}` or `]`, outside
/// strings, keeping line breaks so line numbers still match.
enum JSONC {
    static func strip(_ text: String) -> String {
        var output: [Character] = []
        output.reserveCapacity(text.count)
        let characters = Array(text)
        var index = 0
        var inString = false
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if inString {
                output.append(character)
                if character == "\\", let next { output.append(next); index += 2; continue }
                if character == "\"" { inString = false }
                index += 1
                continue
            }
            if character == "/" && next == "/" {
                while index < characters.count && characters[index] != "\n" { index += 1 }
                continue
            }
            if character == "/" && next == "*" {
                index += 2
                while index < characters.count && !(characters[index] == "*" && index + 1 < characters.count && characters[index + 1] == "/") {
                    if characters[index] == "\n" { output.append("\n") }
                    index += 1
                }
                index += 2
                continue
            }
            if character == "}" || character == "]" {
                // Drop a trailing comma (and the space after it) before the closing bracket.
                var back = output.count - 1
                while back >= 0 && output[back].isWhitespace { back -= 1 }
                if back >= 0 && output[back] == "," { output.remove(at: back) }
            }
            if character == "\"" { inString = true }
            output.append(character)
            index += 1
        }
        return String(output)
    }
}
