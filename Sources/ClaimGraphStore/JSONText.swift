import Foundation

/// JSON written by hand: the bytes do not depend on an encoder's choices (the benchmark corpus
/// must be the same bytes for the same seed), and it costs a fraction of Foundation's
/// `JSONSerialization`, which took about 100,000 instructions for a paper's author list.
public enum JSONText {
    /// A JSON string literal.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A JSON array of strings, as SQLite's JSON functions read it.
    public static func array(_ strings: [String]) -> String {
        "[" + strings.map(quoted).joined(separator: ",") + "]"
    }
}
