import Foundation
import Yams

/// Parses YAML into Yams nodes (which keep line numbers and scalars as written), turning
/// Yams' errors into `CorpusError`s that name the file and line.
enum YAMLSupport {
    /// `lineOffset` is added to every line, for YAML that starts part-way into a file.
    static func compose(_ text: String, path: String, lineOffset: Int = 0) throws -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw CorpusError.malformedRecord(path: path, line: line(of: error) + lineOffset, reason: "YAML error: \(problem(of: error))")
        } catch {
            throw CorpusError.malformedRecord(path: path, line: 1 + lineOffset, reason: "YAML error: \(error)")
        }
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        default:
            return "\(error)"
        }
    }
}

extension Node {
    /// A mapping's value for a key, matched exactly.
    subscript(key key: String) -> Node? {
        mapping?[key]
    }

    /// The text of a scalar as written, trimmed; nil for mappings, sequences and empty scalars.
    var text: String? {
        guard let scalar else { return nil }
        if scalar.style == .plain, ["~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        let trimmed = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The 1-based line this node starts on.
    var line: Int? { mark?.line }

    /// A scalar's text as written ("" for null), or a compact rendering of a non-scalar value.
    var rawValueText: String {
        switch self {
        case .scalar(let scalar):
            if scalar.style == .plain, ["~", "null", "Null", "NULL"].contains(scalar.string) { return "" }
            return scalar.string
        case .sequence(let sequence): return "[" + sequence.map(\.rawValueText).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            return "{" + mapping.map { "\($0.key.rawValueText): \($0.value.rawValueText)" }.joined(separator: ", ") + "}"
        case .alias: return "*alias"
        }
    }
}
