import Foundation

/// An RFC 4180 CSV reader: comma-separated fields, double-quoted fields that may hold commas,
/// newlines and doubled quotes (`""`). Streams records with the line each starts on, so large
/// files are read in bounded memory.
public enum CSVReader {
    public struct Row: Sendable, Equatable {
        public var fields: [String]
        public var line: Int
    }

    /// Calls `body` with each record, including the header; blank lines are skipped.
    public static func forEachRow(
        path: String, separator: Character = ",", progress: ((Int64) -> Void)? = nil, _ body: (Row) throws -> Void
    ) throws {
        var parser = Parser(separator: separator)
        try TextFile.forEachLine(path, progress: progress) { line, number in
            if let row = try parser.feed(line, number: number, path: path) { try body(row) }
        }
        if parser.isInsideQuotes {
            throw CorpusError.malformedRecord(path: path, line: parser.startLine, reason: "a quoted field is never closed")
        }
    }

    /// Parses CSV text held in memory.
    public static func rows(_ text: String, path: String, separator: Character = ",") throws -> [Row] {
        var parser = Parser(separator: separator)
        var rows: [Row] = []
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineBreak).enumerated() {
            let trimmed = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            if let row = try parser.feed(trimmed, number: offset + 1, path: path) { rows.append(row) }
        }
        if parser.isInsideQuotes {
            throw CorpusError.malformedRecord(path: path, line: parser.startLine, reason: "a quoted field is never closed")
        }
        return rows
    }

    /// Joins physical lines into records while a quoted field stays open.
    struct Parser {
        let separator: Character
        var fields: [String] = []
        var field = ""
        var isInsideQuotes = false
        var fieldWasQuoted = false
        var startLine = 0

        init(separator: Character) {
            self.separator = separator
        }

        mutating func feed(_ line: String, number: Int, path: String) throws -> Row? {
            if !isInsideQuotes {
                if line.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
                startLine = number
                fields = []
                field = ""
                fieldWasQuoted = false
            } else {
                field.append("\n")
            }
            var characters = line.makeIterator()
            var lookahead: Character? = characters.next()
            while let character = lookahead {
                lookahead = characters.next()
                if isInsideQuotes {
                    if character == "\"" {
                        if lookahead == "\"" {
                            field.append("\"")
                            lookahead = characters.next()
                        } else {
                            isInsideQuotes = false
                        }
                    } else {
                        field.append(character)
                    }
                    continue
                }
                switch character {
                // Spaces before an opening quote or after a closing one are tolerated (`a, "b"`).
                case "\"" where !fieldWasQuoted && field.allSatisfy({ $0 == " " || $0 == "\t" }):
                    field = ""
                    isInsideQuotes = true
                    fieldWasQuoted = true
                case "\"":
                    throw CorpusError.malformedRecord(path: path, line: number, reason: "a quote inside an unquoted field (field \(fields.count + 1))")
                case separator:
                    fields.append(field)
                    field = ""
                    fieldWasQuoted = false
                case " " where fieldWasQuoted, "\t" where fieldWasQuoted:
                    continue
                default:
                    if fieldWasQuoted {
                        throw CorpusError.malformedRecord(path: path, line: number, reason: "text after a closing quote (field \(fields.count + 1))")
                    }
                    field.append(character)
                }
            }
            if isInsideQuotes { return nil }
            fields.append(field)
            return Row(fields: fields, line: startLine)
        }
    }
}
