import Foundation

/// Quoting for DOT: IDs, labels (Graphviz's escString), and HTML-like label text.
enum DOTText {
    /// A double-quoted DOT ID. Only `"` needs escaping for the parser; backslashes are doubled
    /// and newlines written as `\n` so every ID stays on one line and maps back to one string.
    static func quoted(_ text: String) -> String {
        // Most ids and names need no escaping; copying them whole is what makes a drawing of
        // thousands of nodes and edges encode in milliseconds.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x0A || $0 == 0x0D || $0 == 0 }) {
            return "\"" + text + "\""
        }
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\0": continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// A node id as a quoted DOT ID that Graphviz's SVG writer copies into valid XML.
    ///
    /// Graphviz writes ids into `<title>` elements and mistakes text like `&;` or `&#;` for
    /// entities it need not escape, and XML cannot carry control characters at all; so those,
    /// and `%` itself, are percent-encoded. Distinct ids stay distinct.
    static func id(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "%") && $0 != UInt8(ascii: "&") }) {
            return quoted(text)
        }
        var output = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar == "%" || scalar == "&" || value < 0x20 || (0x7F...0x9F).contains(value)
                || value == 0x2028 || value == 0x2029 || value == 0xFFFE || value == 0xFFFF
            {
                for byte in String(scalar).utf8 { output += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return quoted(output)
    }

    /// A quoted label that renders as `text`, lines broken at newlines.
    ///
    /// Graphviz reads label text twice: the parser ends the string at `"`, then the label code
    /// treats `\x` as an escape (`\N` is the node's name, `\l` a left-aligned break) and decodes
    /// HTML entities such as `&lt;`. So backslashes are doubled and `&` becomes `&amp;`; control
    /// characters, which SVG's XML cannot carry, become spaces.
    static func label(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "&") }) {
            return "\"" + text + "\""
        }
        var output = "\""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "&": output += "&amp;"
            case "\n":
                if previous != "\r" { output += "\\n" }
            case "\r", "\u{2028}", "\u{2029}": output += "\\n"
            case "\0": continue
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0xFFFE...0xFFFF).contains(scalar.value) {
                    output += " "
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// A quoted SVG class name: letters, digits, `-` and `_` only, since Graphviz copies it as is.
    static func className(_ text: String) -> String {
        if !text.isEmpty, text.utf8.allSatisfy({ $0 < 0x80 && (isalnum(Int32($0)) != 0 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")) }) {
            return quoted(text)
        }
        let kept = text.unicodeScalars.filter { ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) || $0 == "-" || $0 == "_" }
        return quoted(kept.isEmpty ? "other" : String(String.UnicodeScalarView(kept)))
    }

    /// Text inside an HTML-like label: the five XML specials as entities.
    static func html(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    /// Breaks `text` into lines of at most `width` characters at spaces; a longer word keeps its
    /// own line. Existing line breaks are kept.
    static func wrap(_ text: String, width: Int) -> String {
        guard width > 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            // In ASCII a character is a byte, and lengths add up; counting characters (graphemes)
            // again for every word was most of the time spent encoding a few hundred titles.
            let ascii = line.utf8.allSatisfy { $0 < 0x80 }
            guard (ascii ? line.utf8.count : line.count) > width else { return String(line) }
            var lines: [String] = []
            var current = ""
            var currentLength = 0
            for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                let wordLength = ascii ? word.utf8.count : word.count
                if current.isEmpty {
                    current = String(word)
                    currentLength = wordLength
                } else if (ascii ? currentLength : current.count) + 1 + wordLength <= width {
                    current += " " + word
                    currentLength += 1 + wordLength
                } else {
                    lines.append(current)
                    current = String(word)
                    currentLength = wordLength
                }
            }
            if !current.isEmpty || lines.isEmpty { lines.append(current) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
