import Foundation
import Testing
@testable import ClaimGraphCLI

@Suite("output formats")
struct OutputFormatTests {
    let table = OutputTable(columns: ["name", "value"], rows: [[.text("a, \"quoted\""), .number(59.4)], [.text("b|c"), .null]])

    func render(_ format: OutputFormat, terminal: Bool = false) -> String {
        let captured = CapturedConsole(isTerminal: terminal)
        TablePrinter.print([table], format: format, console: captured.console)
        return captured.stdout
    }

    @Test("JSON is an array of objects with sorted keys and nulls kept")
    func json() {
        #expect(render(.json) == "[\n  {\n    \"name\" : \"a, \\\"quoted\\\"\",\n    \"value\" : 59.4\n  },\n  {\n    \"name\" : \"b|c\",\n    \"value\" : null\n  }\n]\n")
    }

    @Test("CSV quotes fields with commas and quotes (RFC 4180)")
    func csv() {
        #expect(render(.csv) == "name,value\r\n\"a, \"\"quoted\"\"\",59.4\r\nb|c,\r\n")
    }

    @Test("Markdown escapes pipes")
    func markdown() {
        #expect(render(.markdown) == "| name | value |\n| --- | --- |\n| a, \"quoted\" | 59.4 |\n| b\\|c |  |\n")
    }

    @Test("tables align columns")
    func alignedTable() {
        #expect(render(.table) == "name         value\n-----------  -----\na, \"quoted\"  59.4\nb|c\n")
    }

    @Test("long cells wrap to the terminal width")
    func wrapping() {
        let long = OutputTable(columns: ["evidence"], rows: [[.text(String(repeating: "word ", count: 40))]])
        let captured = CapturedConsole(isTerminal: true, width: 40)
        TablePrinter.print([long], format: .table, console: captured.console)
        #expect(captured.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 })
    }

    @Test("piped output defaults to JSON, a terminal to a table")
    func defaultFormat() {
        #expect(TablePrinter.resolve(nil, console: CapturedConsole(isTerminal: false).console) == .json)
        #expect(TablePrinter.resolve(nil, console: CapturedConsole(isTerminal: true).console) == .table)
        #expect(TablePrinter.resolve(.csv, console: CapturedConsole(isTerminal: true).console) == .csv)
    }
}
