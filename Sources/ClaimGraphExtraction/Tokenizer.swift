import Foundation

/// A word of the text with its span in Unicode scalars.
struct Token: Sendable, Hashable {
    var text: String
    var start: Int
    var end: Int
}

/// Splits text into name-like words: letters and digits, holding together internal
/// "-", ".", "/", "+" and "'" so "ViT-B/16", "wav2vec 2.0" pieces and "HumanEval+" stay whole.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            guard isWordScalar(scalars[index]) else { index += 1; continue }
            let start = index
            var end = index + 1
            while end < scalars.count {
                if isWordScalar(scalars[end]) {
                    end += 1
                } else if isJoiner(scalars[end]), end + 1 < scalars.count, isWordScalar(scalars[end + 1]) {
                    end += 2
                } else if scalars[end] == "+" {
                    end += 1  // a trailing plus is part of a name: HumanEval+, RefCOCO+
                } else {
                    break
                }
            }
            var token = String(String.UnicodeScalarView(scalars[start..<end]))
            // A sentence-final period is punctuation, not part of the word.
            while token.hasSuffix(".") { token.removeLast(); end -= 1 }
            tokens.append(Token(text: token, start: start, end: end))
            index = end
        }
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "." || scalar == "/" || scalar == "'" || scalar == "_"
    }
}

/// Converts between `String.Index` and the scalar offsets findings carry.
struct ScalarText {
    let text: String
    let scalars: [Unicode.Scalar]
    /// The text's UTF-8 bytes, and where each scalar starts in them (one more for the end), so a
    /// substring is one copy of bytes rather than scalars appended one at a time, which was half
    /// of all extraction time (docs/BENCHMARKS.md).
    private let utf8: [UInt8]
    private let utf8Offsets: [Int]

    init(_ text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.utf8 = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.utf8Offsets = offsets
    }

    func substring(_ start: Int, _ end: Int) -> String {
        let lower = max(0, start), upper = min(scalars.count, end)
        guard lower < upper else { return "" }
        return String(decoding: utf8[utf8Offsets[lower]..<utf8Offsets[upper]], as: UTF8.self)
    }
}
