import Testing
@testable import ClaimGraphExport

@Suite("Graph document")
struct GraphDocumentTests {
    @Test("a document keeps its nodes and edges")
    func keepsNodesAndEdges() {
        let document = GraphDocument(
            nodes: [.init(id: "a", label: "A", kind: "dataset")],
            edges: [.init(from: "a", to: "a", label: nil, relation: "self")])
        #expect(document.nodes.count == 1)
        #expect(document.edges.first?.relation == "self")
    }
}
