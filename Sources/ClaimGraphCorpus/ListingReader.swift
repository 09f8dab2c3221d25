import Foundation

/// Reads the paper-listing format: a few page header lines, then for each paper a title line,
/// a blank line and an abstract paragraph.
public enum ListingReader {
    public static func read(path: String) throws -> [PaperRecord] {
        try parse(TextFile.read(path), file: path)
    }

    public static func parse(_ text: String, file: String) throws -> [PaperRecord] {
        let blocks = paragraphs(of: text).filter { !isPageChrome($0.text) }
        var papers: [PaperRecord] = []
        var index = 0
        while index < blocks.count {
            let title = blocks[index]
            guard index + 1 < blocks.count else {
                throw CorpusError.malformedRecord(
                    path: file, line: title.line, reason: "title \"\(title.text.prefix(60))\" has no abstract after it")
            }
            let abstract = blocks[index + 1]
            if title.text.contains("\n") {
                throw CorpusError.malformedRecord(
                    path: file, line: title.line, reason: "expected a one-line title, found a paragraph")
            }
            if title.text.count > 400 {
                throw CorpusError.malformedRecord(
                    path: file, line: title.line,
                    reason: "a title of \(title.text.count) characters (at most 400); is the blank line after it missing?")
            }
            papers.append(PaperRecord(
                title: title.text, abstract: abstract.text,
                location: SourceLocation(file: file, line: title.line)))
            index += 2
        }
        if papers.isEmpty { throw CorpusError.noPapers(path: file) }
        return papers
    }

    struct Paragraph {
        var text: String
        var line: Int
    }

    /// Splits on blank lines, remembering the line each paragraph starts on.
    static func paragraphs(of text: String) -> [Paragraph] {
        var result: [Paragraph] = []
        var current: [String] = []
        var startLine = 0
        var lineNumber = 0
        for rawLine in TextFile.lines(text) {
            lineNumber += 1
            let line = String(rawLine)
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { result.append(Paragraph(text: current.joined(separator: "\n"), line: startLine)) }
                current = []
            } else {
                if current.isEmpty { startLine = lineNumber }
                current.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        if !current.isEmpty { result.append(Paragraph(text: current.joined(separator: "\n"), line: startLine)) }
        return result
    }

    /// Lines of the listing page around the papers: "new", "Subscribe", the newsletter prompt,
    /// the curator line and the date line ("Mar 13").
    static func isPageChrome(_ text: String) -> Bool {
        let lower = text.lowercased()
        if ["new", "subscribe", "trending", "trending papers"].contains(lower) { return true }
        if lower.hasPrefix("get trending papers") { return true }
        if lower.hasPrefix("by") && lower.hasSuffix("and the research community") { return true }
        return isDateLine(text)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func isDateLine(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...3).contains(words.count) else { return false }
        let month = words[0].prefix(3).lowercased()
        guard months.contains(month), words[0].count <= 9 else { return false }
        return words.dropFirst().allSatisfy { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")).allSatisfy(\.isNumber) }
    }
}
