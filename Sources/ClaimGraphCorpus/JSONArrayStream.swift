import Foundation

/// Reads a JSON array one element at a time from a file, in fixed-size chunks, so a dump of
/// hundreds of megabytes is read in memory bounded by its largest element. It finds where each
/// element ends by tracking strings, escapes and bracket depth, then decodes just that element.
public struct JSONArrayStream {
    public let path: String
    public var chunkSize = 1 << 20

    public init(path: String) {
        self.path = path
    }

    /// One element: its decoded value, its index, and the line it starts on.
    public struct Element {
        public var value: Any
        public var index: Int
        public var line: Int
    }

    /// Calls `body` with each element in order, and `progress` with the bytes read so far.
    /// An element that is not valid JSON on its own (but whose brackets balance) is handed over as
    /// an error so the caller can skip it; a file that is not an array, or that ends before the
    /// array closes, throws.
    public func forEach(
        progress: ((Int64) -> Void)? = nil,
        _ body: (Result<Element, CorpusError>) throws -> Void
    ) throws {
        let reader = try Reader(path: path, chunkSize: chunkSize)
        while let element = try reader.next() {
            try body(element)
            progress?(reader.bytesRead)
        }
        progress?(reader.bytesRead)
    }

    /// The same reading, pulled one element at a time, for callers that ask for the next record
    /// (a batch ingester). Holds one chunk's worth of finished elements at most.
    public final class Reader {
        public let path: String
        public private(set) var bytesRead: Int64 = 0
        private let handle: FileHandle
        private let chunkSize: Int
        private var scanner = Scanner()
        private var pending: [Scanner.Finished] = []
        private var pendingIndex = 0
        private var atEnd = false

        public init(path: String, chunkSize: Int = 1 << 20) throws {
            self.path = path
            self.chunkSize = max(1, chunkSize)
            guard let handle = FileHandle(forReadingAtPath: path) else {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                    throw isDirectory.boolValue ? CorpusError.notAFile(path: path) : CorpusError.unreadable(path: path, reason: "permission denied")
                }
                throw CorpusError.fileNotFound(path: path)
            }
            self.handle = handle
        }

        deinit { try? handle.close() }

        /// The next element, nil after the array's end; throws when the file is not a whole array.
        public func next() throws -> Result<Element, CorpusError>? {
            while pendingIndex >= pending.count {
                if atEnd { return nil }
                pending.removeAll(keepingCapacity: true)
                pendingIndex = 0
                let chunk: Data
                do {
                    chunk = try handle.read(upToCount: chunkSize) ?? Data()
                } catch {
                    throw CorpusError.unreadable(path: path, reason: error.localizedDescription)
                }
                if chunk.isEmpty {
                    atEnd = true
                    try checkEnd()
                    return nil
                }
                bytesRead += Int64(chunk.count)
                try chunk.withUnsafeBytes { raw in
                    try scanner.feed(raw.bindMemory(to: UInt8.self), path: path) { pending.append($0) }
                }
            }
            defer { pendingIndex += 1 }
            return JSONArrayStream.decode(pending[pendingIndex], path: path)
        }

        private func checkEnd() throws {
            if bytesRead == 0 { throw CorpusError.emptyFile(path: path) }
            switch scanner.state {
            case .done, .afterArray: return
            case .beforeArray: throw CorpusError.emptyFile(path: path)
            case .inElement:
                throw CorpusError.malformedRecord(
                    path: path, line: scanner.elementLine,
                    reason: "the JSON array ends early (truncated file?): element \(scanner.index + 1), starting on this line, is not closed")
            case .betweenElements:
                throw CorpusError.malformedRecord(
                    path: path, line: scanner.line,
                    reason: "the JSON array ends early (truncated file?): no closing \"]\" after element \(scanner.index)")
            }
        }
    }

    static func decode(_ element: Scanner.Finished, path: String) -> Result<Element, CorpusError> {
        do {
            let value = try JSONSerialization.jsonObject(with: element.bytes, options: [.fragmentsAllowed])
            // An escaped "\u0000" decodes to a NUL, which the database would silently cut text at.
            if containsNUL(value) {
                return .failure(.malformedRecord(path: path, line: element.line, reason: "element \(element.index + 1) \(TextFile.nulReason)"))
            }
            return .success(Element(value: value, index: element.index, line: element.line))
        } catch {
            return .failure(.malformedRecord(
                path: path, line: element.line,
                reason: "element \(element.index + 1) is not valid JSON (\(JSONDiagnostics.describe(error)))"))
        }
    }

    /// Whether a decoded JSON value holds a NUL character anywhere (keys included).
    static func containsNUL(_ value: Any) -> Bool {
        switch value {
        case let string as String: return string.unicodeScalars.contains("\u{0}")
        case let list as [Any]: return list.contains(where: containsNUL)
        case let object as [String: Any]: return object.contains { containsNUL($0.key) || containsNUL($0.value) }
        default: return false
        }
    }

    /// The byte-level state machine: where we are in the array and in the current element.
    /// Bytes of an element are copied a run at a time, not one by one.
    struct Scanner {
        enum State: Equatable { case beforeArray, betweenElements, inElement, afterArray, done }

        struct Finished {
            var bytes: Data
            var index: Int
            var line: Int
        }

        var state = State.beforeArray
        var line = 1
        var index = 0
        var depth = 0
        var inString = false
        var escaped = false
        var current = Data()
        var elementLine = 1
        var expectingElement = true

        mutating func feed(
            _ buffer: UnsafeBufferPointer<UInt8>, path: String, emit: (Finished) throws -> Void
        ) throws {
            var runStart: Int? = state == .inElement ? 0 : nil
            var offset = 0
            while offset < buffer.count {
                let byte = buffer[offset]
                defer {
                    if byte == 0x0A { line += 1 }
                    offset += 1
                }
                switch state {
                case .beforeArray:
                    if Self.isSpace(byte) || (line == 1 && (byte == 0xEF || byte == 0xBB || byte == 0xBF)) { continue }
                    guard byte == UInt8(ascii: "[") else {
                        throw CorpusError.malformedRecord(path: path, line: line, reason: "expected a JSON array (\"[\" first)")
                    }
                    state = .betweenElements
                case .betweenElements:
                    if Self.isSpace(byte) { continue }
                    if byte == UInt8(ascii: ",") {
                        guard !expectingElement else {
                            throw CorpusError.malformedRecord(path: path, line: line, reason: "stray \",\" between array elements")
                        }
                        expectingElement = true
                        continue
                    }
                    if byte == UInt8(ascii: "]") {
                        guard expectingElement == false || index == 0 else {
                            throw CorpusError.malformedRecord(path: path, line: line, reason: "\",\" before the end of the array")
                        }
                        state = .afterArray
                        continue
                    }
                    guard expectingElement else {
                        throw CorpusError.malformedRecord(path: path, line: line, reason: "missing \",\" between array elements")
                    }
                    state = .inElement
                    elementLine = line
                    current.removeAll(keepingCapacity: true)
                    depth = 0
                    runStart = offset
                    try step(byte, at: offset, buffer: buffer, runStart: &runStart, emit: emit)
                case .inElement:
                    try step(byte, at: offset, buffer: buffer, runStart: &runStart, emit: emit)
                case .afterArray, .done:
                    if Self.isSpace(byte) { state = .done; continue }
                    throw CorpusError.malformedRecord(path: path, line: line, reason: "text after the end of the JSON array")
                }
            }
            if let start = runStart, state == .inElement, start < buffer.count {
                current.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
            }
        }

        /// Moves through one byte of an element; emits the element when this byte ends it.
        private mutating func step(
            _ byte: UInt8, at offset: Int, buffer: UnsafeBufferPointer<UInt8>, runStart: inout Int?,
            emit: (Finished) throws -> Void
        ) throws {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                return
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 {
                    // The array's own "]" right after a scalar element.
                    guard byte == UInt8(ascii: "]") else { return }
                    try finish(upTo: offset, buffer: buffer, runStart: &runStart, emit: emit)
                    state = .afterArray
                    return
                }
                depth -= 1
                if depth == 0 {
                    try finish(upTo: offset + 1, buffer: buffer, runStart: &runStart, emit: emit)
                    state = .betweenElements
                }
            case UInt8(ascii: ","):
                if depth == 0 {
                    try finish(upTo: offset, buffer: buffer, runStart: &runStart, emit: emit)
                    state = .betweenElements
                    expectingElement = true
                }
            default:
                break
            }
        }

        private mutating func finish(
            upTo end: Int, buffer: UnsafeBufferPointer<UInt8>, runStart: inout Int?, emit: (Finished) throws -> Void
        ) throws {
            if let start = runStart, start < end {
                current.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
            }
            runStart = nil
            let finished = Finished(bytes: current, index: index, line: elementLine)
            index += 1
            expectingElement = false
            current = Data()
            try emit(finished)
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
        }
    }
}
