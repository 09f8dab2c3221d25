import ClaimGraphExport
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Whatever the names, a drawing shows exactly the graph it was given: no node or edge added by
/// text that DOT or SVG would read as syntax, none merged by escaping that maps two ids to one.
/// (Label text itself is checked by ClaimGraphExportTests' EscapingTests.)
@Suite("safe drawing: hostile names never change the drawn graph's shape")
struct SafeDrawingTests {
    static let pieces: [String] = [
        "a", "Z", "7", " ", "\"", "\\", "{", "}", "[", "]", "<", ">", "&", ";", ",", "=", "#", "%", "\n", "\r", "\t",
        "->", "--", "\\N", "\\G", "\\l", "&amp;", "&#38;", "&;", "<b>", "]]>", "<!--", "/*", "*/", "//", "digraph", "subgraph",
        "node", "edge", "cluster_", "é", "中", "🙂", "👩‍💻", "\u{0}", "\u{7}", "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}", "\u{FFFF}",
    ]

    static func hostileName(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// A random graph of hostile names: ids unique as strings (as the store's ids are).
    static func document(seed: UInt64) -> GraphDocument {
        var generator = SeededGenerator(seed: seed)
        var ids = Set<String>()
        var nodes: [GraphDocument.Node] = []
        let kinds = ["paper", "dataset", "benchmark", "model", "metric", "task", "something-else\"]"]
        while nodes.count < 12 {
            let id = hostileName(&generator)
            guard ids.insert(id).inserted else { continue }
            nodes.append(.init(id: id, label: hostileName(&generator), kind: kinds.randomElement(using: &generator)!))
        }
        var edges = Set<GraphDocument.Edge>()
        for _ in 0..<16 {
            let from = nodes.randomElement(using: &generator)!.id
            let to = nodes.randomElement(using: &generator)!.id
            edges.insert(.init(from: from, to: to, label: Bool.random(using: &generator) ? hostileName(&generator) : nil, relation: "reports-on"))
        }
        return GraphDocument(nodes: nodes, edges: Array(edges), title: hostileName(&generator))
    }

    @Test("the SVG of a graph with hostile ids and labels is XML with exactly its nodes and edges", arguments: [11, 12, 13, 14, 15, 16] as [UInt64])
    func shapeIsPreserved(seed: UInt64) throws {
        let document = Self.document(seed: seed)
        let dot = DOTEncoder(style: GraphStyle(showsLegend: false)).encode(document)
        #expect(DOTEncoder(style: GraphStyle(showsLegend: false)).encode(document) == dot, "encoding is not deterministic")
        let rendering = try GraphvizRenderer.render(dot, format: .svg, layout: .dot)
        let shape = try SVGShape(rendering.data)
        // Edges between the same two nodes with the same relation and label are one edge.
        let distinctEdges = Set(document.edges.map { "\($0.from)\u{1}\($0.to)\u{1}\($0.relation)\u{1}\($0.label ?? "")" }).count
        #expect(shape.nodes == document.nodes.count, "seed \(seed): \(shape.nodes) nodes drawn for \(document.nodes.count)\n\(dot)")
        #expect(shape.edges == distinctEdges, "seed \(seed): \(shape.edges) edges drawn for \(distinctEdges)\n\(dot)")
        #expect(shape.nodeTitles.count == document.nodes.count, "seed \(seed): two nodes share an id in the SVG")
    }
}

/// Counts the node and edge groups of a Graphviz SVG with a real XML parser.
private struct SVGShape {
    var nodes = 0
    var edges = 0
    var nodeTitles = Set<String>()

    init(_ data: Data) throws {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw ReliabilityTestError("the SVG is not XML: \(String(describing: parser.parserError))") }
        nodes = collector.nodes
        edges = collector.edges
        nodeTitles = Set(collector.nodeTitles)
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var nodes = 0
        var edges = 0
        var nodeTitles: [String] = []
        private var groupClass: [String] = []
        private var title: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "g" {
                // Graphviz writes "node" or "edge" first, then the classes the encoder added.
                let kind = (attributes["class"] ?? "").split(separator: " ").first.map(String.init) ?? ""
                groupClass.append(kind)
                if kind == "node" { nodes += 1 }
                if kind == "edge" { edges += 1 }
            }
            if name == "title", groupClass.last == "node" { title = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { title? += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "g" { groupClass.removeLast() }
            if name == "title", let text = title {
                nodeTitles.append(text)
                title = nil
            }
        }
    }
}
