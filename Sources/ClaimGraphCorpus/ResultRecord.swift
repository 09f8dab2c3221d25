import Foundation

/// One reported number from a results file (a leaderboard row's metric, a model card's metric):
/// what was measured, the value as written and as read, and exactly where it came from.
public struct ResultRecord: Sendable, Hashable {
    public var model: String
    public var dataset: String?
    /// A named part of the dataset: PwC's subdataset, a Hugging Face dataset config.
    public var subset: String?
    /// The evaluation split ("test", "validation") when the source names one.
    public var split: String?
    public var task: String?
    public var metric: String
    /// The value exactly as the source wrote it (numbers in JSON or YAML as they print).
    public var rawValue: String
    public var value: ResultValue
    /// How the number was obtained when it matters for comparison ("25-shot", "extra training data").
    public var setting: String?
    /// The source's own wording for the metric when it says more than the metric's name
    /// ("Validation ROGUE-1" for type rogue-1); shown in the evidence.
    public var label: String?
    public var paperTitle: String?
    public var paperURL: String?
    public var paperDate: String?
    public var location: RecordLocation

    public init(
        model: String, dataset: String?, subset: String? = nil, split: String? = nil, task: String? = nil,
        metric: String, rawValue: String, value: ResultValue? = nil, setting: String? = nil, label: String? = nil,
        paperTitle: String? = nil, paperURL: String? = nil, paperDate: String? = nil, location: RecordLocation
    ) {
        self.model = model
        self.dataset = dataset
        self.subset = subset
        self.split = split
        self.task = task
        self.metric = metric
        self.rawValue = rawValue
        self.value = value ?? ResultValue.parse(rawValue)
        self.setting = setting
        self.label = label
        self.paperTitle = paperTitle
        self.paperURL = paperURL
        self.paperDate = paperDate
        self.location = location
    }
}

/// Where a record sits: the file, the 1-based line where known, and a path naming the record
/// inside the file ("Question Answering / SQuAD1.1 / row 3").
public struct RecordLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var path: String

    public init(file: String, line: Int? = nil, path: String) {
        self.file = file
        self.line = line
        self.path = path
    }

    public var description: String {
        if let line { return "\(file):\(line): \(path)" }
        return "\(file): \(path)"
    }
}

/// What a result file says about a record: a result, or a record that could not be read.
/// Readers hand these out one at a time so a caller can stream, skip bad records, or stop.
public enum ResultItem: Sendable {
    case result(ResultRecord)
    /// A record that is malformed (a CSV row with missing columns, a row without a model name).
    /// Fatal unless the caller skips bad records.
    case bad(CorpusError)
    /// A problem that is not a record's: an `Import:` naming a file that is not there.
    case note(location: RecordLocation, message: String)
}

/// A value as read from its string. Dashes and blanks are an explicit "no value"; anything else
/// that is not a number is kept as unreadable, never turned into 0.
public enum ResultValue: Sendable, Hashable {
    case number(Double, max: Double?, unit: String?)
    case missing
    case unreadable

    public var number: Double? {
        if case .number(let value, _, _) = self { return value }
        return nil
    }

    /// Strings that mean "no value reported": empty, dashes, and the usual "not available" marks.
    static let noValueMarks: Set<String> = ["", "-", "--", "---", "–", "—", "−", "n/a", "na", "none", "null", "nan"]
    /// Footnote and emphasis marks that decorate a number without changing it.
    static let decorations = CharacterSet(charactersIn: "*†‡§¶")
    static let magnitudes: [Character: Double] = ["K": 1e3, "M": 1e6, "B": 1e9, "G": 1e9, "T": 1e12]

    /// Reads "85.3", "85.3%", "20.0 ± 1.2", "0.7482 ± 0.0015", "1,013.01", "**70.3**", "63.7*",
    /// "24M", "2.5x" and "70.14 (measured by ...)". Two numbers in one cell ("78.6/84.4") are
    /// unreadable: which one the metric names is not knowable here.
    public static func parse(_ raw: String) -> ResultValue {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        if noValueMarks.contains(text.lowercased()) { return .missing }
        // A trailing parenthetical is a comment on the number.
        if let open = text.firstIndex(of: "("), text.hasSuffix(")"), open != text.startIndex {
            text = text[..<open].trimmingCharacters(in: .whitespaces)
        }
        text = text.trimmingCharacters(in: decorations.union(.whitespaces))
        // "x ± y": the value is x; the spread is not a second result.
        for separator in ["±", "+/-", "+-"] {
            if let range = text.range(of: separator) {
                text = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                break
            }
        }
        var unit: String?
        var scale = 1.0
        if text.hasSuffix("%") {
            unit = "%"
            text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
        } else if text.hasSuffix("x") || text.hasSuffix("×") {
            unit = "x"
            text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
        } else if let last = text.last, let magnitude = magnitudes[last] {
            scale = magnitude
            text = String(text.dropLast())
        }
        text = text.replacingOccurrences(of: "−", with: "-")
        if text.contains(",") {
            // Only thousands separators: "1,013.01", never a decimal comma or a list.
            guard hasThousandsSeparators(text) else { return .unreadable }
            text = text.replacingOccurrences(of: ",", with: "")
        }
        guard isDecimal(text), let value = Double(text), value.isFinite else { return .unreadable }
        return .number(value * scale, max: nil, unit: unit)
    }

    /// A plain decimal: optional sign, digits with an optional fraction, an optional exponent.
    /// (Swift's `Double.init` also takes "inf", "nan" and hex, which no leaderboard means.)
    static func isDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        var digits = 0
        var sawPoint = false
        while let scalar = scalars.first {
            if ("0"..."9").contains(scalar) { digits += 1 } else if scalar == "." && !sawPoint { sawPoint = true } else { break }
            scalars = scalars.dropFirst()
        }
        guard digits > 0 else { return false }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
            guard !scalars.isEmpty, scalars.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
            return true
        }
        return scalars.isEmpty
    }

    /// "1,013.01" and "12,345": groups of three digits after the first comma.
    static func hasThousandsSeparators(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("+") || body.hasPrefix("-") { body = body.dropFirst() }
        let whole = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count), groups.count > 1 else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The text a JSON or YAML scalar was written as: strings as they are, numbers in their
    /// shortest form ("85.1", "90"), booleans and other shapes as nil.
    public static func rawText(of value: Any?) -> String? {
        switch value {
        case let string as String: return string
        case is Bool where !(value is NSNumber): return nil
        case let number as NSNumber:
            // Booleans decode as NSNumbers of type char ("c"); JSON numbers never do.
            if String(cString: number.objCType) == "c" { return nil }
            let double = number.doubleValue
            if double == double.rounded(), abs(double) < 1e15, !number.stringValue.contains(".") {
                return String(Int64(double))
            }
            return "\(double)"
        case is NSNull, nil: return ""
        default: return nil
        }
    }
}
