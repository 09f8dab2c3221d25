import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The text an SVG shows, read with a real XML parser (so a malformed file fails to parse).
struct SVGText {
    /// Every `<text>` element's content, whitespace runs (and Graphviz's non-breaking spaces)
    /// collapsed to one space.
    var texts: [String]

    init(_ data: Data) throws {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw CocoaError(.coderReadCorrupt, userInfo: [NSLocalizedDescriptionKey: "SVG is not XML: \(parser.parserError.map { "\($0)" } ?? "?")"])
        }
        texts = delegate.texts.map(Self.normalised)
    }

    /// Whether every line of `label` (as the encoder wraps it) is drawn.
    func shows(_ lines: [String]) -> Bool {
        lines.map(Self.normalised).filter { !$0.isEmpty }.allSatisfy { texts.contains($0) }
    }

    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        private var current: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "text" { current = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let text = current { texts.append(text); current = nil }
        }
    }
}

/// Runs the `dot` program (tests only; the product renders in-process) on DOT text.
enum DotProgram {
    static func run(_ dot: String, format: String = "svg") throws -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-T\(format)"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Write and read concurrently so a big graph cannot fill a pipe and stall both sides.
        let writer = Thread { input.fileHandleForWriting.write(Data(dot.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, outputData, String(decoding: errorData, as: UTF8.self))
    }
}

/// A small deterministic generator so a failing random case can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
