import Foundation

/// Why a graph could not be exported, with Graphviz's own words where it had something to say.
public enum ExportError: Error, LocalizedError, Equatable {
    /// The selection is too big to draw legibly.
    case tooManyNodes(count: Int, limit: Int)
    /// Graphviz rejected the DOT text, the layout or the rendering; `message` is what it reported.
    case graphviz(stage: Stage, message: String)
    /// This Graphviz build has no plugin for the format (Debian's ships svg, png, pdf and dot).
    case formatUnavailable(format: String, message: String)

    public enum Stage: String, Sendable {
        case context = "start", read = "read the graph", layout = "lay out the graph", render = "render"
    }

    public var errorDescription: String? {
        switch self {
        case .tooManyNodes(let count, let limit):
            return "the selection has \(count) nodes, more than the limit of \(limit); narrow it "
                + "(--dataset NAME, --model NAME, --around NAME --depth 1, --leaderboard DATASET --metric M) "
                + "or raise --max-nodes"
        case .graphviz(let stage, let message):
            let detail = message.isEmpty ? "no reason given" : message
            return "Graphviz could not \(stage.rawValue): \(detail)"
        case .formatUnavailable(let format, let message):
            return "this Graphviz build cannot render \(format) (install its plugin, e.g. Debian's graphviz "
                + "package for cairo formats): \(message)"
        }
    }
}
