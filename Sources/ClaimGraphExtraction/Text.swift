import Foundation

/// FNV-1a over scalars: the allocation-free fingerprint every word and name key is compared by.
struct KeyHasher {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    var value: UInt64 = KeyHasher.seed
    var count = 0

    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar) {
        value ^= UInt64(scalar.value)
        value &*= 0x0000_0100_0000_01B3
        count += 1
    }

    /// Adds a scalar as `NameKey` keeps it: lower-cased letters and digits, and "+" as "plus".
    @inline(__always)
    mutating func addKey(_ scalar: Unicode.Scalar) {
        if let kept = KeyHasher.keyScalar(scalar) {
            add(kept)
        } else if scalar == "+" {
            add("p"); add("l"); add("u"); add("s")
        }
    }

    @inline(__always)
    static func keyScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 { return scalar }
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 32) }
        if v > 0x7F && scalar.properties.isAlphabetic { return scalar.properties.lowercaseMapping.unicodeScalars.first }
        return nil
    }

    @inline(__always)
    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 32)! }
        return scalar
    }

    /// The fingerprint of a name's key (the same as hashing the scalars of `NameKey.of(name)`).
    static func key(_ text: String) -> (hash: UInt64, count: Int) {
        var hasher = KeyHasher()
        // ASCII from the bytes (a byte below 0x80 is its scalar); iterating `unicodeScalars` decodes each.
        var text = text
        let ascii = text.withUTF8 { bytes -> Bool in
            for byte in bytes {
                if byte >= 0x80 { return false }
                hasher.addKey(Unicode.Scalar(byte))
            }
            return true
        }
        if !ascii {
            hasher = KeyHasher()
            for scalar in text.unicodeScalars { hasher.addKey(scalar) }
        }
        return (hasher.value, hasher.count)
    }

    /// The fingerprint of a word as written, lower-cased (for word lists).
    static func word(_ text: String) -> UInt64 {
        var hasher = KeyHasher()
        for scalar in text.unicodeScalars { hasher.add(lower(scalar)) }
        return hasher.value
    }

    static func words(_ list: [String]) -> FingerprintSet {
        FingerprintSet(list.map(word))
    }
}

/// How a word is written, which is most of what tells a name from an ordinary word.
struct Shape: OptionSet, Sendable {
    let rawValue: UInt16
    static let upperFirst = Shape(rawValue: 1 << 0)
    /// An upper-case letter after the first scalar: "ImageNet", "BERT", "mT5".
    static let upperInner = Shape(rawValue: 1 << 1)
    static let lower = Shape(rawValue: 1 << 2)
    static let digit = Shape(rawValue: 1 << 3)
    static let letter = Shape(rawValue: 1 << 4)
    static let hyphen = Shape(rawValue: 1 << 5)
    static let slash = Shape(rawValue: 1 << 6)
    static let plus = Shape(rawValue: 1 << 7)
    static let dot = Shape(rawValue: 1 << 8)
    static let digitFirst = Shape(rawValue: 1 << 9)
    /// Leading digits followed by two letters, the first upper case ("3DMatch"; not "540B-", "3D", "1st").
    static let digitThenWord = Shape(rawValue: 1 << 10)
}

/// A word or a punctuation scalar of a text, with its span in Unicode scalars.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, punct }
    var start: Int
    var end: Int
    var kind: Kind
    /// Fingerprint of the lower-cased text as written.
    var lower: UInt64
    /// Fingerprint of the name key (letters and digits only).
    var key: UInt64
    var keyCount: Int
    var shape: Shape
    var letters: UInt16 = 0

    var isWord: Bool { kind == .word }
    var length: Int { end - start }
    /// Letters all upper case, at least two of them: "BERT", "COCO", "MT-NLG".
    var isAllCaps: Bool { shape.contains(.upperInner) && shape.contains(.upperFirst) && !shape.contains(.lower) }
    /// Upper case after the first letter, or letters mixed with digits: written as a name, not a word.
    var isNameShaped: Bool {
        guard shape.contains(.letter), !startsWithDigit || shape.contains(.digitThenWord) else { return false }
        return shape.contains(.upperInner) || (shape.contains(.digit) && (shape.contains(.upperFirst) || shape.contains(.upperInner)))
    }
    var startsWithDigit: Bool { shape.contains(.digitFirst) }
    var letterCount: Int { Int(letters) }
    var isCapitalized: Bool { shape.contains(.upperFirst) }
    var isNumber: Bool { shape.contains(.digit) && !shape.contains(.letter) }
}

/// One field of a paper, split once into scalars, tokens and sentences.
struct FieldText {
    let field: TextField
    let text: String
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Token index ranges of the sentences.
    let sentences: [Range<Int>]
    /// The sentence of each token.
    let sentenceOf: [Int]
    /// The first word token of each sentence.
    let firstWordOfSentence: [Int]

    init(_ text: String, field: TextField) {
        self.field = field
        self.text = text
        let scalars = FieldText.scalars(of: text)
        self.scalars = scalars
        let tokens = FieldText.tokenize(scalars)
        self.tokens = tokens
        let sentences = FieldText.splitSentences(tokens, scalars: scalars)
        self.sentences = sentences
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (index, range) in sentences.enumerated() { for t in range { sentenceOf[t] = index } }
        self.sentenceOf = sentenceOf
        firstWordOfSentence = sentences.map { range in range.first { tokens[$0].kind == .word } ?? range.lowerBound }
    }

    /// Whether any token of a sentence is one of `words`.
    func sentence(_ index: Int, contains words: FingerprintSet) -> Bool {
        sentences[index].contains { words.contains(tokens[$0].lower) }
    }

    /// The text between two scalar offsets, encoded straight to UTF-8 (appending scalars to a
    /// `String.UnicodeScalarView` goes through an unspecialised iterator and costs several times more).
    /// Written into the string's own storage: no intermediate byte array, and names of up to 15
    /// bytes stay small strings with no allocation at all.
    func substring(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
        return scalars.withUnsafeBufferPointer { scalars in
            var byteCount = 0
            for i in lower..<upper {
                let v = scalars[i].value
                byteCount &+= v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            }
            return String(unsafeUninitializedCapacity: byteCount) { bytes in
                var n = 0
                for i in lower..<upper {
                    let scalar = scalars[i]
                    if scalar.value < 0x80 {
                        bytes[n] = UInt8(truncatingIfNeeded: scalar.value)
                        n &+= 1
                    } else {
                        UTF8.encode(scalar) { bytes[n] = $0; n &+= 1 }
                    }
                }
                return n
            }
        }
    }

    func text(_ index: Int) -> String { substring(tokens[index].start, tokens[index].end) }

    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return substring(tokens[first].start, tokens[last].end)
    }

    func mention(_ range: Range<Int>) -> Mention {
        Mention(text: text(range), field: field, start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
    }

    func mention(start: Int, end: Int) -> Mention {
        Mention(text: substring(start, end), field: field, start: start, end: end)
    }

    @inline(__always)
    func isWord(_ index: Int, _ words: FingerprintSet) -> Bool {
        index >= 0 && index < tokens.count && words.contains(tokens[index].lower)
    }

    @inline(__always)
    func isPunct(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punct && scalars[tokens[index].start] == scalar
    }

    @inline(__always)
    func scalar(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// Whether only spaces (no newline-free punctuation) separate two adjacent tokens.
    func spaced(_ left: Int, _ right: Int) -> Bool {
        var i = tokens[left].end
        while i < tokens[right].start {
            if !FieldText.isSpace(scalars[i]) { return false }
            i += 1
        }
        return true
    }

    /// Whether two tokens touch (no scalar between them).
    func touching(_ left: Int, _ right: Int) -> Bool { tokens[left].end == tokens[right].start }

    func sentenceRange(of token: Int) -> Range<Int> { sentences[sentenceOf[token]] }

    // MARK: - Tokenizing

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == " " || s == "\n" || s == "\t" || s == "\r" }
        return s.value == 0xA0 || s.properties.isWhitespace
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A || v >= 0x41 && v <= 0x5A || v >= 0x30 && v <= 0x39 }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    /// The scalars of a text, decoded straight from its UTF-8 (iterating `unicodeScalars` and
    /// appending costs several times more per scalar).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                // A Swift string is valid UTF-8, so the lead byte alone says how long each scalar is.
                var i = 0, n = 0
                let end = bytes.count
                let out = buffer.baseAddress!
                while i < end {
                    let byte = bytes[i]
                    if byte < 0x80 {
                        out[n] = Unicode.Scalar(byte)
                        i &+= 1; n &+= 1
                        continue
                    }
                    let b0 = UInt32(byte)
                    var value: UInt32
                    if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    out[n] = Unicode.Scalar(value).unsafelyUnwrapped
                    n &+= 1
                }
                initialized = n
            }
        }
    }

    /// Words hold together internal "-", "/", "_", "@" and "." (only between digits or before a
    /// lower-case letter, so "data.Specifically" still splits), and a trailing "+" ("HumanEval+").
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        // Over a buffer pointer: indexing the array re-checked bounds and ownership at every scalar.
        scalars.withUnsafeBufferPointer { tokenize($0) }
    }

    private static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        // Abstracts run to about one token in four scalars, often more: reserve enough never to grow.
        tokens.reserveCapacity(scalars.count / 3 + 8)
        let count = scalars.count
        var index = 0
        while index < count {
            let s = scalars[index]
            if isSpace(s) { index += 1; continue }
            if isURL(scalars, at: index) {
                var end = index
                while end < count, !isSpace(scalars[end]) { end += 1 }
                tokens.append(Token(start: index, end: end, kind: .punct, lower: 0, key: KeyHasher.seed, keyCount: 0, shape: []))
                index = end
                continue
            }
            if !isWordScalar(s) {
                var hasher = KeyHasher()
                hasher.add(s)
                tokens.append(Token(start: index, end: index + 1, kind: .punct, lower: hasher.value, key: KeyHasher.seed, keyCount: 0, shape: []))
                index += 1
                continue
            }
            let start = index
            var end = index + 1
            while end < count {
                let c = scalars[end]
                if isWordScalar(c) { end += 1; continue }
                if end + 1 < count, isWordScalar(scalars[end + 1]) {
                    let next = scalars[end + 1]
                    if c == "-" || c == "/" || c == "_" || c == "@" { end += 2; continue }
                    if c == ".", isDigit(scalars[end - 1]) && isDigit(next) || (!isUpper(next) && !isDigit(next) && isWordScalar(scalars[end - 1]) && end - start <= 3) {
                        end += 2; continue
                    }
                }
                // A trailing "+" belongs to the name ("HumanEval+"); one between words joins two ("RetinaNet+PVT").
                if c == "+" {
                    var plusEnd = end + 1
                    while plusEnd < count && scalars[plusEnd] == "+" { plusEnd += 1 }
                    if plusEnd >= count || !isWordScalar(scalars[plusEnd]) { end = plusEnd }
                }
                break
            }
            var lower = KeyHasher(), key = KeyHasher()
            var shape: Shape = isDigit(s) ? [.digitFirst] : []
            if isDigit(s) {
                var k = start
                while k < end, isDigit(scalars[k]) { k += 1 }
                // At least three letters, so units ("4TB", "540B-") are not names.
                if k + 2 < end, isUpper(scalars[k]), isWordScalar(scalars[k + 1]), !isDigit(scalars[k + 1]), isWordScalar(scalars[k + 2]), !isDigit(scalars[k + 2]) {
                    shape.insert(.digitThenWord)
                }
            }
            var letters: UInt16 = 0
            for i in start..<end {
                let c = scalars[i]
                let v = c.value
                // ASCII by ranges first: the general path below asks Unicode properties and optionals
                // of every scalar. Same fingerprints and shape, scalar for scalar.
                if v &- 0x61 < 26 {
                    lower.add(c); key.add(c)
                    shape.insert(.letter); shape.insert(.lower)
                    letters &+= 1
                    continue
                }
                if v &- 0x30 < 10 {
                    lower.add(c); key.add(c)
                    shape.insert(.digit)
                    continue
                }
                lower.add(KeyHasher.lower(c))
                key.addKey(c)
                if isDigit(c) { shape.insert(.digit) } else if isWordScalar(c) {
                    shape.insert(.letter)
                    letters &+= 1
                    if isUpper(c) {
                        // An upper-case letter after a hyphen starts a word ("Self-Supervised"), it is not inner.
                        if i == start { shape.insert(.upperFirst) } else if isWordScalar(scalars[i - 1]) { shape.insert(.upperInner) } else if i + 1 < end, isUpper(scalars[i + 1]) { shape.insert(.upperInner) }
                    } else { shape.insert(.lower) }
                } else if c == "-" { shape.insert(.hyphen) } else if c == "/" { shape.insert(.slash) } else if c == "+" { shape.insert(.plus) } else if c == "." { shape.insert(.dot) }
            }
            tokens.append(Token(start: start, end: end, kind: .word, lower: lower.value, key: key.value, keyCount: key.count, shape: shape, letters: letters))
            index = end
        }
        return tokens
    }

    /// "http://", "https://", "www.": a link, whose words are no names.
    @inline(__always)
    static func isURL(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> Bool {
        let first = KeyHasher.lower(scalars[index])
        guard first == "h" || first == "w" else { return false }
        guard index == 0 || isSpace(scalars[index - 1]) || scalars[index - 1] == "(" || scalars[index - 1] == ":" else { return false }
        // Scalar by scalar rather than over prefix strings: most words starting with "h" or "w"
        // ("we", "which") come here, and iterating a String's scalars costs far more.
        func at(_ offset: Int, _ scalar: Unicode.Scalar) -> Bool {
            index + offset < scalars.count && KeyHasher.lower(scalars[index + offset]) == scalar
        }
        if first == "w" { return at(1, "w") && at(2, "w") && at(3, ".") }
        guard at(1, "t"), at(2, "t"), at(3, "p") else { return false }
        return at(4, ":") && at(5, "/") && at(6, "/") || at(4, "s") && at(5, ":") && at(6, "/") && at(7, "/")
    }

    /// Sentence ends: ".", "!" or "?" before an upper-case word or a digit, unless the word before
    /// is an abbreviation ("e.g.", "vs.", "et al.").
    static func splitSentences(_ tokens: [Token], scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where tokens[index].kind == .punct {
            let s = scalars[tokens[index].start]
            guard s == "." || s == "!" || s == "?" else { continue }
            let next = index + 1
            if next < tokens.count {
                let first = scalars[tokens[next].start]
                guard isUpper(first) || isDigit(first) || first == "(" || first == "[" else { continue }
                if s == ".", index > 0, Words.abbreviations.contains(tokens[index - 1].lower) { continue }
                // "59.\n4%": a number broken across a line.
                if s == ".", index > 0, tokens[index - 1].isNumber, tokens[index - 1].end == tokens[index].start, isDigit(first) { continue }
                // "data.Specifically": no space, but a sentence all the same when a word ends with a lower-case letter.
                if tokens[index].end == tokens[next].start, !(index > 0 && tokens[index - 1].shape.contains(.lower) && isUpper(first)) { continue }
            }
            result.append(start..<(index + 1))
            start = index + 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        if result.isEmpty { result.append(0..<0) }
        return result
    }
}
