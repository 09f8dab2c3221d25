import Foundation

/// Finds numbers reported as results and binds each to the nearest metric and dataset
/// of its sentence.
struct ClaimReader {
    let lexicon: Lexicon

    private static let number = try! NSRegularExpression(
        pattern: #"(?<![\w.\-/])([+\-]?\d+(?:\.\d+)?)\s*(\\?%|\s?points?\b|\s?pp\b|×|x\b| times\b)?"#)

    func claims(in text: String, matches: [GazetteerMatch]) -> [ClaimFinding] {
        let scalarText = ScalarText(text)
        let nsText = text as NSString
        var claims: [ClaimFinding] = []
        let utf16ToScalar = UTF16ScalarMap(text)
        for result in Self.number.matches(in: text, range: NSRange(location: 0, length: nsText.length)) {
            let raw = nsText.substring(with: result.range)
            let numberText = nsText.substring(with: result.range(at: 1))
            let unitText = result.range(at: 2).location == NSNotFound ? "" : nsText.substring(with: result.range(at: 2))
            guard let value = Double(numberText) else { continue }
            let unit = Self.unit(unitText)
            let start = utf16ToScalar.scalarOffset(result.range.location)
            let end = utf16ToScalar.scalarOffset(result.range.location + result.range.length)
            let sentence = Self.sentence(around: start, in: scalarText)
            let metric = nearest(matches.filter { $0.kind == .metric }, to: start, within: sentence)
            // A bare integer with no unit and no metric is a count, a year or a size, not a result.
            guard unit != nil || (metric != nil && numberText.contains(".")) else { continue }
            let dataset = nearest(matches.filter { $0.kind == .dataset }, to: start, within: sentence)
            let model = nearest(matches.filter { $0.kind == .model }, to: start, within: sentence)
            let kind: ClaimKind = unit == "x" ? .relative : (numberText.hasPrefix("+") ? .delta : .absolute)
            let evidenceStart = max(sentence.lowerBound, start - 60)
            let evidenceEnd = min(sentence.upperBound, end + 20)
            claims.append(ClaimFinding(
                model: model?.name, dataset: dataset?.name, split: nil, metric: metric?.name,
                value: abs(value), valueMax: nil, unit: unit, kind: kind, baseline: nil, setting: nil,
                evidence: scalarText.substring(evidenceStart, evidenceEnd), evidenceField: .abstract,
                evidenceStart: evidenceStart, evidenceEnd: evidenceEnd, rawText: raw.trimmingCharacters(in: .whitespaces),
                rule: "number-near-metric"))
        }
        return claims
    }

    static func unit(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch trimmed {
        case "%", "\\%": return "%"
        case "point", "points", "pp": return "points"
        case "x", "×", "times": return "x"
        default: return nil
        }
    }

    /// The sentence holding an offset, as a scalar range.
    static func sentence(around offset: Int, in text: ScalarText) -> Range<Int> {
        var start = offset
        while start > 0 {
            let previous = text.scalars[start - 1]
            if previous == "." || previous == "!" || previous == "?" || previous == "\n",
               start >= text.scalars.count || text.scalars[start] == " " || text.scalars[start] == "\n" { break }
            start -= 1
        }
        var end = offset
        while end < text.scalars.count {
            let scalar = text.scalars[end]
            if scalar == "!" || scalar == "?" || scalar == "\n" { break }
            if scalar == ".", end + 1 >= text.scalars.count || text.scalars[end + 1] == " " { break }
            end += 1
        }
        while start < end, text.scalars[start] == " " { start += 1 }
        return start..<end
    }

    private func nearest(_ candidates: [GazetteerMatch], to offset: Int, within range: Range<Int>) -> GazetteerMatch? {
        candidates
            .filter { range.contains($0.mention.start) }
            .min { abs($0.mention.start - offset) < abs($1.mention.start - offset) }
    }
}

/// Maps UTF-16 offsets (NSRegularExpression's) to Unicode scalar offsets (the findings').
struct UTF16ScalarMap {
    private let scalarAtUTF16: [Int]

    init(_ text: String) {
        var map: [Int] = []
        map.reserveCapacity(text.utf16.count + 1)
        for (index, scalar) in text.unicodeScalars.enumerated() {
            for _ in 0..<scalar.utf16.count { map.append(index) }
        }
        map.append(text.unicodeScalars.count)
        scalarAtUTF16 = map
    }

    func scalarOffset(_ utf16Offset: Int) -> Int {
        scalarAtUTF16[min(max(0, utf16Offset), scalarAtUTF16.count - 1)]
    }
}
