import Foundation

/// Streams papers from the large paper dumps, one at a time, so memory stays bounded:
/// Papers with Code `papers-with-abstracts.json` (one JSON array) and arXiv metadata JSON Lines.
/// A record that cannot be read is handed over as a failure, for the caller to stop or skip.
public enum PaperStreamReader {
    public static func read(
        path: String, format: InputFormat, progress: ((Int64) -> Void)? = nil,
        _ body: (Result<PaperRecord, CorpusError>) throws -> Void
    ) throws {
        let stream = try PaperStream(path: path, format: format)
        while let paper = try stream.next() {
            try body(paper)
            progress?(stream.bytesRead)
        }
        progress?(stream.bytesRead)
    }

    /// `papers-with-abstracts.json`: `[{paper_url, arxiv_id, title, abstract, url_abs, authors, date, ...}]`.
    static func pwcPaper(_ result: Result<JSONArrayStream.Element, CorpusError>, path: String) -> Result<PaperRecord, CorpusError> {
        let element: JSONArrayStream.Element
        switch result {
        case .failure(let error): return .failure(error)
        case .success(let value): element = value
        }
        func fail(_ reason: String) -> Result<PaperRecord, CorpusError> {
            .failure(.malformedRecord(path: path, line: element.line, reason: "paper \(element.index + 1): \(reason)"))
        }
        guard let fields = element.value as? [String: Any] else { return fail("not a JSON object") }
        guard let title = (fields["title"] as? String).map(collapse), !title.isEmpty else {
            return fail("missing \"title\" (a non-empty string)")
        }
        return .success(PaperRecord(
            title: title,
            abstract: (fields["abstract"] as? String).map(collapse) ?? "",
            externalID: JSONLinesReader.scalarString(fields["paper_url"]),
            arxivID: JSONLinesReader.scalarString(fields["arxiv_id"]),
            url: JSONLinesReader.scalarString(fields["url_abs"]) ?? JSONLinesReader.scalarString(fields["paper_url"]),
            date: JSONLinesReader.scalarString(fields["date"]),
            authors: JSONLinesReader.authors(fields["authors"]),
            location: SourceLocation(file: path, line: element.line)))
    }

    /// arXiv metadata: one object a line with `id`, `title`, `abstract`, `authors` or
    /// `authors_parsed`, `categories`, and `versions[{version, created}]` (RFC 2822 dates).
    static func arxivPaper(_ line: String, number: Int, path: String) -> Result<PaperRecord, CorpusError> {
        func fail(_ reason: String) -> Result<PaperRecord, CorpusError> { .failure(.malformedRecord(path: path, line: number, reason: reason)) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        } catch {
            return fail("not valid JSON (\(JSONDiagnostics.describe(error)))")
        }
        guard let fields = object as? [String: Any] else { return fail("expected a JSON object") }
        if JSONArrayStream.containsNUL(fields) { return fail(TextFile.nulReason) }
        guard let id = JSONLinesReader.scalarString(fields["id"]) else { return fail("missing \"id\"") }
        guard let title = (fields["title"] as? String).map(collapse), !title.isEmpty else {
            return fail("missing \"title\" (a non-empty string)")
        }
        guard let abstract = fields["abstract"] as? String else { return fail("missing \"abstract\" (a string)") }
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
        return .success(PaperRecord(
            title: title, abstract: collapse(abstract), externalID: id, arxivID: id,
            url: "https://arxiv.org/abs/\(id)", date: date, authors: authors,
            location: SourceLocation(file: path, line: number)))
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

/// Papers pulled one at a time from a streamed dump (`pwc-papers`, `arxiv` or `jsonl`), for
/// batch ingesters that ask for the next paper. A record that cannot be read comes back as a
/// failure (skip it or stop); a file that cannot be read at all throws.
public final class PaperStream {
    public let path: String
    public let format: InputFormat
    private let array: JSONArrayStream.Reader?
    private let lines: LineReader?

    public init(path: String, format: InputFormat) throws {
        self.path = path
        self.format = format
        switch format {
        case .pwcPapers:
            array = try JSONArrayStream.Reader(path: path)
            lines = nil
        case .arxiv, .jsonl:
            array = nil
            lines = try LineReader(path: path)
        default:
            preconditionFailure("\(format.rawValue) is not a streamed paper format")
        }
    }

    /// Bytes of the file read so far, for progress.
    public var bytesRead: Int64 { array?.bytesRead ?? lines?.bytesRead ?? 0 }

    /// The next paper (or the problem with the next record); nil at the end.
    public func next() throws -> Result<PaperRecord, CorpusError>? {
        if let array {
            return try array.next().map { PaperStreamReader.pwcPaper($0, path: path) }
        }
        guard let lines else { return nil }
        while let (line, number) = try lines.next() {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            if format == .arxiv { return PaperStreamReader.arxivPaper(trimmed, number: number, path: path) }
            do {
                return .success(try JSONLinesReader.paper(fromLine: trimmed, file: path, line: number))
            } catch let error as CorpusError {
                return .failure(error)
            }
        }
        return nil
    }

    /// The next paper that reads, handing each unreadable record to `skip`: the shape a batch
    /// ingester's `next` closure wants.
    public func nextPaper(skipping skip: (CorpusError) throws -> Void) throws -> PaperRecord? {
        while let result = try next() {
            switch result {
            case .success(let paper): return paper
            case .failure(let error): try skip(error)
            }
        }
        return nil
    }
}
