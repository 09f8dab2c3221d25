import ArgumentParser
import ClaimGraphQuery
import Foundation

/// The output formats every command offers.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv, markdown
}

/// A value in a result row: text, number, or nothing.
public enum Cell: Sendable, Equatable, Encodable {
    case text(String)
    case integer(Int)
    case number(Double)
    case null
    case list([String])

    public var display: String {
        switch self {
        case .text(let text): return text
        case .integer(let value): return String(value)
        case .number(let value): return ClaimValue.format(value)
        case .null: return ""
        case .list(let items): return items.joined(separator: ", ")
        }
    }


    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .list(let items): try container.encode(items)
        }
    }
}

extension Cell {
    init(_ text: String?) { self = text.map(Cell.text) ?? .null }
    init(_ value: Double?) { self = value.map(Cell.number) ?? .null }
    init(_ value: Int?) { self = value.map(Cell.integer) ?? .null }
}

/// Rows with named columns, printable in every output format.
public struct OutputTable: Sendable, Equatable {
    public var title: String?
    public var columns: [String]
    public var rows: [[Cell]]
    /// Notes printed under a table (for instance a unit conversion).
    public var notes: [String] = []
    /// For a page of a larger answer: the whole answer's size, and the options that show more.
    public var page: Page?

    /// Which rows of a larger answer a table shows.
    public struct Page: Sendable, Equatable {
        public var total: Int
        public var offset: Int = 0
        /// What to tell the user to see more, e.g. "--limit 0 for all".
        public var more: String

        /// "showing 20 of 4,813; --limit 0 for all", or nil when the table is the whole answer.
        public func note(shown: Int) -> String? {
            guard offset > 0 || shown < total else { return nil }
            let range = offset == 0 ? grouped(shown) : shown == 0 ? "none" : "\(grouped(offset + 1))–\(grouped(offset + shown))"
            return "showing \(range) of \(grouped(total)); \(more)"
        }

        private func grouped(_ number: Int) -> String {
            var digits = String(number), result = ""
            while digits.count > 3 {
                result = "," + digits.suffix(3) + result
                digits.removeLast(3)
            }
            return digits + result
        }
    }

    public init(title: String? = nil, columns: [String], rows: [[Cell]], notes: [String] = [], page: Page? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.page = page
    }

    /// The notes, with the page note first when the table is a page.
    var allNotes: [String] {
        (page?.note(shown: rows.count)).map { [$0] + notes } ?? notes
    }
}

/// Prints tables in the chosen format: aligned text wrapped to the terminal, JSON arrays of
/// objects, RFC 4180 CSV, or Markdown.
public enum TablePrinter {
    /// Table on a terminal, JSON when piped, unless the user chose.
    public static func resolve(_ format: OutputFormat?, console: Console) -> OutputFormat {
        format ?? (console.isTerminal ? .table : .json)
    }

    public static func print(_ tables: [OutputTable], format: OutputFormat, console: Console) {
        switch format {
        case .json:
            // One untitled table is a plain array of objects; titled tables (one per split, say)
            // are objects with their title, rows and notes, so a command's JSON keeps one shape.
            // A page says how large the whole answer is: `total`, `offset` and `shown` beside its rows.
            func paged(_ object: [String: Any], _ table: OutputTable) -> [String: Any] {
                guard let page = table.page else { return object }
                var object = object
                object["total"] = page.total
                object["offset"] = page.offset
                object["shown"] = table.rows.count
                return object
            }
            if tables.count == 1, tables[0].title == nil, tables[0].page == nil {
                console.out(json(rows(of: tables[0])) + "\n")
            } else if tables.count == 1, tables[0].title == nil {
                console.out(json(paged(["rows": rows(of: tables[0]), "notes": tables[0].allNotes], tables[0])) + "\n")
            } else {
                let grouped: [[String: Any]] = tables.map { table in
                    paged(["title": table.title ?? "", "rows": rows(of: table), "notes": table.allNotes], table)
                }
                console.out(json(grouped) + "\n")
            }
        case .csv:
            for (index, table) in tables.enumerated() {
                if index > 0 { console.out("\n") }
                if tables.count > 1, let title = table.title { console.out("# \(title)\n") }
                console.out(csv(table))
                // CSV has no place for it, and a page must never pass for the whole answer.
                if let note = table.page?.note(shown: table.rows.count) {
                    console.err((table.title.map { "\($0): " } ?? "") + note + "\n")
                }
            }
        case .markdown:
            for (index, table) in tables.enumerated() {
                if index > 0 { console.out("\n") }
                if let title = table.title { console.out("### \(title)\n\n") }
                console.out(markdown(table))
                for note in table.allNotes { console.out("\n\(note)\n") }
            }
        case .table:
            for (index, table) in tables.enumerated() {
                if index > 0 { console.out("\n") }
                if let title = table.title { console.out((console.colour ? "\u{1B}[1m\(title)\u{1B}[0m" : title) + "\n") }
                console.out(text(table, width: console.width, colour: console.colour))
                for note in table.allNotes { console.out(note + "\n") }
            }
        }
    }

    static func rows(of table: OutputTable) -> [[String: Any]] {
        table.rows.map { row in
            var object: [String: Any] = [:]
            for (column, cell) in zip(table.columns, row) {
                switch cell {
                case .text(let text): object[column] = text
                case .integer(let value): object[column] = value
                case .number(let value): object[column] = value
                case .null: object[column] = NSNull()
                case .list(let items): object[column] = items
                }
            }
            return object
        }
    }

    static func json(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]) else {
            return "[]"
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func csv(_ table: OutputTable) -> String {
        func field(_ text: String) -> String {
            if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return text
        }
        var output = table.columns.map(field).joined(separator: ",") + "\r\n"
        for row in table.rows { output += row.map { field($0.display) }.joined(separator: ",") + "\r\n" }
        return output
    }

    static func markdown(_ table: OutputTable) -> String {
        func field(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var output = "| " + table.columns.map(field).joined(separator: " | ") + " |\n"
        output += "|" + table.columns.map { _ in " --- |" }.joined() + "\n"
        for row in table.rows { output += "| " + row.map { field($0.display) }.joined(separator: " | ") + " |\n" }
        return output
    }

    /// Aligned columns; the widest columns are wrapped so the table fits `width`.
    static func text(_ table: OutputTable, width: Int, colour: Bool) -> String {
        let cells = table.rows.map { $0.map { $0.display.replacingOccurrences(of: "\n", with: " ") } }
        var widths = table.columns.enumerated().map { index, column in
            max(column.count, cells.map { index < $0.count ? $0[index].count : 0 }.max() ?? 0)
        }
        let separator = 2
        // Shrink the widest column first, but never below its header (or 12), so headers and
        // numbers stay whole and long text wraps.
        let floors = table.columns.map { max(min($0.count, 24), 12) }
        while widths.reduce(0, +) + separator * (widths.count - 1) > width {
            let shrinkable = widths.indices.filter { widths[$0] > floors[$0] }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        func lines(_ row: [String]) -> String {
            let wrapped = row.enumerated().map { index, text in wrap(text, to: widths[index]) }
            let height = wrapped.map(\.count).max() ?? 1
            var output = ""
            for line in 0..<height {
                let parts = wrapped.enumerated().map { index, pieces -> String in
                    let piece = line < pieces.count ? pieces[line] : ""
                    return index == wrapped.count - 1 ? piece : piece.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                }
                output += parts.joined(separator: String(repeating: " ", count: separator)).replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) + "\n"
            }
            return output
        }
        let header = lines(table.columns)
        var output = colour ? "\u{1B}[1m" + header.dropLast() + "\u{1B}[0m\n" : header
        output += widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: separator)) + "\n"
        for row in cells { output += lines(row) }
        return output
    }

    static func wrap(_ text: String, to width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
