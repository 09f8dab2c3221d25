import Foundation
import GRDB

/// Puts claim values on one scale and decides when two differ beyond rounding.
public enum ClaimValue {
    /// A percentage-scale metric reported as a 0–1 fraction ("0.871") is brought to percent
    /// (87.1); returns the value and, when converted, a note saying so.
    public static func normalised(_ value: Double, unit: String?, scale: String?) -> (value: Double, conversion: String?) {
        guard scale == "percent", unit != "%", unit != "points", value > 0, value <= 1 else { return (value, nil) }
        let converted = value * 100
        return (converted, "\(format(value)) → \(format(converted)) (fraction shown as %)")
    }

    /// `normalised(_:unit:scale:)`'s value as an SQL expression over the given columns, so
    /// rankings can be computed where the rows are.
    static func normalisedSQL(value: String, unit: String, scale: String) -> SQL {
        SQL(sql: """
            CASE WHEN \(scale) = 'percent' AND (\(unit) IS NULL OR \(unit) NOT IN ('%', 'points'))
                AND \(value) > 0 AND \(value) <= 1 THEN \(value) * 100 ELSE \(value) END
            """)
    }

    /// Two reported values agree when they differ by no more than half a unit in the last
    /// decimal place of the less precise one (59.4 and 59.42 agree; 59.4 and 59.6 do not).
    public static func agree(_ a: Double, _ b: Double, rawA: String? = nil, rawB: String? = nil) -> Bool {
        let places = min(decimals(rawA ?? format(a)), decimals(rawB ?? format(b)))
        let tolerance = 0.5 * pow(10, -Double(places)) + 1e-9
        return abs(a - b) <= tolerance
    }

    static func decimals(_ text: String) -> Int {
        let digits = text.filter { $0.isNumber || $0 == "." }
        guard let dot = digits.firstIndex(of: ".") else { return 0 }
        return digits[digits.index(after: dot)...].filter(\.isNumber).count
    }

    /// Numbers as a person writes them: 59.4, not 59.399999999999999.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
