import ClaimGraphCorpus
import Foundation

/// How a paper is named in the database: its arXiv id when one is known, else a slug of its
/// normalised title, so the same paper read from two sources lands on one row.
public enum PaperIdentity {
    public static func id(for paper: PaperRecord) -> String {
        if let arxiv = arxivID(paper.arxivID) ?? arxivID(paper.externalID) ?? arxivID(fromURL: paper.url) {
            return arxiv
        }
        return slug(paper.title)
    }

    /// Modern arXiv ids ("2103.14030", with an optional version) and old-style ones ("cs/0112017").
    static func arxivID(_ candidate: String?) -> String? {
        guard var text = candidate?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if text.lowercased().hasPrefix("arxiv:") { text = String(text.dropFirst(6)) }
        if let range = text.range(of: #"^\d{4}\.\d{4,5}"#, options: .regularExpression) { return String(text[range]) }
        if let range = text.range(of: #"^[a-z\-]+(\.[A-Z]{2})?/\d{7}"#, options: .regularExpression) { return String(text[range]) }
        return nil
    }

    static func arxivID(fromURL url: String?) -> String? {
        guard let url, let marker = url.range(of: "arxiv.org/", options: .caseInsensitive) else { return nil }
        let rest = url[marker.upperBound...]
        for prefix in ["abs/", "pdf/"] where rest.hasPrefix(prefix) {
            return arxivID(String(rest.dropFirst(prefix.count)))
        }
        return nil
    }

    /// Lower-case words joined by "-", at most 80 characters.
    public static func slug(_ title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > 80 { break }
            slug = next
        }
        return slug.isEmpty ? "untitled-" + String(SHA256.hex(title).prefix(12)) : slug
    }

    public static func contentHash(title: String, abstract: String) -> String {
        SHA256.hex(title + "\n" + abstract)
    }
}
