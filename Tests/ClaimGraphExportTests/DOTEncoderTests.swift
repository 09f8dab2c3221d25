import Foundation
import Testing
@testable import ClaimGraphExport

@Suite("DOT encoder")
struct DOTEncoderTests {
    static let small = GraphDocument(
        nodes: [
            .init(id: "model:2", label: "Swin-L", kind: "model"),
            .init(id: "dataset:1", label: "COCO", kind: "dataset"),
            .init(id: "paper:2103.14030", label: "Swin Transformer", kind: "paper"),
            .init(id: "benchmark:3", label: "GLUE", kind: "benchmark"),
            .init(id: "dataset:4", label: "MNLI", kind: "dataset"),
        ],
        edges: [
            .init(from: "model:2", to: "dataset:1", label: "58.7 box AP, test-dev", relation: "evaluated-on"),
            .init(from: "paper:2103.14030", to: "model:2", label: nil, relation: "proposes"),
        ],
        clusters: ["benchmark:3": ["dataset:4"]],
        title: "Swin on COCO")

    @Test("a small graph encodes to the recorded DOT")
    func golden() {
        let expected = #"""
            digraph claimgraph {
              graph [bgcolor=white, charset="UTF-8", fontname=Helvetica, fontsize=13, label="Swin on COCO", labelloc=t, layout=dot, nodesep=0.3, outputorder=edgesfirst, overlap=false, pad=0.3, rankdir=LR, ranksep=0.6, splines=true];
              node [fontname=Helvetica, fontsize=11, margin="0.12,0.06", penwidth=1.2];
              edge [arrowsize=0.7, fontcolor="#444444", fontname=Helvetica, fontsize=9];

              subgraph "cluster_benchmark:3" {
                graph [color="#B85450", fillcolor="#FDF5F4", label="", style="rounded,filled"];
                "benchmark:3" [class="benchmark", color="#B85450", fillcolor="#F8CECC", label="GLUE", shape=tab, style="filled"];
                "dataset:4" [class="dataset", color="#6C8EBF", fillcolor="#DAE8FC", label="MNLI", shape=cylinder, style="filled"];
              }

              "dataset:1" [class="dataset", color="#6C8EBF", fillcolor="#DAE8FC", label="COCO", shape=cylinder, style="filled"];
              "model:2" [class="model", color="#82B366", fillcolor="#D5E8D4", label="Swin-L", shape=box, style="filled,rounded"];
              "paper:2103.14030" [class="paper", color="#B59A3C", fillcolor="#FFF2CC", label="Swin Transformer", shape=note, style="filled"];

              "model:2" -> "dataset:1" [class="evaluated-on", color="#333333", label="58.7 box AP, test-dev", style=solid];
              "paper:2103.14030" -> "model:2" [class="proposes", color="#333333", style=solid];

              "legend:kinds" [class=legend, fontsize=10, label=<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4" COLOR="#999999"><TR><TD COLSPAN="2"><B>Legend</B></TD></TR><TR><TD BGCOLOR="#FFF2CC">paper</TD><TD>note</TD></TR><TR><TD BGCOLOR="#F8CECC">benchmark</TD><TD>tab</TD></TR><TR><TD BGCOLOR="#DAE8FC">dataset</TD><TD>cylinder</TD></TR><TR><TD BGCOLOR="#D5E8D4">model</TD><TD>box</TD></TR></TABLE>>, margin=0, shape=plaintext];
            }

            """#
        #expect(DOTEncoder().encode(Self.small) == expected)
    }

    @Test("the same graph in any order encodes to the same bytes")
    func deterministic() {
        var shuffled = Self.small
        var generator = SplitMix64(state: 7)
        for _ in 0..<20 {
            shuffled.nodes.shuffle(using: &generator)
            shuffled.edges.shuffle(using: &generator)
            #expect(DOTEncoder().encode(shuffled) == DOTEncoder().encode(Self.small))
        }
        #expect(DOTEncoder().encode(Self.small) == DOTEncoder().encode(Self.small))
    }

    @Test("an edge to a node the document lacks is left out rather than invented")
    func danglingEdgeDropped() {
        let document = GraphDocument(
            nodes: [.init(id: "a", label: "A", kind: "dataset")],
            edges: [.init(from: "a", to: "b", label: nil, relation: "part-of")])
        #expect(!DOTEncoder().encode(document).contains("->"))
    }

    @Test("a node listed in two clusters is drawn in the first only")
    func overlappingClusters() {
        let document = GraphDocument(
            nodes: [
                .init(id: "benchmark:1", label: "GLUE", kind: "benchmark"),
                .init(id: "benchmark:2", label: "SuperGLUE", kind: "benchmark"),
                .init(id: "dataset:3", label: "RTE", kind: "dataset"),
            ],
            edges: [],
            clusters: ["benchmark:1": ["dataset:3"], "benchmark:2": ["dataset:3"]])
        let dot = DOTEncoder().encode(document)
        #expect(dot.components(separatedBy: "\"dataset:3\" [").count == 2)
        #expect(dot.contains("cluster_benchmark:1"))
        #expect(!dot.contains("cluster_benchmark:2"))
    }

    @Test("labels escape what Graphviz would otherwise interpret")
    func labelEscapes() {
        #expect(DOTText.label(#"a "b" \N & c"#) == #""a \"b\" \\N &amp; c""#)
        #expect(DOTText.label("one\ntwo\r\nthree\u{7}") == #""one\ntwo\nthree ""#)
        #expect(DOTText.quoted("x\"y\\z\n") == #""x\"y\\z\n""#)
        #expect(DOTText.wrap("Swin Transformer: Hierarchical Vision Transformer using Shifted Windows", width: 28)
            == "Swin Transformer:\nHierarchical Vision\nTransformer using Shifted\nWindows")
    }

    @Test("a graph over the node limit is refused with advice")
    func nodeCap() throws {
        let document = GraphDocument(
            nodes: (0..<5).map { .init(id: "n\($0)", label: "N\($0)", kind: "model") }, edges: [])
        #expect(throws: ExportError.tooManyNodes(count: 5, limit: 4)) { try document.checkSize(maxNodes: 4) }
        try document.checkSize(maxNodes: 5)
        #expect(ExportError.tooManyNodes(count: 5, limit: 4).errorDescription?.contains("--max-nodes") == true)
    }
}

@Suite("DOT encoder, layouts without clusters")
struct DOTEncoderLayoutTests {
    @Test("neato and the others get part-of edges in place of cluster boxes")
    func clustersBecomeEdges() {
        let dot = DOTEncoder(style: GraphStyle(layout: .neato)).encode(DOTEncoderTests.small)
        #expect(!dot.contains("subgraph"))
        #expect(dot.contains(#""dataset:4" -> "benchmark:3" [class="part-of""#))
        #expect(dot.contains("layout=neato"))
        #expect(DOTEncoder(style: GraphStyle(layout: .fdp)).encode(DOTEncoderTests.small).contains("subgraph"))
    }
}

@Suite("DOT encoder, overviews of big graphs")
struct DOTEncoderOverviewTests {
    /// A star of `papers` papers around one dataset, each paper reporting one model's result on it.
    static func star(papers: Int) -> GraphDocument {
        var nodes: [GraphDocument.Node] = [.init(id: "dataset:1", label: "QuickDraw", kind: "dataset")]
        var edges: [GraphDocument.Edge] = []
        for index in 0..<papers {
            nodes.append(.init(id: "paper:\(index)", label: "Paper \"\(index)\" on QuickDraw", kind: "paper"))
            nodes.append(.init(id: "model:\(index)", label: "Model \(index)", kind: "model"))
            edges.append(.init(from: "paper:\(index)", to: "dataset:1", label: nil, relation: "reports-on"))
            edges.append(.init(from: "model:\(index)", to: "dataset:1", label: "\(index).5 accuracy", relation: "evaluated-on"))
        }
        return GraphDocument(nodes: nodes, edges: edges, title: "Within 1 step of QuickDraw")
    }

    @Test("past 400 nodes or 500 edges the style is an sfdp overview; below, the detailed dot drawing")
    func sizeChoosesTheStyle() {
        #expect(GraphStyle.automatic(for: Self.star(papers: 199)) == GraphStyle(layout: .dot))
        #expect(GraphStyle.automatic(for: Self.star(papers: 200)) == GraphStyle(layout: .sfdp, overview: true))
        var manyEdges = Self.star(papers: 10)
        manyEdges.edges += (0..<500).map { .init(from: "model:\($0 % 10)", to: "paper:\($0 % 7)", label: "\($0)", relation: "evaluated-on") }
        #expect(GraphStyle.automatic(for: manyEdges).overview)
        // A layout asked for is kept; the overview look still follows the size.
        #expect(GraphStyle.automatic(for: Self.star(papers: 200), layout: .neato) == GraphStyle(layout: .neato, overview: true))
        #expect(GraphStyle.automatic(for: Self.star(papers: 10), layout: .sfdp) == GraphStyle(layout: .sfdp))
    }

    @Test("an overview names sfdp in the DOT, draws papers as dots titled on hover, and edges straight and unlabelled")
    func overviewLook() {
        let document = Self.star(papers: 200)
        let dot = DOTEncoder(style: GraphStyle.automatic(for: document)).encode(document)
        #expect(dot.contains("layout=sfdp"))
        #expect(dot.contains("overlap=prism"))
        #expect(dot.contains("splines=false"))
        #expect(dot.contains(##""paper:7" [class="paper", color="#B59A3C", fillcolor="#FFF2CC", fixedsize=true, height=0.14, label="", shape=circle, style=filled, tooltip="Paper \"7\" on QuickDraw", width=0.14];"##))
        #expect(dot.contains(##""model:7" [class="model", color="#82B366", fillcolor="#D5E8D4", label="Model 7""##))
        #expect(!dot.contains("accuracy"))
        #expect(dot.contains(##"<TD BGCOLOR="#FFF2CC">paper</TD><TD>dot</TD>"##))
        let detailed = DOTEncoder(style: GraphStyle.automatic(for: Self.star(papers: 10))).encode(Self.star(papers: 10))
        #expect(detailed.contains("layout=dot") && detailed.contains(#"label="7.5 accuracy""#) && detailed.contains("shape=note"))
    }

    @Test("an overview of 2,000 nodes is laid out and rendered in-process within seconds")
    func overviewRenders() throws {
        let document = Self.star(papers: 1_000)
        let dot = DOTEncoder(style: GraphStyle.automatic(for: document)).encode(document)
        let start = Date()
        let rendering = try GraphvizRenderer.render(dot, format: .svg, layout: .sfdp)
        let svg = String(decoding: rendering.data, as: UTF8.self)
        #expect(svg.contains("<title>paper:999</title>"))
        #expect(svg.contains("Paper &quot;999&quot; on QuickDraw"))
        #expect(Date().timeIntervalSince(start) < 120)
    }
}
