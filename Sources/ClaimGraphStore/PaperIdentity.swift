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
        return modernID(text) ?? oldStyleID(text)
    }

    // Matched by hand rather than by NSRegularExpression, which compiled its pattern on every
    // call: 50,000 instructions a paper on ingest's path.

    /// `^\d{4}\.\d{4,5}`: "2103.14030" of "2103.14030v2".
    private static func modernID(_ text: String) -> String? {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count >= 9, bytes[0..<4].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "."),
              bytes[5..<9].allSatisfy(isDigit) else { return nil }
        let length = bytes.count == 10 && isDigit(bytes[9]) ? 10 : 9
        return String(decoding: bytes[0..<length], as: UTF8.self)
    }

    /// `^[a-z\-]+(\.[A-Z]{2})?/\d{7}`: "cs/0112017", "math.GT/0309136".
    private static func oldStyleID(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        guard index > 0 else { return nil }
        if index + 2 < bytes.count, bytes[index] == UInt8(ascii: "."),
           bytes[(index + 1)...(index + 2)].allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
            index += 3
        }
        guard index + 8 <= bytes.count, bytes[index] == UInt8(ascii: "/"),
              bytes[(index + 1)..<(index + 8)].allSatisfy(isDigit) else { return nil }
        return String(decoding: bytes[0..<(index + 8)], as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

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
