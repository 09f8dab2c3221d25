import Foundation

/// Reads a whole input file as UTF-8 text, turning every failure into a `CorpusError`.
enum TextFile {
    static func read(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError.fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw CorpusError.notAFile(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CorpusError.unreadable(path: path, reason: error.localizedDescription)
        }
        return try decode(data, path: path)
    }

    /// Decodes UTF-8, dropping a byte-order mark, and names the first bad line when it is not UTF-8.
    static func decode(_ data: Data, path: String) throws -> String {
        guard !data.isEmpty else { throw CorpusError.emptyFile(path: path) }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CorpusError.invalidUTF8(path: path, line: firstInvalidLine(bytes))
        }
        if text.allSatisfy(\.isWhitespace) { throw CorpusError.emptyFile(path: path) }
        if let nul = bytes.firstIndex(of: 0) {
            throw CorpusError.malformedRecord(path: path, line: lineNumber(of: nul, in: bytes), reason: nulReason)
        }
        return text
    }

    /// The text's lines, ended by LF or CRLF. Swift reads "\r\n" as one Character, so splitting on
    /// "\n" alone would leave a CRLF file as a single line.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    /// SQLite (through GRDB) ends text at a NUL, so a NUL would silently cut what is stored: refused.
    static let nulReason = "contains a NUL character (U+0000); papers must be text"

    private static func lineNumber(of index: Data.Index, in bytes: Data) -> Int {
        bytes[bytes.startIndex..<index].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    private static func firstInvalidLine(_ bytes: Data) -> Int {
        var line = 1
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            if String(validating: bytes[start..<end], as: UTF8.self) == nil { return line }
            line += 1
            start = end == bytes.endIndex ? end : bytes.index(after: end)
        }
        return line
    }
}

extension TextFile {
    /// Up to `bytes` bytes from the start of a file, as text (a cut multi-byte character at the
    /// end is dropped), for telling formats apart without reading a large file whole.
    static func head(_ path: String, bytes: Int) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError.fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw CorpusError.notAFile(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CorpusError.unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: bytes) ?? Data()
        } catch {
            throw CorpusError.unreadable(path: path, reason: error.localizedDescription)
        }
        if data.isEmpty { throw CorpusError.emptyFile(path: path) }
        // Leniently: bad bytes are the reader's to report, with their line.
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads a file line by line in chunks, handing each line (without its newline) and its
    /// 1-based number to `body`; memory is bounded by the longest line.
    static func forEachLine(
        _ path: String, progress: ((Int64) -> Void)? = nil, _ body: (String, Int) throws -> Void
    ) throws {
        let reader = try LineReader(path: path)
        while let (line, number) = try reader.next() {
            try body(line, number)
            progress?(reader.bytesRead)
        }
        progress?(reader.bytesRead)
    }
}

/// A file's lines pulled one at a time (LF or CRLF, a leading byte-order mark dropped), read in
/// 1 MiB chunks so memory is bounded by the longest line. Newlines are found with `memchr` over
/// a plain byte array: going through `Data`'s collection methods a byte at a time cost about
/// 250 instructions a byte, as much as parsing the JSON on the line.
final class LineReader {
    let path: String
    private(set) var bytesRead: Int64 = 0
    private let handle: FileHandle
    private var pending: [UInt8] = []
    private var cursor = 0
    private var lineNumber = 0
    private var atEnd = false

    init(path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError.fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw CorpusError.notAFile(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CorpusError.unreadable(path: path, reason: "permission denied")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The next line and its number; nil at the end of the file.
    func next() throws -> (String, Int)? {
        while true {
            if let newline = nextNewline() {
                let start = cursor
                cursor = newline + 1
                return try decode(start..<newline)
            }
            if atEnd {
                guard cursor < pending.count else { return nil }
                let start = cursor
                cursor = pending.count
                return try decode(start..<pending.count)
            }
            // Keep only the unfinished line before reading on.
            pending.removeFirst(cursor)
            cursor = 0
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw CorpusError.unreadable(path: path, reason: error.localizedDescription)
            }
            if chunk.isEmpty {
                atEnd = true
                if bytesRead == 0 { throw CorpusError.emptyFile(path: path) }
            }
            bytesRead += Int64(chunk.count)
            pending.append(contentsOf: chunk)
        }
    }

    /// The index of the next LF at or after the cursor.
    private func nextNewline() -> Int? {
        guard cursor < pending.count else { return nil }
        return pending.withUnsafeBytes { buffer -> Int? in
            guard let found = memchr(buffer.baseAddress! + cursor, 0x0A, buffer.count - cursor) else { return nil }
            return buffer.baseAddress!.distance(to: UnsafeRawPointer(found))
        }
    }

    private func decode(_ range: Range<Int>) throws -> (String, Int) {
        lineNumber += 1
        var line = pending[range]
        if line.last == 0x0D { line = line.dropLast() }
        if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        if line.contains(0) { throw CorpusError.malformedRecord(path: path, line: lineNumber, reason: TextFile.nulReason) }
        guard let text = String(validating: line, as: UTF8.self) else {
            throw CorpusError.invalidUTF8(path: path, line: lineNumber)
        }
        return (text, lineNumber)
    }
}

extension Character {
    /// "\n" and "\r\n" (one Character in Swift, so splitting on "\n" alone misses it).
    var isLineBreak: Bool { self == "\n" || self == "\r\n" }
}
