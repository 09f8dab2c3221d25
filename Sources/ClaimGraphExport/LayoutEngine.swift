import Foundation

/// Graphviz's layout programs: `dot` for hierarchies, the others for networks.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// Whether the program draws clusters as boxes around their members; the others would
    /// draw a box over whatever lies between them.
    public var drawsClusters: Bool { self == .dot || self == .fdp }
}

/// Which way ranks run in the `dot` layout: top to bottom, left to right, and their reverses.
public enum RankDirection: String, CaseIterable, Sendable {
    case TB, LR, BT, RL
}
