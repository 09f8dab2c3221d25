/// "Long Form (ACRO)" or "ACRO (Long Form)": an abbreviation and what it stands for.
struct Acronym {
    var field: TextField
    /// The tokens of the short form.
    var short: Range<Int>
    /// The tokens of the long form.
    var long: Range<Int>
    /// A long form in lower case ("question answering (QA)") names a concept, not a dataset or model.
    var isConcept: Bool
    var sentence: Int
}

/// Finds abbreviations defined in parentheses, after Schwartz and Hearst (2003): every letter of the
/// short form appears in order in the long form, the first at the start of a word.
enum AcronymFinder {
    static func find(in text: FieldText) -> [Acronym] {
        var result: [Acronym] = []
        let tokens = text.tokens
        for open in tokens.indices where text.isPunct(open, "(") {
            // "Long Form (ACRO)"
            if open + 2 < tokens.count, tokens[open + 1].isWord, text.isPunct(open + 2, ")") || text.isPunct(open + 2, ",") || text.isPunct(open + 2, ";") {
                let short = open + 1
                let token = tokens[short]
                if token.keyCount >= 2, token.keyCount <= 12, token.shape.contains(.letter),
                   token.shape.contains(.upperFirst) || token.shape.contains(.upperInner),
                   let long = longForm(short: short, before: open, in: text) {
                    result.append(Acronym(
                        field: text.field, short: short..<(short + 1), long: long,
                        isConcept: isLowercase(long, in: text) && piecesStartWords(short, long, in: text), sentence: text.sentenceOf[short]))
                    continue
                }
            }
            // "ACRO (Long Form)"
            if open > 0, tokens[open - 1].isWord, tokens[open - 1].isNameShaped || tokens[open - 1].isAllCaps {
                var close = open + 1
                while close < tokens.count, close - open <= 12, !text.isPunct(close, ")") { close += 1 }
                guard close < tokens.count, close - open >= 3, text.isPunct(close, ")") else { continue }
                let inner = (open + 1)..<close
                if matches(short: open - 1, long: inner, in: text) {
                    result.append(Acronym(
                        field: text.field, short: (open - 1)..<open, long: inner,
                        isConcept: isLowercase(inner, in: text), sentence: text.sentenceOf[open]))
                }
            }
        }
        return result
    }

    /// A lower-case long form, unless it ends in a singular "model", "network" ...: "a hierarchical
    /// transformer model (HMDE)" names one model; "vision foundation models (VFM)" a kind of them.
    private static func isLowercase(_ range: Range<Int>, in text: FieldText) -> Bool {
        if let last = range.last, text.isWord(last, singularMethodNouns) { return false }
        for t in range where text.tokens[t].isWord {
            let shape = text.tokens[t].shape
            if shape.contains(.upperFirst) || shape.contains(.upperInner) {
                // A capitalised first word alone does not make a name ("Vision transformers").
                if t == range.lowerBound && !shape.contains(.upperInner) { continue }
                return false
            }
        }
        return true
    }

    /// Whether each written-out piece of a short form starts a word of the long form: "Real-SR" and
    /// "ConvNet" abbreviate ("real-world ... super-resolution", "convolutional ... network"), while
    /// "DR-Tune" coins a name ("Tune" starts no word of "distribution regularization with ...").
    private static func piecesStartWords(_ short: Int, _ long: Range<Int>, in text: FieldText) -> Bool {
        let token = text.tokens[short]
        var end = token.end
        if end - token.start >= 3, text.scalars[end - 1] == "s", FieldText.isUpper(text.scalars[end - 2]) { end -= 1 }
        // Pieces: an upper-case letter with the lower-case letters after it, or a lower-case run.
        var pieces: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var i = token.start
        while i < end {
            let s = text.scalars[i]
            if !FieldText.isWordScalar(s) || FieldText.isDigit(s) {
                if current.count > 1 { pieces.append(current) }
                current = []
            } else if FieldText.isUpper(s) {
                if current.count > 1 { pieces.append(current) }
                current = [KeyHasher.lower(s)]
            } else {
                current.append(s)
            }
            i += 1
        }
        if current.count > 1 { pieces.append(current) }
        guard !pieces.isEmpty else { return true }
        var wordStarts: [Int] = []
        for t in long where text.tokens[t].isWord {
            var k = text.tokens[t].start
            wordStarts.append(k)
            while k < text.tokens[t].end {
                if text.scalars[k] == "-" { wordStarts.append(k + 1) }
                k += 1
            }
        }
        return pieces.allSatisfy { piece in
            wordStarts.contains { start in
                piece.indices.allSatisfy { offset in
                    start + offset < text.scalars.count && KeyHasher.lower(text.scalars[start + offset]) == piece[offset]
                }
            }
        }
    }

    static let singularMethodNouns = KeyHasher.words([
        "model", "network", "framework", "architecture", "encoder", "decoder", "system", "method", "approach",
        "algorithm", "agent", "pipeline", "transformer", "module", "estimator", "detector", "benchmark", "dataset",
        "corpus",
    ])

    private static func shortLetters(_ index: Int, in text: FieldText) -> [Unicode.Scalar] {
        var letters: [Unicode.Scalar] = []
        let token = text.tokens[index]
        for i in token.start..<token.end { if let s = KeyHasher.keyScalar(text.scalars[i]) { letters.append(s) } }
        // A plural "s" after capitals is not a letter of the long form: "LLMs", "TTMs".
        if letters.count > 2, text.scalars[token.end - 1] == "s", FieldText.isUpper(text.scalars[token.end - 2]) { letters.removeLast() }
        return letters
    }

    /// The tokens before `open` that the short form abbreviates, if any.
    private static func longForm(short: Int, before open: Int, in text: FieldText) -> Range<Int>? {
        let letters = shortLetters(short, in: text)
        guard !letters.isEmpty else { return nil }
        let maxWords = min(letters.count + 5, letters.count * 2)
        var first = open
        var words = 0
        while first > 0, words < maxWords {
            let previous = first - 1
            let token = text.tokens[previous]
            if !token.isWord, !(text.isPunct(previous, "-")) { break }
            if text.sentenceOf[previous] != text.sentenceOf[open] { break }
            if token.isWord { words += 1 }
            first = previous
        }
        guard first < open else { return nil }
        guard let start = match(letters, in: text, from: text.tokens[first].start, to: text.tokens[open - 1].end) else { return nil }
        var startToken = first
        while startToken < open, text.tokens[startToken].end <= start { startToken += 1 }
        guard startToken < open else { return nil }
        return startToken..<open
    }

    private static func matches(short: Int, long: Range<Int>, in text: FieldText) -> Bool {
        let letters = shortLetters(short, in: text)
        guard letters.count >= 2 else { return false }
        guard let start = match(letters, in: text, from: text.tokens[long.lowerBound].start, to: text.tokens[long.upperBound - 1].end) else { return false }
        return start == text.tokens[long.lowerBound].start
    }

    /// Where in `from..<to` the long form starts, matching letters right to left.
    private static func match(_ letters: [Unicode.Scalar], in text: FieldText, from: Int, to: Int) -> Int? {
        var s = letters.count - 1
        var l = to - 1
        while s >= 0 {
            let c = letters[s]
            while l >= from {
                let here = KeyHasher.keyScalar(text.scalars[l])
                let atWordStart = l == from || KeyHasher.keyScalar(text.scalars[l - 1]) == nil
                if here == c && (s > 0 || atWordStart) { break }
                l -= 1
            }
            if l < from { return nil }
            l -= 1
            s -= 1
        }
        // The long form starts at the word holding the first matched letter.
        var start = l + 1
        while start > from, KeyHasher.keyScalar(text.scalars[start - 1]) != nil { start -= 1 }
        // The first letter must start the first word (not be buried in it).
        return start
    }
}
