import Testing
@testable import ClaimGraphCorpus

@Suite("Result values")
struct ResultValueTests {
    @Test("numbers as leaderboards write them keep their value and unit", arguments: [
        ("85.3", 85.3, nil), ("85.3%", 85.3, "%"), ("20.0 ± 1.2", 20.0, nil), ("0.953", 0.953, nil),
        ("0.7482 ± 0.0015", 0.7482, nil), ("1,013.01", 1013.01, nil), ("**70.3**", 70.3, nil), ("63.7*", 63.7, nil),
        ("\u{FEFF}93.3", 93.3, nil), ("70.14 (measured by Ge et al., 2018)", 70.14, nil), ("24M", 24e6, nil),
        ("2.5x", 2.5, "x"), ("−1.5", -1.5, nil), ("25.59%", 25.59, "%"),
    ] as [(String, Double, String?)])
    func readsNumbers(raw: String, value: Double, unit: String?) {
        #expect(ResultValue.parse(raw) == .number(value, max: nil, unit: unit))
    }

    @Test("dashes, blanks and n/a mean no value", arguments: ["-", "", "  ", "--", "–", "—", "NA", "n/a", "N/A"])
    func noValue(raw: String) {
        #expect(ResultValue.parse(raw) == .missing)
    }

    @Test("anything else is unreadable, never 0", arguments: ["Please tell us", "78.6/84.4", "Yes", "NA%", "3.0m", "(32.76 32.07)", "1,2", "?"])
    func unreadable(raw: String) {
        #expect(ResultValue.parse(raw) == .unreadable)
    }

    @Test("JSON scalars print as written; booleans are not values")
    func rawText() throws {
        let decoded = try JSONSerialization.jsonObject(with: Data(#"[85.1, 90, "81.3%", true, null]"#.utf8)) as! [Any]
        #expect(decoded.map { ResultValue.rawText(of: $0) } == ["85.1", "90", "81.3%", nil, ""])
    }
}

import Foundation
