import Foundation
import GRDB

/// A slice of the graph with a given number of nodes, written as DOT, to time rendering on:
/// papers in id order with everything they mention, until the node budget is spent.
/// A stand-in until the export module's own selection and encoder are on main.
public enum DOTSelection {
    public static func dot(nodes budget: Int, in db: Database) throws -> (dot: String, nodes: Int, edges: Int) {
        var nodes: [String: (label: String, kind: String)] = [:]
        var order: [String] = []
        var edges: [(String, String, String)] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT m.paper_id, p.title, e.id AS entity_id, e.kind, e.name, m.role
            FROM mention m JOIN paper p ON p.id = m.paper_id JOIN entity e ON e.id = m.entity_id
            GROUP BY m.paper_id, m.entity_id
            ORDER BY m.paper_id, e.id
            """)
        while let row = try rows.next() {
            let paper = "paper:" + (row["paper_id"] as String)
            let entity = "entity:" + String(row["entity_id"] as Int64)
            let newNodes = [paper, entity].filter { nodes[$0] == nil }.count
            if order.count + newNodes > budget { if order.count >= budget { break } else { continue } }
            if nodes[paper] == nil {
                nodes[paper] = (row["title"], "paper")
                order.append(paper)
            }
            if nodes[entity] == nil {
                nodes[entity] = (row["name"], row["kind"])
                order.append(entity)
            }
            edges.append((paper, entity, row["role"]))
        }
        var text = "digraph claimgraph {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n"
        for id in order.sorted() {
            let node = nodes[id]!
            let shape = node.kind == "paper" ? "note" : (node.kind == "model" ? "box" : (node.kind == "metric" ? "diamond" : "ellipse"))
            text += "  \(quoted(id)) [label=\(quoted(String(node.label.prefix(60)))), shape=\(shape)];\n"
        }
        for (from, to, label) in edges.sorted(by: { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }) {
            text += "  \(quoted(from)) -> \(quoted(to)) [label=\(quoted(label))];\n"
        }
        text += "}\n"
        return (text, order.count, edges.count)
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
