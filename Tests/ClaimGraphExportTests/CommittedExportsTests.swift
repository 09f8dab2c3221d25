import Foundation
import Testing
@testable import ClaimGraphExport

/// The drawings in Exports/ are what readers see first: each DOT must be accepted by `dot`,
/// each PNG must decode, each SVG must be XML showing every node's label.
@Suite("Committed exports are valid")
struct CommittedExportsTests {
    static let exports = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Exports")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: exports.path)) ?? []
        return files.filter { $0.hasSuffix(".dot") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test("dot accepts each DOT, the PNG decodes and the SVG shows every label", arguments: names)
    func valid(name: String) throws {
        let dot = try String(contentsOf: Self.exports.appendingPathComponent(name + ".dot"), encoding: .utf8)
        let result = try DotProgram.run(dot)
        #expect(result.status == 0, "dot rejects Exports/\(name).dot: \(result.errors)")

        let png = try PNGInfo(Data(contentsOf: Self.exports.appendingPathComponent(name + ".png")))
        #expect(png.width > 0 && png.height > 0)

        let svg = try SVGText(Data(contentsOf: Self.exports.appendingPathComponent(name + ".svg")))
        let labels = Self.nodeLabels(dot)
        #expect(!labels.isEmpty)
        for label in labels {
            #expect(svg.shows(label.components(separatedBy: "\n")), "Exports/\(name).svg does not show \(label.debugDescription)")
        }
    }

    /// The labels of the node statements in our own DOT (one statement a line), unescaped.
    static func nodeLabels(_ dot: String) -> [String] {
        dot.split(separator: "\n").filter { $0.contains(" [class=") && !$0.contains(" -> ") && !$0.contains("label=<") }.compactMap { line in
            guard let start = line.range(of: "label=\"") else { return nil }
            var label = ""
            var escaped = false
            for character in line[start.upperBound...] {
                if escaped {
                    label += character == "n" ? "\n" : String(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    break
                } else {
                    label.append(character)
                }
            }
            return label.replacingOccurrences(of: "&amp;", with: "&")
        }
    }
}
