import Foundation
import Testing
@testable import ClaimGraphCorpus

@Suite("Whitespace trimming")
struct TrimmingTests {
    @Test("trims what Foundation's whitespacesAndNewlines trims", arguments: [
        "", " ", "\n\t x \r\n", "no space", "\u{00A0}nbsp\u{00A0}", "\u{2028}line sep\u{2029}", "\u{3000}ideographic\u{3000}",
        "\u{0085}next line\u{000B}\u{000C}", " inner  spaces stay ", "é\u{0301} ", "\u{200B}zero width is not space\u{200B}",
    ])
    func sameAsFoundation(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
