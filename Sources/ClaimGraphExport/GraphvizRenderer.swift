import CGraphviz
import Foundation

/// What Graphviz can produce here: images, and DOT annotated with the layout's positions.
public enum RenderFormat: String, CaseIterable, Sendable {
    case svg, png, pdf
    /// DOT with `pos`, `width` and `height` from the layout (Graphviz's own `-Tdot`).
    case dot
}

/// A finished rendering and the warnings Graphviz gave while making it.
public struct Rendering: Sendable {
    public var data: Data
    public var warnings: [String]
}

/// Lays out and renders DOT text with Graphviz's C library, in-process.
///
/// Graphviz keeps global state (its error buffer, its handler, plugin tables) and its text layout
/// keeps per-thread state, so every call runs on one long-lived thread (`GraphvizThread`); each
/// rendering gets its own context and frees what it made in reverse order. Messages go to a
/// handler that collects them, never to the user's stderr.
public enum GraphvizRenderer {
    public static func render(_ dot: String, format: RenderFormat, layout: LayoutEngine) throws -> Rendering {
        try render(dot, formatName: format.rawValue, layoutName: layout.rawValue)
    }

    /// By name, so tests can ask for a format or layout this Graphviz lacks.
    static func render(_ dot: String, formatName: String, layoutName: String) throws -> Rendering {
        try GraphvizThread.shared.run { try renderOnGraphvizThread(dot, formatName: formatName, layoutName: layoutName) }
    }

    private static func renderOnGraphvizThread(_ dot: String, formatName: String, layoutName: String) throws -> Rendering {
        collectedMessages = ""
        let previousHandler = agseterrf(collectMessage)
        let previousLevel = claimgraph_report_all_messages()
        _ = agreseterrors()
        defer {
            claimgraph_restore_error_level(previousLevel)
            _ = agseterrf(previousHandler)
            collectedMessages = ""
        }

        guard let context = gvContext() else { throw ExportError.graphviz(stage: .context, message: messages()) }
        defer { gvFreeContext(context) }

        guard let graph = claimgraph_read_dot(dot) else { throw ExportError.graphviz(stage: .read, message: messages()) }
        defer { agclose(graph) }
        if claimgraph_had_error() != 0 { throw ExportError.graphviz(stage: .read, message: messages()) }

        guard gvLayout(context, graph, layoutName) == 0 else { throw ExportError.graphviz(stage: .layout, message: messages()) }
        defer { gvFreeLayout(context, graph) }
        if claimgraph_had_error() != 0 { throw ExportError.graphviz(stage: .layout, message: messages()) }

        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, formatName, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer, claimgraph_had_error() == 0 else {
            let message = messages()
            // "Format: "x" not recognized" from the parser's side, "renderer for x is unavailable" from gvRenderData.
            if message.contains("not recognized") || message.contains("unavailable") {
                throw ExportError.formatUnavailable(format: formatName, message: message)
            }
            throw ExportError.graphviz(stage: .render, message: message)
        }
        if length == 0 { throw ExportError.graphviz(stage: .render, message: "empty output. " + messages()) }
        let data = Data(bytes: buffer, count: Int(length))
        return Rendering(data: data, warnings: warnings())
    }

    /// Everything Graphviz said, messages joined by "; ", its "Error: " tags dropped.
    private static func messages() -> String {
        var lines = lines(collectedMessages)
        if lines.isEmpty, let last = aglasterr() { lines = Self.lines(String(cString: last)) }
        return lines.joined(separator: "; ")
    }

    private static func warnings() -> [String] { lines(collectedMessages) }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { line in
            var line = line.trimmingCharacters(in: .whitespaces)
            for tag in ["Error: ", "Warning: "] where line.hasPrefix(tag) { line.removeFirst(tag.count) }
            return line
        }.filter { !$0.isEmpty }
    }
}

/// Graphviz's messages for the rendering in progress; only touched on the Graphviz thread.
nonisolated(unsafe) private var collectedMessages = ""

/// cgraph calls this with pieces of a message ("Warning", ": ", "text\n") in place of printing.
private let collectMessage: agusererrf = { piece in
    if let piece { collectedMessages += String(cString: piece) }
    return 0
}

/// The one thread every Graphviz call runs on. Graphviz's pango text layout takes glib's
/// per-thread default font map, which is freed when the thread that made it ends; the pool
/// threads of Dispatch and Swift concurrency come and go, so calls made from them read freed
/// memory (AddressSanitizer showed it). A thread that never ends keeps that state alive, and
/// running one job at a time also serialises Graphviz's global state.
final class GraphvizThread: @unchecked Sendable {
    static let shared = GraphvizThread()

    private let condition = NSCondition()
    private var jobs: [() -> Void] = []

    private init() {
        let thread = Thread { [self] in loop() }
        thread.name = "claimgraph.graphviz"
        // Layouts of large graphs recurse deeply.
        thread.stackSize = 16 << 20
        thread.start()
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }

    /// Runs `body` on the Graphviz thread and waits for its result.
    func run<T>(_ body: @escaping () throws -> T) throws -> T {
        let outcome = GraphvizOutcome<T>()
        let done = DispatchSemaphore(value: 0)
        condition.lock()
        jobs.append {
            outcome.result = Result { try body() }
            done.signal()
        }
        condition.signal()
        condition.unlock()
        done.wait()
        return try outcome.result!.get()
    }
}

/// A job's result, handed from the Graphviz thread to the waiting caller (the semaphore orders it).
private final class GraphvizOutcome<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}
