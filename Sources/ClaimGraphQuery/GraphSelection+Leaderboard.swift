import ClaimGraphExport
import ClaimGraphStore
import Foundation
import GRDB

extension GraphSelection {
    /// Models ranked by their best absolute result on a dataset (or a suite's members), within
    /// each metric and split, the metric's direction deciding what "best" is.
    enum Leaderboard {
        static func document(dataset name: String, metric metricName: String?, split: String?, in db: Database) throws -> GraphDocument {
            let dataset = try EntityLookup.find(name, kinds: [.dataset, .benchmark], in: db)
            let metric = try metricName.map { try EntityLookup.find($0, kinds: [.metric], in: db) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.paper_id, p.title, mo.id AS model_id, mo.name AS model, d.id AS dataset_id, d.name AS dataset,
                    d.kind AS dataset_kind, mt.name AS metric, mt.direction, c.split, c.value, c.value_max, c.unit
                FROM claim c
                JOIN entity mo ON mo.id = c.model_id
                JOIN entity d ON d.id = c.dataset_id
                LEFT JOIN entity mt ON mt.id = c.metric_id
                LEFT JOIN paper p ON p.id = c.paper_id
                WHERE c.kind = 'absolute'
                    AND (c.dataset_id = :dataset OR c.dataset_id IN (SELECT member_id FROM suite_member WHERE suite_id = :dataset))
                    AND (:metric IS NULL OR c.metric_id = :metric)
                    AND (:split IS NULL OR c.split = :split COLLATE NOCASE)
                ORDER BY c.id
                """, arguments: ["dataset": dataset.id, "metric": metric?.id, "split": split])
            guard !rows.isEmpty else {
                let available = try String.fetchAll(db, sql: """
                    SELECT DISTINCT coalesce(mt.name, '(no metric)') || coalesce(' / ' || c.split, '') AS what
                    FROM claim c LEFT JOIN entity mt ON mt.id = c.metric_id
                    WHERE c.kind = 'absolute' AND c.model_id IS NOT NULL
                        AND (c.dataset_id = ? OR c.dataset_id IN (SELECT member_id FROM suite_member WHERE suite_id = ?))
                    ORDER BY what
                    """, arguments: [dataset.id, dataset.id])
                throw SelectionError.noResults(dataset: dataset.name, metric: metric?.name, split: split, available: available)
            }

            struct Board: Hashable { var dataset: String; var metric: String?; var split: String? }
            struct Result { var model: String; var value: Double; var valueMax: Double?; var unit: String?; var papers: Set<String> }
            var boards: [Board: [String: Result]] = [:]
            var lowerIsBetter: [Board: Bool] = [:]
            var nodes: [String: GraphDocument.Node] = [:]
            var edges: [GraphDocument.Edge] = []
            for row in rows {
                let datasetID = "\(row["dataset_kind"] as String):\(row["dataset_id"] as Int64)"
                let modelID = "model:\(row["model_id"] as Int64)"
                nodes[datasetID] = .init(id: datasetID, label: row["dataset"], kind: row["dataset_kind"])
                nodes[modelID] = .init(id: modelID, label: row["model"], kind: "model")
                let board = Board(dataset: datasetID, metric: row["metric"], split: row["split"])
                lowerIsBetter[board] = (row["direction"] as String?) == "lower"
                let value: Double = row["value"]
                var result = boards[board, default: [:]][modelID]
                    ?? Result(model: row["model"], value: value, valueMax: row["value_max"], unit: row["unit"], papers: [])
                if lowerIsBetter[board]! ? value < result.value : value > result.value {
                    (result.value, result.valueMax, result.unit) = (value, row["value_max"], row["unit"])
                }
                if let paper: String = row["paper_id"] {
                    let paperID = "paper:" + paper
                    nodes[paperID] = .init(id: paperID, label: row["title"], kind: "paper")
                    result.papers.insert(paperID)
                }
                boards[board, default: [:]][modelID] = result
            }
            for (board, results) in boards {
                let lower = lowerIsBetter[board] ?? false
                let ranked = results.sorted { a, b in
                    a.value.value != b.value.value
                        ? (lower ? a.value.value < b.value.value : a.value.value > b.value.value)
                        : (a.value.model, a.key) < (b.value.model, b.key)
                }
                var rank = 0
                var previous: Double?
                for (position, (modelID, result)) in ranked.enumerated() {
                    if result.value != previous { rank = position + 1 }
                    previous = result.value
                    let value = GraphSelection.claimLabel(
                        value: result.value, valueMax: result.valueMax, unit: result.unit, kind: "absolute",
                        metric: board.metric, split: board.split)
                    edges.append(.init(from: modelID, to: board.dataset, label: "#\(rank): \(value)", relation: "evaluated-on"))
                    for paper in result.papers {
                        edges.append(.init(from: paper, to: modelID, label: nil, relation: "reports-result-of"))
                    }
                }
            }
            var clusters: [String: [String]] = [:]
            if dataset.kind == "benchmark" {
                let suiteID = dataset.nodeID
                nodes[suiteID] = .init(id: suiteID, label: dataset.name, kind: "benchmark")
                clusters[suiteID] = nodes.keys.filter { $0 != suiteID && $0.hasPrefix("dataset:") }.sorted()
            }
            var title = "Leaderboard: \(dataset.name)"
            let qualifiers = [metric?.name, split].compactMap { $0 }
            if !qualifiers.isEmpty { title += " (" + qualifiers.joined(separator: ", ") + ")" }
            return GraphDocument(
                nodes: nodes.values.sorted { $0.id < $1.id },
                edges: GraphSelection.merge(edges.map { ($0.from, $0.to, $0.relation, $0.label) }),
                clusters: clusters, title: title)
        }
    }
}
