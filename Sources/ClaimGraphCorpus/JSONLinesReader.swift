import Foundation

/// Reads papers as JSON Lines: one object a line with `title` and `abstract`, and optionally
/// `id`, `arxiv_id`, `url`, `date` and `authors`.
public enum JSONLinesReader {
    public static func read(path: String) throws -> [PaperRecord] {
        try parse(TextFile.read(path), file: path)
    }

    public static func parse(_ text: String, file: String) throws -> [PaperRecord] {
        var papers: [PaperRecord] = []
        var lineNumber = 0
        for rawLine in TextFile.lines(text) {
            lineNumber += 1
            let line = String(rawLine).trimmingWhitespace()
            if line.isEmpty { continue }
            papers.append(try paper(fromLine: line, file: file, line: lineNumber))
        }
        if papers.isEmpty { throw CorpusError.noPapers(path: file) }
        return papers
    }

    static func paper(fromLine line: String, file: String, line lineNumber: Int) throws -> PaperRecord {
        func fail(_ reason: String) -> CorpusError {
            .malformedRecord(path: file, line: lineNumber, reason: reason)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
        } catch {
            throw fail("not valid JSON (\(JSONDiagnostics.describe(error)))")
        }
        guard let fields = object as? [String: Any] else { throw fail("expected a JSON object") }
        return try paper(from: fields, location: SourceLocation(file: file, line: lineNumber), fail: fail)
    }

    /// Builds a paper from decoded JSON fields; shared with the other JSON paper formats.
    static func paper(
        from fields: [String: Any], location: SourceLocation, fail: (String) -> CorpusError
    ) throws -> PaperRecord {
        // An escaped "\u0000" decodes to a NUL, which the database would silently cut text at.
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) where containsNUL(value) {
            throw fail("\"\(key)\" \(TextFile.nulReason)")
        }
        guard let title = (fields["title"] as? String)?.trimmingWhitespace(), !title.isEmpty
        else { throw fail("missing \"title\" (a non-empty string)") }
        guard let abstract = fields["abstract"] as? String else {
            throw fail("missing \"abstract\" (a string)")
        }
        return PaperRecord(
            title: title,
            abstract: abstract.trimmingWhitespace(),
            externalID: scalarString(fields["id"]),
            arxivID: scalarString(fields["arxiv_id"]),
            url: scalarString(fields["url"]),
            date: scalarString(fields["date"]),
            authors: authors(fields["authors"]),
            location: location)
    }

    static func containsNUL(_ value: Any) -> Bool {
        switch value {
        case let string as String: return string.unicodeScalars.contains("\u{0}")
        case let list as [Any]: return list.contains(where: containsNUL)
        default: return false
        }
    }

    static func scalarString(_ value: Any?) -> String? {
        switch value {
        case let string as String: return string.isEmpty ? nil : string
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    static func authors(_ value: Any?) -> [String] {
        switch value {
        case let list as [Any]: return list.compactMap { scalarString($0) }
        case let string as String:
            return string.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        default: return []
        }
    }
}

/// Short, user-facing wording for Foundation's JSON errors.
enum JSONDiagnostics {
    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return nsError.localizedDescription
    }
}
