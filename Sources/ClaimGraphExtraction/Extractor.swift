import Foundation

/// Reads one paper's title and abstract into datasets, models, metrics and numeric claims.
/// A pure function of the text and the lexicon.
public struct Extractor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .bundled) {
        self.lexicon = lexicon
    }

    public func extract(title: String, abstract: String) -> PaperExtraction {
        var reader = PaperReader(lexicon: lexicon, title: title, abstract: abstract)
        return reader.read()
    }
}
