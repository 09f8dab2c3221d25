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
