import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation's round trip through
    /// NSString and UTF-16, which was 42% of reading a JSON Lines paper (docs/BENCHMARKS.md).
    /// Unicode's White_Space property is that character set: Z*, U+0009–U+000D and U+0085.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(self[first...last])
    }
}
