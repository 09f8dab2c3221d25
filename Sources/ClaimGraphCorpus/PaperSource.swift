import Foundation

/// The formats papers (titles and abstracts) can be read from.
public enum PaperFormat: String, CaseIterable, Sendable {
    case listing
    case jsonl
}

/// Where papers come from: the bundled corpus or files, with the format told or detected.
public enum PaperSource {
    /// The seed listing shipped inside the binary: the default corpus when no input is given.
    public static var bundledCorpusPath: String {
        guard let url = Bundle.module.url(forResource: "trending-papers", withExtension: "txt") else {
            preconditionFailure("the bundled corpus is missing from the ClaimGraphCorpus resources")
        }
        return url.path
    }

    /// The name under which the bundled corpus is recorded as a source.
    public static let bundledCorpusName = "bundled:trending-papers.txt"

    public static func readBundledCorpus() throws -> [PaperRecord] {
        let text = try TextFile.read(bundledCorpusPath)
        return try ListingReader.parse(text, file: bundledCorpusName)
    }

    public static func read(path: String, format: PaperFormat? = nil) throws -> [PaperRecord] {
        let text = try TextFile.read(path)
        switch format ?? detect(text: text, path: path) {
        case .listing: return try ListingReader.parse(text, file: path)
        case .jsonl: return try JSONLinesReader.parse(text, file: path)
        }
    }

    /// The format told, else detected from the name and the first 64 KiB, without reading the
    /// whole file.
    public static func format(ofFile path: String, told: PaperFormat?) throws -> PaperFormat {
        if let told { return told }
        if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") { return .jsonl }
        guard let handle = FileHandle(forReadingAtPath: path) else { return try detect(text: TextFile.read(path), path: path) }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1 << 16)) ?? Data()
        return detect(text: String(decoding: head, as: UTF8.self), path: path)
    }

    /// JSON Lines when the first non-blank character opens an object, the listing otherwise.
    public static func detect(text: String, path: String) -> PaperFormat {
        if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") { return .jsonl }
        let first = text.first { !$0.isWhitespace }
        return first == "{" ? .jsonl : .listing
    }
}
