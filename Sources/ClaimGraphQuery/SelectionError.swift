import Foundation

/// Why a graph selection could not be read, with what to try instead.
public enum SelectionError: Error, LocalizedError, Equatable {
    case unknownPaper(String, suggestions: [String])
    case negativeDepth(Int)
    case noResults(dataset: String, metric: String?, split: String?, available: [String])
    case unknownQuery(String, available: [String])
    case queryNotReadOnly(String)
    case queryNotEdges(String, columns: [String])
    /// The selection met more nodes than the cap (`--max-nodes`); reading stopped there.
    case tooManyNodes(limit: Int)

    public var errorDescription: String? {
        switch self {
        case .unknownPaper(let reference, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
            return "no paper with id or title \"\(reference)\"\(hint)"
        case .negativeDepth(let depth):
            return "--depth must be 0 or more, not \(depth)"
        case .noResults(let dataset, let metric, let split, let available):
            var what = "no results on \(dataset)"
            if let metric { what += " in \(metric)" }
            if let split { what += " on the \(split) split" }
            if available.isEmpty { return what }
            return what + "; its results are in: " + available.joined(separator: ", ")
        case .unknownQuery(let name, let available):
            let list = available.isEmpty ? "there are no named queries" : "named queries: " + available.joined(separator: ", ")
            return "no query named \"\(name)\" in Queries/; \(list)"
        case .queryNotReadOnly(let name):
            return "query \"\(name)\" would change the database; named queries must be read-only"
        case .queryNotEdges(let name, let columns):
            return "query \"\(name)\" does not return edges: its columns are \(columns.joined(separator: ", ")); "
                + "a graph query needs `source` and `target` columns (and may have `label`, `relation`, `source_kind`, `target_kind`)"
        case .tooManyNodes(let limit):
            return "the selection has more than the limit of \(limit) nodes (reading stopped there); narrow it "
                + "(--dataset NAME, --model NAME, --around NAME --depth 1, --leaderboard DATASET --metric M) "
                + "or raise --max-nodes"
        }
    }
}
