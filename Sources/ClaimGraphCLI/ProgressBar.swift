import Foundation

/// A one-line progress bar on stderr, redrawn at most ten times a second. Silent unless stderr
/// is a terminal, so piped runs and logs stay clean.
final class ProgressBar {
    private let console: Console
    private let label: String
    private let total: Int64
    private let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(console: Console, label: String, total: Int64, quiet: Bool) {
        self.console = console
        self.label = label
        self.total = max(total, 1)
        self.enabled = console.stderrIsTerminal && !quiet
    }

    func update(_ done: Int64, records: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let fraction = min(1, Double(done) / Double(total))
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        console.err("\r\(label) [\(bar)] \(Int(fraction * 100))% \(records) records")
        drawn = true
    }

    func finish() {
        guard enabled, drawn else { return }
        console.err("\r\u{1B}[2K")
    }
}
