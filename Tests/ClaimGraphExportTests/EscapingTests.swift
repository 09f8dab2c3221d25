import Foundation
import Testing
@testable import ClaimGraphExport

/// Any name must survive the trip through DOT: hostile strings as labels, checked with the
/// real `dot` program, whose SVG must parse as XML and show each label's lines.
@Suite("Label escaping")
struct EscapingTests {
    static let hostile: [String] = [
        #"quote " inside"#, #"ends with backslash \"#, #"\N \G \E \T \H \L \l \r \n"#, "{braces} [brackets] |pipes|",
        "<b>html-like</b> <<double>>", "a < b > c", "&amp; &lt; &#38; &#x26; & alone", "line one\nline two",
        "crlf\r\nnext", "tab\there", "naïve café Zürich", "日本語のデータセット", "emoji 🚀 and ZWJ 👩‍💻", "RTL عربى",
        "'single' `back`", "semi; colon, comma=equals", "--> -- edge ops", "digraph { a -> b }", "\"\"\"", "\\\\\\",
        "/* comment */ // line", "# hash", "%PDF not really", "trailing space ", " leading space",
        "\u{00A0}nbsp", "combining e\u{0301}", "bell\u{7} and del\u{7F}",
    ]

    static let alphabet: [String] = [
        "a", "Z", "0", " ", "\"", "\\", "{", "}", "<", ">", "&", ";", "#", "\n", "é", "ß", "中", "🙂", "'", "=", "[", "]",
        "|", "-", ">", "N", "l", "%", "\t", "\r",
    ]

    static func randomStrings(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(state: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 1...24, using: &generator)
            return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
    }

    /// The lines Graphviz will draw for `label`, as the encoder escapes and wraps it.
    static func expectedLines(_ label: String, style: GraphStyle = GraphStyle()) -> [String] {
        let wrapped = DOTText.wrap(label, width: style.wrapWidth)
        return wrapped.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                String(String.UnicodeScalarView(line.unicodeScalars.map { scalar in
                    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar
                }))
            }
    }

    static func document(labels: [String]) -> GraphDocument {
        let nodes = labels.enumerated().map { GraphDocument.Node(id: "n:\($0.offset):\($0.element)", label: $0.element, kind: "dataset") }
        let edges = zip(nodes, nodes.dropFirst()).map { GraphDocument.Edge(from: $0.id, to: $1.id, label: $1.label, relation: "part-of") }
        return GraphDocument(nodes: nodes, edges: edges, title: labels.first)
    }

    @Test("hand-picked hostile labels: dot accepts the DOT and the SVG shows every label", arguments: [0, 1])
    func hostileLabels(half: Int) throws {
        let labels = Self.hostile.enumerated().filter { $0.offset % 2 == half }.map(\.element)
        try check(labels)
    }

    @Test("random labels from a hostile alphabet", arguments: [1, 2, 3, 4] as [UInt64])
    func randomLabels(seed: UInt64) throws {
        try check(Self.randomStrings(count: 40, seed: seed))
    }

    private func check(_ labels: [String]) throws {
        let dot = DOTEncoder().encode(Self.document(labels: labels))
        let result = try DotProgram.run(dot)
        #expect(result.status == 0, "dot rejected the DOT: \(result.errors)\n\(dot)")
        #expect(!result.errors.contains("Error"), "dot complained: \(result.errors)")
        let svg = try SVGText(result.output)
        for label in labels {
            #expect(svg.shows(Self.expectedLines(label)), "label \(label.debugDescription) is not drawn; SVG texts: \(svg.texts)")
        }
        // The in-process renderer reads the same text the same way.
        let rendered = try GraphvizRenderer.render(dot, format: .svg, layout: .dot)
        let inProcess = try SVGText(rendered.data)
        for label in labels { #expect(inProcess.shows(Self.expectedLines(label))) }
    }
}
