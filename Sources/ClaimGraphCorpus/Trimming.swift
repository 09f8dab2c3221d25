import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation's round trip through
    /// NSString and UTF-16, which was 42% of reading a JSON Lines paper (docs/BENCHMARKS.md).
    /// That set is Unicode's White_Space property plus U+200B ZERO WIDTH SPACE, which
    /// Foundation's (CoreFoundation's) table counts as a space.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        func kept(_ scalar: Unicode.Scalar) -> Bool { !scalar.properties.isWhitespace && scalar != "\u{200B}" }
        guard let first = scalars.firstIndex(where: kept) else { return "" }
        let last = scalars.lastIndex(where: kept)!
        return String(self[first...last])
    }
}
