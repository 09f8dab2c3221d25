import Foundation

/// Problems with an input file, each naming the file (and line where there is one).
public enum CorpusError: Error, Equatable, Sendable, LocalizedError {
    case fileNotFound(path: String)
    case notAFile(path: String)
    case unreadable(path: String, reason: String)
    case emptyFile(path: String)
    case invalidUTF8(path: String, line: Int)
    case malformedRecord(path: String, line: Int, reason: String)
    case noPapers(path: String)
    case unknownFormat(path: String)
    /// A record found by its place in the file rather than a line: "Models[3].Results[0]".
    case badRecord(path: String, record: String, reason: String)
    /// A CSV whose columns cannot be told apart without `--map`.
    case missingMapping(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file"
        case .notAFile(let path):
            return "\(path): is a directory, not a file"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read: \(reason)"
        case .emptyFile(let path):
            return "\(path): the file is empty"
        case .invalidUTF8(let path, let line):
            return "\(path):\(line): not valid UTF-8 text"
        case .malformedRecord(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        case .noPapers(let path):
            return "\(path): no papers found (expected title lines each followed by an abstract paragraph)"
        case .unknownFormat(let path):
            return "\(path): cannot tell the format; name it with --input-format"
        case .badRecord(let path, let record, let reason):
            return "\(path): \(record): \(reason)"
        case .missingMapping(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
