import Foundation

/// Streams papers from the large paper dumps, one at a time, so memory stays bounded:
/// Papers with Code `papers-with-abstracts.json` (one JSON array) and arXiv metadata JSON Lines.
/// A record that cannot be read is handed over as a failure, for the caller to stop or skip.
public enum PaperStreamReader {
    public static func read(
        path: String, format: InputFormat, progress: ((Int64) -> Void)? = nil,
        _ body: (Result<PaperRecord, CorpusError>) throws -> Void
    ) throws {
        switch format {
        case .pwcPapers: try readPwC(path: path, progress: progress, body)
        case .arxiv: try readArxiv(path: path, progress: progress, body)
        case .jsonl:
            try TextFile.forEachLine(path, progress: progress) { line, number in
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { return }
                do {
                    try body(.success(try JSONLinesReader.paper(fromLine: trimmed, file: path, line: number)))
                } catch let error as CorpusError {
                    try body(.failure(error))
                }
            }
        default:
            preconditionFailure("\(format.rawValue) is not a streamed paper format")
        }
    }

    /// `papers-with-abstracts.json`: `[{paper_url, arxiv_id, title, abstract, url_abs, authors, date, ...}]`.
    static func readPwC(path: String, progress: ((Int64) -> Void)?, _ body: (Result<PaperRecord, CorpusError>) throws -> Void) throws {
        try JSONArrayStream(path: path).forEach(progress: progress) { element in
            switch element {
            case .failure(let error):
                try body(.failure(error))
            case .success(let element):
                func fail(_ reason: String) -> CorpusError {
                    .malformedRecord(path: path, line: element.line, reason: "paper \(element.index + 1): \(reason)")
                }
                guard let fields = element.value as? [String: Any] else { try body(.failure(fail("not a JSON object"))); return }
                guard let title = (fields["title"] as? String).map(collapse), !title.isEmpty else {
                    try body(.failure(fail("missing \"title\" (a non-empty string)")))
                    return
                }
                try body(.success(PaperRecord(
                    title: title,
                    abstract: (fields["abstract"] as? String).map(collapse) ?? "",
                    externalID: JSONLinesReader.scalarString(fields["paper_url"]),
                    arxivID: JSONLinesReader.scalarString(fields["arxiv_id"]),
                    url: JSONLinesReader.scalarString(fields["url_abs"]) ?? JSONLinesReader.scalarString(fields["paper_url"]),
                    date: JSONLinesReader.scalarString(fields["date"]),
                    authors: JSONLinesReader.authors(fields["authors"]),
                    location: SourceLocation(file: path, line: element.line))))
            }
        }
    }

    /// arXiv metadata: one object a line with `id`, `title`, `abstract`, `authors` or
    /// `authors_parsed`, `categories`, and `versions[{version, created}]` (RFC 2822 dates).
    static func readArxiv(path: String, progress: ((Int64) -> Void)?, _ body: (Result<PaperRecord, CorpusError>) throws -> Void) throws {
        try TextFile.forEachLine(path, progress: progress) { line, number in
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return }
            func fail(_ reason: String) -> CorpusError { .malformedRecord(path: path, line: number, reason: reason) }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(trimmed.utf8))
            } catch {
                try body(.failure(fail("not valid JSON (\(JSONDiagnostics.describe(error)))")))
                return
            }
            guard let fields = object as? [String: Any] else { try body(.failure(fail("expected a JSON object"))); return }
            guard let id = JSONLinesReader.scalarString(fields["id"]) else { try body(.failure(fail("missing \"id\""))); return }
            guard let title = (fields["title"] as? String).map(collapse), !title.isEmpty else {
                try body(.failure(fail("missing \"title\" (a non-empty string)")))
                return
            }
            guard let abstract = fields["abstract"] as? String else { try body(.failure(fail("missing \"abstract\" (a string)"))); return }
            var authors: [String] = []
            if let parsed = fields["authors_parsed"] as? [[String]] {
                authors = parsed.map { parts in
                    [parts.count > 1 ? parts[1] : "", parts.first ?? "", parts.count > 2 ? parts[2] : ""]
                        .filter { !$0.isEmpty }.joined(separator: " ")
                }
            } else {
                authors = JSONLinesReader.authors(fields["authors"])
            }
            let versions = fields["versions"] as? [[String: Any]] ?? []
            let date = versions.first.flatMap { isoDate(fromRFC2822: $0["created"] as? String) }
                ?? JSONLinesReader.scalarString(fields["update_date"])
            try body(.success(PaperRecord(
                title: title, abstract: collapse(abstract), externalID: id, arxivID: id,
                url: "https://arxiv.org/abs/\(id)", date: date, authors: authors,
                location: SourceLocation(file: path, line: number))))
        }
    }

    /// arXiv titles and abstracts are hard-wrapped; joins the lines and runs of spaces.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// "Mon, 2 Apr 2007 19:18:42 GMT" → "2007-04-02".
    static func isoDate(fromRFC2822 text: String?) -> String? {
        guard let text else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ")
        for index in words.indices.dropLast(2) {
            if let day = Int(words[index]), let month = months.firstIndex(of: words[index + 1].prefix(3).lowercased()),
               let year = Int(words[index + 2]), (1...31).contains(day)
            {
                return String(format: "%04d-%02d-%02d", year, month + 1, day)
            }
        }
        return nil
    }
}
