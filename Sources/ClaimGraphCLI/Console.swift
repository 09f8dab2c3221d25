import Foundation

/// Where a command's results (stdout) and diagnostics (stderr) go, and what the terminal can show.
/// Bound per task so tests can run commands in-process, in parallel, and read what they printed.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private var writeOut: (String) -> Void
    private var writeErr: (String) -> Void
    /// Whether stdout is a terminal: tables by default, colour allowed.
    public let isTerminal: Bool
    /// Whether stderr is a terminal: progress bars only there.
    public let stderrIsTerminal: Bool
    public let width: Int
    public let colour: Bool

    public init(
        isTerminal: Bool, stderrIsTerminal: Bool = false, width: Int = 100, colour: Bool = false,
        out: @escaping (String) -> Void, err: @escaping (String) -> Void
    ) {
        self.isTerminal = isTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.width = width
        self.colour = colour
        self.writeOut = out
        self.writeErr = err
    }

    public func out(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        writeOut(text)
    }

    public func err(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        writeErr(text)
    }

    /// The process's own stdout and stderr; colour only on a terminal and never with NO_COLOR.
    public static let standard: Console = {
        let terminal = isatty(STDOUT_FILENO) == 1
        let environment = ProcessInfo.processInfo.environment
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return Console(
            isTerminal: terminal, stderrIsTerminal: isatty(STDERR_FILENO) == 1,
            width: terminal ? terminalWidth() : 100, colour: terminal && !noColour,
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) })
    }()

    @TaskLocal public static var current: Console = .standard

    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return 100
    }
}

/// A console that keeps what was written, for tests and golden files.
public final class CapturedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""
    public private(set) var console: Console!

    public init(isTerminal: Bool = false, width: Int = 100) {
        console = Console(
            isTerminal: isTerminal, width: width, colour: false,
            out: { [unowned self] text in self.append(text, toErr: false) },
            err: { [unowned self] text in self.append(text, toErr: true) })
    }

    private func append(_ text: String, toErr: Bool) {
        lock.lock(); defer { lock.unlock() }
        if toErr { errText += text } else { outText += text }
    }

    public var stdout: String { lock.lock(); defer { lock.unlock() }; return outText }
    public var stderr: String { lock.lock(); defer { lock.unlock() }; return errText }
}
