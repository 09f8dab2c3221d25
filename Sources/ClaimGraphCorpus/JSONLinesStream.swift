import Foundation

/// Reads a JSON Lines file of papers one line at a time, in 1 MiB chunks, so memory is bounded
/// by the longest line however large the file; `JSONLinesReader.read` holds the whole file and
/// every record. Lines are parsed as `JSONLinesReader` parses them and fail with the same errors.
public final class JSONLinesStream {
    public let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var lineNumber = 0
    private var papersRead = 0
    /// Bytes consumed so far, for progress.
    public private(set) var bytesRead: Int64 = 0

    public init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError.fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw CorpusError.notAFile(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CorpusError.unreadable(path: path, reason: "permission denied")
        }
        self.path = path
        self.handle = handle
    }

    deinit {
        try? handle.close()
    }

    /// The next paper, nil at the end of the file; throws at the first line that is not one.
    public func next() throws -> PaperRecord? {
        while let (bytes, number) = try nextLine() {
            guard let line = String(validating: bytes, as: UTF8.self) else {
                throw CorpusError.invalidUTF8(path: path, line: number)
            }
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            papersRead += 1
            return try JSONLinesReader.paper(fromLine: trimmed, file: path, line: number)
        }
        if bytesRead == 0 { throw CorpusError.emptyFile(path: path) }
        if papersRead == 0 { throw CorpusError.noPapers(path: path) }
        return nil
    }

    /// Reads every line without keeping any: the whole file's errors, in constant memory.
    /// Returns how many papers it holds.
    public static func validate(path: String) throws -> Int {
        let stream = try JSONLinesStream(path: path)
        var count = 0
        while try stream.next() != nil { count += 1 }
        return count
    }

    /// The next line's bytes (without "\n" or "\r\n") and its 1-based number.
    private func nextLine() throws -> (ArraySlice<UInt8>, Int)? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                var line = buffer[position..<newline]
                position = newline + 1
                return finish(&line)
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                var line = buffer[position...]
                position = buffer.count
                return finish(&line)
            }
            try refill()
        }
    }

    private func finish(_ line: inout ArraySlice<UInt8>) -> (ArraySlice<UInt8>, Int) {
        lineNumber += 1
        if line.last == 0x0D { line = line.dropLast() }
        if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        return (line, lineNumber)
    }

    /// Drops consumed bytes and appends the next chunk.
    private func refill() throws {
        let chunk: Data
        do {
            chunk = try handle.read(upToCount: 1 << 20) ?? Data()
        } catch {
            throw CorpusError.unreadable(path: path, reason: error.localizedDescription)
        }
        buffer.removeFirst(position)
        position = 0
        if chunk.isEmpty {
            atEnd = true
        } else {
            bytesRead += Int64(chunk.count)
            buffer.append(contentsOf: chunk)
        }
    }
}
