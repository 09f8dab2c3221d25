import Foundation

/// One line of an alias file: SURFACE means CANONICAL, optionally of a kind.
public struct AliasLine: Sendable, Equatable {
    public var surface: String
    public var canonical: String
    /// "dataset", "model" or "metric" as written; nil when the line has no third column.
    public var kind: String?
    public var location: SourceLocation
}

/// Reads alias files: tab-separated `surface<TAB>canonical[<TAB>kind]`, one alias a line;
/// blank lines and lines starting with `#` are skipped. Every bad line is reported at once.
public enum AliasFileReader {
    public static let kinds = ["dataset", "model", "metric"]

    public static func read(path: String) throws -> [AliasLine] {
        try parse(TextFile.read(path), file: path)
    }

    public static func parse(_ text: String, file: String) throws -> [AliasLine] {
        var result: [AliasLine] = []
        var problems: [CorpusError] = []
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineBreak).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let number = offset + 1
            guard (2...3).contains(fields.count), !fields[0].isEmpty, !fields[1].isEmpty else {
                problems.append(.malformedRecord(path: file, line: number, reason: "expected surface<TAB>canonical[<TAB>kind]"))
                continue
            }
            let kind = fields.count == 3 && !fields[2].isEmpty ? fields[2].lowercased() : nil
            if let kind, !kinds.contains(kind) {
                problems.append(.malformedRecord(path: file, line: number, reason: "unknown kind \"\(kind)\"; use \(kinds.joined(separator: ", "))"))
                continue
            }
            result.append(AliasLine(surface: fields[0], canonical: fields[1], kind: kind, location: SourceLocation(file: file, line: number)))
        }
        if let first = problems.first {
            if problems.count == 1 { throw first }
            throw CorpusError.malformedRecord(
                path: file, line: lineOf(first),
                reason: problems.map { $0.errorDescription ?? "" }.joined(separator: "; "))
        }
        return result
    }

    private static func lineOf(_ error: CorpusError) -> Int {
        if case .malformedRecord(_, let line, _) = error { return line }
        return 1
    }
}
