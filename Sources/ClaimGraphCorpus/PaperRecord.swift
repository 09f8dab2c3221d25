import Foundation

/// One paper as a reader found it: a title, its abstract, and where it came from.
public struct PaperRecord: Sendable, Hashable, Codable {
    public var title: String
    public var abstract: String
    /// The identifier the source gave, if any (`id` in JSON Lines).
    public var externalID: String?
    public var arxivID: String?
    public var url: String?
    public var date: String?
    public var authors: [String]
    public var location: SourceLocation

    public init(
        title: String, abstract: String, externalID: String? = nil, arxivID: String? = nil,
        url: String? = nil, date: String? = nil, authors: [String] = [], location: SourceLocation
    ) {
        self.title = title
        self.abstract = abstract
        self.externalID = externalID
        self.arxivID = arxivID
        self.url = url
        self.date = date
        self.authors = authors
        self.location = location
    }
}

/// A file and a 1-based line, for diagnostics and provenance.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
