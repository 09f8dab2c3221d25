import Foundation

/// Which CSV column holds what, given on the command line as `ROLE=COLUMN`:
/// `model=`, `dataset=`, `split=`, `task=`, `setting=`, `paper=`, `url=`, `date=` name the
/// columns of those fields; `value=COLUMN` is a value column whose metric is `--metric` (or, with
/// no `--metric`, the column's header); `value[METRIC]=COLUMN` names the metric in place, and may
/// be given once per value column (`value[top-1 accuracy]=top1 value[top-5 accuracy]=top5`).
public struct CSVMapping: Sendable, Equatable {
    public var model: String?
    public var dataset: String?
    public var split: String?
    public var task: String?
    public var setting: String?
    public var paperTitle: String?
    public var paperURL: String?
    public var paperDate: String?
    /// Value columns with their metric; a nil metric means "the metric from --metric, else the header".
    public var values: [ValueColumn] = []
    /// The dataset of every row when no column names it (`--dataset`).
    public var fixedDataset: String?
    /// The metric of the `value=` column (`--metric`).
    public var fixedMetric: String?

    public struct ValueColumn: Sendable, Equatable {
        public var column: String
        public var metric: String?
        public var setting: String?

        public init(column: String, metric: String?, setting: String? = nil) {
            self.column = column
            self.metric = metric
            self.setting = setting
        }
    }

    public init() {}

    public var isEmpty: Bool {
        model == nil && dataset == nil && values.isEmpty
    }

    public static let roles = ["model", "dataset", "split", "task", "setting", "paper", "url", "date", "value", "value[METRIC]"]

    /// Builds a mapping from `ROLE=COLUMN` strings; throws a message naming the bad one.
    public static func parse(_ specs: [String], dataset: String? = nil, metric: String? = nil) throws -> CSVMapping {
        var mapping = CSVMapping()
        mapping.fixedDataset = dataset
        mapping.fixedMetric = metric
        for spec in specs {
            let (role, column) = try split(spec)
            switch role {
            case "model": mapping.model = column
            case "dataset": mapping.dataset = column
            case "split": mapping.split = column
            case "task": mapping.task = column
            case "setting": mapping.setting = column
            case "paper", "paper_title": mapping.paperTitle = column
            case "url", "paper_url": mapping.paperURL = column
            case "date", "paper_date": mapping.paperDate = column
            case "value": mapping.values.append(ValueColumn(column: column, metric: nil))
            default:
                if role.hasPrefix("value["), role.hasSuffix("]") {
                    let name = role.dropFirst(6).dropLast().trimmingCharacters(in: .whitespaces)
                    guard !name.isEmpty else { throw MappingError("--map \(spec): the metric in value[METRIC] is empty") }
                    mapping.values.append(ValueColumn(column: column, metric: name))
                } else {
                    throw MappingError("--map \(spec): unknown role \"\(role)\"; roles are \(roles.joined(separator: ", "))")
                }
            }
        }
        if metric != nil, mapping.values.filter({ $0.metric == nil }).count > 1 {
            throw MappingError("--metric names the metric of one value column; name each of several with value[METRIC]=COLUMN")
        }
        return mapping
    }

    /// Splits at the first "=" outside the brackets of `value[...]`.
    private static func split(_ spec: String) throws -> (String, String) {
        var depth = 0
        for index in spec.indices {
            switch spec[index] {
            case "[": depth += 1
            case "]": depth -= 1
            case "=" where depth == 0:
                let role = spec[..<index].trimmingCharacters(in: .whitespaces)
                let column = spec[spec.index(after: index)...].trimmingCharacters(in: .whitespaces)
                guard !role.isEmpty, !column.isEmpty else { break }
                return (role.lowercased().hasPrefix("value[") ? "value[" + role.dropFirst(6) : role.lowercased(), column)
            default: break
            }
        }
        throw MappingError("--map \(spec): expected ROLE=COLUMN, e.g. model=Model or value[top-1 accuracy]=top1")
    }

    public struct MappingError: Error, LocalizedError, Equatable {
        public var message: String
        init(_ message: String) { self.message = message }
        public var errorDescription: String? { message }
    }
}

/// Reads leaderboard CSVs into results: through a `CSVMapping`, or, without one, by a known
/// header convention. One record per (row, value column).
public enum CSVResultReader {
    /// timm's `results-*.csv` file names and the dataset each evaluates on.
    static let timmDatasets: [(suffix: String, dataset: String)] = [
        ("results-imagenetv2-matched-frequency", "ImageNetV2"),
        ("results-imagenet-real", "ImageNet-ReaL"),
        ("results-imagenet-a", "ImageNet-A"),
        ("results-imagenet-r", "ImageNet-R"),
        ("results-sketch", "ImageNet-Sketch"),
        ("results-imagenet", "ImageNet"),
    ]

    /// The Open LLM Leaderboard (v1) benchmarks and the metric each reports.
    static let openLLMMetrics: [String: String] = [
        "arc": "normalized accuracy", "hellaswag": "normalized accuracy", "mmlu": "accuracy",
        "truthfulqa": "mc2", "winogrande": "accuracy", "gsm8k": "accuracy",
    ]

    public static func read(
        path: String, mapping: CSVMapping? = nil, progress: ((Int64) -> Void)? = nil, _ body: (ResultItem) throws -> Void
    ) throws {
        var header: [String]?
        var plan: Plan?
        try CSVReader.forEachRow(path: path, progress: progress) { row in
            guard let columns = header else {
                header = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
                plan = try makePlan(header: header!, path: path, mapping: mapping)
                return
            }
            guard let plan else { return }
            guard row.fields.count == columns.count else {
                try body(.bad(.malformedRecord(
                    path: path, line: row.line,
                    reason: "expected \(columns.count) fields as in the header, found \(row.fields.count)")))
                return
            }
            func field(_ index: Int?) -> String? {
                guard let index else { return nil }
                let value = row.fields[index].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            let recordPath = "row \(row.line)"
            guard let model = field(plan.model) else {
                try body(.bad(.malformedRecord(path: path, line: row.line, reason: "no model name in column \"\(columns[plan.model])\"")))
                return
            }
            guard let dataset = field(plan.dataset) ?? plan.fixedDataset else {
                try body(.bad(.malformedRecord(path: path, line: row.line, reason: "no dataset name in column \"\(plan.dataset.map { columns[$0] } ?? "")\"")))
                return
            }
            for value in plan.values {
                let raw = row.fields[value.index]
                try body(.result(ResultRecord(
                    model: model, dataset: value.dataset ?? dataset, split: field(plan.split), task: field(plan.task),
                    metric: value.metric, rawValue: raw,
                    setting: [field(plan.setting), value.setting].compactMap { $0 }.joined(separator: ", ").nilIfEmpty,
                    paperTitle: field(plan.paperTitle), paperURL: field(plan.paperURL), paperDate: field(plan.paperDate),
                    location: RecordLocation(file: path, line: row.line, path: "\(recordPath) (\(model)).\(value.header)"))))
            }
        }
        if header == nil { throw CorpusError.emptyFile(path: path) }
    }

    /// Column indexes resolved against the header.
    struct Plan {
        struct Value {
            var index: Int
            var header: String
            var metric: String
            var dataset: String?
            var setting: String?
        }
        var model: Int
        var dataset: Int?
        var fixedDataset: String?
        var split, task, setting, paperTitle, paperURL, paperDate: Int?
        var values: [Value]
    }

    static func makePlan(header: [String], path: String, mapping: CSVMapping?) throws -> Plan {
        if let mapping, !mapping.isEmpty { return try plan(header: header, path: path, mapping: mapping) }
        if let plan = timmPlan(header: header, path: path, dataset: mapping?.fixedDataset) { return plan }
        if let plan = openLLMPlan(header: header) { return plan }
        throw CorpusError.missingMapping(
            path: path,
            reason: "no known leaderboard header (columns: \(header.joined(separator: ", "))); "
                + "name the columns with --map model=COLUMN --map value=COLUMN --dataset NAME --metric NAME")
    }

    private static func plan(header: [String], path: String, mapping: CSVMapping) throws -> Plan {
        func index(_ column: String?, role: String) throws -> Int? {
            guard let column else { return nil }
            if let found = header.firstIndex(of: column) ?? header.firstIndex(where: { $0.caseInsensitiveCompare(column) == .orderedSame }) {
                return found
            }
            throw CorpusError.missingMapping(path: path, reason: "--map \(role)=\(column): no column \"\(column)\" (columns: \(header.joined(separator: ", ")))")
        }
        guard let model = try index(mapping.model, role: "model") else {
            throw CorpusError.missingMapping(path: path, reason: "name the model column with --map model=COLUMN")
        }
        let dataset = try index(mapping.dataset, role: "dataset")
        guard dataset != nil || mapping.fixedDataset != nil else {
            throw CorpusError.missingMapping(path: path, reason: "name the dataset with --dataset NAME or --map dataset=COLUMN")
        }
        guard !mapping.values.isEmpty else {
            throw CorpusError.missingMapping(path: path, reason: "name at least one value column with --map value=COLUMN or --map value[METRIC]=COLUMN")
        }
        var values: [Plan.Value] = []
        for value in mapping.values {
            let at = try index(value.column, role: "value")!
            values.append(Plan.Value(index: at, header: header[at], metric: value.metric ?? mapping.fixedMetric ?? header[at], setting: value.setting))
        }
        return Plan(
            model: model, dataset: dataset, fixedDataset: mapping.fixedDataset,
            split: try index(mapping.split, role: "split"), task: try index(mapping.task, role: "task"),
            setting: try index(mapping.setting, role: "setting"), paperTitle: try index(mapping.paperTitle, role: "paper"),
            paperURL: try index(mapping.paperURL, role: "url"), paperDate: try index(mapping.paperDate, role: "date"),
            values: values)
    }

    /// timm: `model,img_size,top1,top1_err,top5,top5_err,...`, the dataset in the file name.
    static func timmPlan(header: [String], path: String, dataset: String?) -> Plan? {
        guard let model = header.firstIndex(of: "model"), let top1 = header.firstIndex(of: "top1"),
              let top5 = header.firstIndex(of: "top5")
        else { return nil }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        guard let fixed = dataset ?? timmDatasets.first(where: { name == $0.suffix })?.dataset else { return nil }
        return Plan(
            model: model, dataset: nil, fixedDataset: fixed,
            values: [
                Plan.Value(index: top1, header: "top1", metric: "top-1 accuracy"),
                Plan.Value(index: top5, header: "top5", metric: "top-5 accuracy"),
            ])
    }

    /// The Open LLM Leaderboard: `Model`, `Average`, and benchmark columns like `ARC(25-shot)`.
    static func openLLMPlan(header: [String]) -> Plan? {
        guard let model = header.firstIndex(where: { $0.lowercased() == "model" }) else { return nil }
        var values: [Plan.Value] = []
        for (index, column) in header.enumerated() {
            if let match = column.range(of: #"^\s*(.+?)\s*\(\s*(\d+)-shot\s*\)\s*$"#, options: .regularExpression) {
                let text = String(column[match])
                let open = text.firstIndex(of: "(")!
                let benchmark = text[..<open].trimmingCharacters(in: .whitespaces)
                let shots = text[text.index(after: open)...].trimmingCharacters(in: CharacterSet(charactersIn: ") "))
                values.append(Plan.Value(
                    index: index, header: column,
                    metric: openLLMMetrics[NameKeyLite.of(benchmark)] ?? "score",
                    dataset: benchmark, setting: shots))
            }
        }
        guard !values.isEmpty else { return nil }
        if let average = header.firstIndex(where: { $0.lowercased() == "average" }) {
            values.insert(Plan.Value(index: average, header: header[average], metric: "average score", dataset: "Open LLM Leaderboard"), at: 0)
        }
        return Plan(model: model, dataset: nil, fixedDataset: "Open LLM Leaderboard", values: values)
    }
}

/// Lower-cased letters and digits only, for matching column names loosely.
enum NameKeyLite {
    static func of(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
