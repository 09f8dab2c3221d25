/// Finds numbers reported as results in an abstract and binds each to what it measures:
/// metric, dataset and split, model, baseline and setting.
struct ClaimReader {
    let reader: PaperReader
    /// The abstract, held once (a computed copy would retain its arrays at every use in the scanning loops).
    let text: FieldText

    /// The paper's proposed model, read once: the table does not change while claims are read,
    /// and scanning its records copied each one for every claim.
    let proposed: String?

    init(reader: PaperReader) {
        self.reader = reader
        self.text = reader.abstract
        self.proposed = reader.table.records.first { $0.kind == .model && $0.modelRole == .proposed || $0.kind == .model && $0.contributed }?.name
    }

    /// A number as written, with what is glued to it.
    struct Number {
        var start: Int
        var end: Int
        var value: Double
        var valueMax: Double?
        var unit: String?
        var signed = false
        var isInteger: Bool
        /// A magnitude suffix ("7B", "35.4G"): a size, not a score, unless it is saved FLOPs.
        var magnitude: Unicode.Scalar?
        /// The token index of the number's first scalar.
        var token: Int = 0
        var lastToken: Int = 0
        var metric: (name: String, start: Int, end: Int)?
        var sharesTrailingMetric = false
    }

    func claims() -> [ClaimFinding] {
        var numbers = scanNumbers()
        guard !numbers.isEmpty else { return [] }
        for i in numbers.indices {
            numbers[i].token = tokenIndex(at: numbers[i].start)
            numbers[i].lastToken = tokenIndex(at: numbers[i].end - 1)
        }
        let groups = group(numbers)
        var claims: [ClaimFinding] = []
        var lastDataset: (name: String, sentence: Int)?
        var bySentence: [Int: ClaimFinding] = [:]
        for members in groups {
            guard let accepted = accept(members, numbers) else { continue }
            let bound = bind(accepted, numbers, lastDataset: &lastDataset, previous: { bySentence[$0] })
            if let last = bound.last { bySentence[text.sentenceOf[accepted[0].token]] = last }
            claims += bound
        }
        return claims
    }

    // MARK: - Scanning

    private func scanNumbers() -> [Number] {
        let s = text.scalars
        var result: [Number] = []
        var i = 0
        while i < s.count {
            guard FieldText.isDigit(s[i]) else { i += 1; continue }
            var signed = false
            if i > 0 {
                let p = s[i - 1]
                if FieldText.isWordScalar(p) {
                    // Glued to a word: only a function word may lose its space ("and9.4x", "sim0.6").
                    var w = i - 1
                    while w > 0, FieldText.isWordScalar(s[w - 1]) { w -= 1 }
                    let glued = w == 0 || FieldText.isSpace(s[w - 1]) || s[w - 1] == "$" || s[w - 1] == "\\"
                    if !(glued && Words.gluedPrefixes.contains(lowerHash(w, i))) || FieldText.isDigit(p) {
                        i = skipWord(i); continue
                    }
                } else if p == "-" || p == "/" || p == "@" || p == "_" || p == "." || p == ":" || p == "^" || p == "=" {
                    if i >= 2, FieldText.isWordScalar(s[i - 2]) || s[i - 2] == ")" || s[i - 2] == "." { i = skipWord(i); continue }
                    if p == "-", i >= 2, !FieldText.isSpace(s[i - 2]) && s[i - 2] != "(" { i = skipWord(i); continue }
                } else if p == "+" {
                    signed = i < 2 || !FieldText.isWordScalar(s[i - 2])
                }
            }
            guard var number = readNumber(at: i) else { i += 1; continue }
            number.signed = signed
            // "64x64", "224×224", "6-fold", "5-shot", "10-times": dimensions and compounds, not results.
            let e = number.end
            // "(1) train", "2) Data Imbalance": enumerations.
            if number.isInteger, e < s.count, s[e] == ")", i == 0 || s[i - 1] == "(" || FieldText.isSpace(s[i - 1]) { i = e + 1; continue }
            if e + 1 < s.count, s[e] == "x" || s[e] == "×" || s[e] == "X", FieldText.isDigit(s[e + 1]) { i = skipWord(e + 1); continue }
            if e + 1 < s.count, s[e] == "-", FieldText.isWordScalar(s[e + 1]), !FieldText.isDigit(s[e + 1]) { i = skipWord(e + 1); continue }
            readUnit(&number)
            result.append(number)
            i = max(number.end, i + 1)
        }
        return result
    }

    /// The fingerprint of a stretch of the abstract, lower-cased.
    private func lowerHash(_ start: Int, _ end: Int) -> UInt64 {
        var hasher = KeyHasher()
        for k in start..<end { hasher.add(KeyHasher.lower(text.scalars[k])) }
        return hasher.value
    }

    private func skipWord(_ i: Int) -> Int {
        var j = i
        while j < text.scalars.count, FieldText.isWordScalar(text.scalars[j]) || text.scalars[j] == "." && j + 1 < text.scalars.count && FieldText.isDigit(text.scalars[j + 1]) { j += 1 }
        return j
    }

    /// Digits, thousands commas and one decimal part (a line break may split it: "87.\n1").
    private func readNumber(at start: Int) -> Number? {
        let s = text.scalars
        var j = start
        var digitCount = 0
        while j < s.count {
            if FieldText.isDigit(s[j]) { digitCount += 1; j += 1; continue }
            if s[j] == ",", j + 3 < s.count, FieldText.isDigit(s[j + 1]), FieldText.isDigit(s[j + 2]), FieldText.isDigit(s[j + 3]),
               j + 4 >= s.count || !FieldText.isDigit(s[j + 4]) {
                j += 1; continue
            }
            break
        }
        let integerEnd = j
        var isInteger = true
        var fractionStart = j
        if j + 1 < s.count, s[j] == "." {
            var k = j + 1
            if s[k] == "\n" { k += 1 }
            if k < s.count, FieldText.isDigit(s[k]) {
                isInteger = false
                j = k
                fractionStart = k
                while j < s.count, FieldText.isDigit(s[j]) { j += 1 }
            }
        }
        // The digits (no thousands commas, no line break) written once into a string's own storage,
        // then parsed as before: appending scalar by scalar cost more than the parse.
        let length = digitCount + (isInteger ? 0 : 1 + j - fractionStart)
        let digits = String(unsafeUninitializedCapacity: length) { bytes in
            var n = 0
            for i in start..<integerEnd where FieldText.isDigit(s[i]) {
                bytes[n] = UInt8(truncatingIfNeeded: s[i].value); n += 1
            }
            if !isInteger {
                bytes[n] = UInt8(ascii: "."); n += 1
                for i in fractionStart..<j { bytes[n] = UInt8(truncatingIfNeeded: s[i].value); n += 1 }
            }
            return n
        }
        guard let value = Double(digits) else { return nil }
        return Number(start: start, end: j, value: value, unit: nil, isInteger: isInteger)
    }

    /// What follows a number: "%", "\%", " points", "x", "×", " times", "6times", "B", "G FLOPs", a range.
    private func readUnit(_ number: inout Number) {
        let s = text.scalars
        var j = number.end
        func word(at k: Int) -> (hash: UInt64, end: Int) {
            var e = k
            var hasher = KeyHasher()
            while e < s.count, FieldText.isWordScalar(s[e]) { hasher.add(KeyHasher.lower(s[e])); e += 1 }
            return (hasher.value, e)
        }
        func unit(at k: Int) -> (String, Int)? {
            var k = k
            if k < s.count, s[k] == "\\", k + 1 < s.count, s[k + 1] == "%" { return ("%", k + 2) }
            if k < s.count, s[k] == "%" || s[k] == "％" { return ("%", k + 1) }
            if k < s.count, s[k] == "×" { return ("x", k + 1) }
            if k < s.count, s[k] == "x" || s[k] == "X" || s[k] == "×" {
                if k + 1 >= s.count || !FieldText.isWordScalar(s[k + 1]) { return ("x", k + 1) }
            }
            let glued = k < s.count && FieldText.isWordScalar(s[k])
            if glued {
                let w = word(at: k)
                if w.hash == Self.timesWord { return ("x", w.end) }
                if w.hash == Self.ppWord { return ("points", w.end) }
                return nil
            }
            while k < s.count, s[k] == " " || s[k] == "\n" { k += 1 }
            if k < s.count, s[k] == "%" { return ("%", k + 1) }
            if k < s.count, s[k] == "\\", k + 1 < s.count, s[k + 1] == "%" { return ("%", k + 2) }
            if k < s.count, s[k] == "×" { return ("x", k + 1) }
            let w = word(at: k)
            if Words.pointWords.contains(w.hash) { return ("points", w.end) }
            if Words.percentWord.contains(w.hash) { return ("%", w.end) }
            if w.hash == Self.timesWord || w.hash == Self.foldWord { return ("x", w.end) }
            return nil
        }
        if j < s.count, FieldText.isWordScalar(s[j]), !(s[j] == "x" || s[j] == "X") {
            // A magnitude: "7B", "35.4G", "100K", "1.3M"; or a word glued on ("3D", "2nd", "6times").
            let w = word(at: j)
            if w.end - j == 1, "KMBGTkmbgt".unicodeScalars.contains(s[j]) {
                number.magnitude = s[j]
                number.end = w.end
                return
            }
            if let (u, end) = unit(at: j) { number.unit = u; number.end = end; return }
            number.magnitude = s[j]
            return
        }
        // A range: "12-38\%", "3% to 16%", "3–5x".
        if let (u, end) = unit(at: j) {
            number.unit = u
            j = end
        }
        var k = j
        var connector = false
        if k < s.count, s[k] == "-" || s[k] == "–" || s[k] == "~" || s[k] == "∼" { k += 1; connector = true } else if let after = tilde(at: k) {
            k = after; connector = true
        } else {
            var m = k
            while m < s.count, s[m] == " " { m += 1 }
            if m + 2 < s.count, s[m] == "t", s[m + 1] == "o", s[m + 2] == " " { k = m + 3; connector = true }
        }
        if connector {
            while k < s.count, s[k] == " " { k += 1 }
            let hyphenated = s[j] == "-" || s[j] == "–" || s[j] == "~" || s[j] == "∼" || tilde(at: j) != nil
            if k < s.count, FieldText.isDigit(s[k]), hyphenated || isRangeLeadIn(number), var second = readNumber(at: k) {
                readUnit(&second)
                if second.magnitude == nil, second.unit != nil, number.unit == nil || number.unit == second.unit, second.value > number.value {
                    number.valueMax = second.value
                    number.unit = second.unit
                    number.end = second.end
                    return
                }
            }
        }
        if number.unit != nil { number.end = j }
    }

    // Hashed once, not at every number.
    static let timesWord = KeyHasher.word("times")
    static let ppWord = KeyHasher.word("pp")
    static let foldWord = KeyHasher.word("fold")

    /// "sim", "\\sim", "$\\sim$" (LaTeX residue of a tilde) between two numbers, with spaces around.
    private func tilde(at start: Int) -> Int? {
        let s = text.scalars
        var k = start
        while k < s.count, s[k] == " " || s[k] == "$" || s[k] == "\\" { k += 1 }
        guard k + 2 < s.count, s[k] == "s", s[k + 1] == "i", s[k + 2] == "m" else { return nil }
        k += 3
        while k < s.count, s[k] == " " || s[k] == "$" || s[k] == "{" || s[k] == "}" { k += 1 }
        return k
    }

    /// "by approximately 3% to 16%" is a range; "from 45.3% to 50.1%" or "(70.2 to 71.7)" a before and after.
    private func isRangeLeadIn(_ number: Number) -> Bool {
        previousWords(before: number.start, count: 2).contains { Self.rangeLeadIns.contains($0) }
    }

    static let rangeLeadIns = KeyHasher.words(["by", "between", "approximately", "about", "around", "roughly", "of", "ranging", "range", "up", "nearly"])

    private func tokenIndex(at offset: Int) -> Int {
        var low = 0, high = text.tokens.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if text.tokens[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    // MARK: - Grouping

    /// Numbers joined only by connectors and metric names ("59.4% box AP and 51.6% mask AP",
    /// "75.15%|82.03%", "90.6% vs. 89.8%") share what comes after them.
    private func group(_ numbers: [Number]) -> [[Int]] {
        var groups: [[Int]] = []
        var current: [Int] = []
        for index in numbers.indices {
            if let last = current.last, connected(numbers[last], numbers[index]) {
                current.append(index)
            } else {
                if !current.isEmpty { groups.append(current) }
                current = [index]
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    private func connected(_ a: Number, _ b: Number) -> Bool {
        guard text.sentenceOf[a.lastToken] == text.sentenceOf[b.token] else { return false }
        var t = a.lastToken + 1
        while t < b.token {
            let token = text.tokens[t]
            if token.start < a.end { t += 1; continue }
            let owned = reader.owner(.abstract, t)
            if owned >= 0, reader.table[owned].kind == .metric { t += 1; continue }
            if token.isWord {
                // "(70.2 to 71.7)": a before-and-after pair in a parenthesis is one group.
                if token.lower == Self.toWord, text.isPunct(a.token - 1, "(") { t += 1; continue }
                if !Self.connectors.contains(token.lower) { return false }
            } else {
                let c = text.scalars[token.start]
                if !(c == "," || c == "|" || c == "/" || c == "." || c == "+" || c == "%" || c == "\\" || c == "$" || c == "(" || c == ")" || c == "-" || c == ">" || c == "→" || c == "~") { return false }
            }
            t += 1
        }
        return true
    }

    static let connectors = KeyHasher.words(["and", "or", "vs", "versus", "respectively", "absolute", "relative", "points", "point", "pp", "x", "times", "score", "scores", "on", "in", "of"])

    // MARK: - Accepting

    /// The members of a group that are results: a unit, a sign, or a metric beside the number.
    private func accept(_ members: [Int], _ numbers: [Number]) -> [Number]? {
        var list = members.map { numbers[$0] }
        // A unit written after a bare number carries back to it ("1.3 and 3.6 points"), never forward:
        // to every member before the last one with a unit or sign of its own.
        var lastWithUnit = -1
        for i in list.indices.reversed() where (list[i].unit != nil || list[i].signed) && list[i].magnitude == nil && !isExcluded(list[i]) {
            lastWithUnit = i
            break
        }
        let lastMetric = metricAround(list[list.count - 1], after: true)
        for i in list.indices {
            let before = metricAround(list[i], after: false)
            if let before, isDirectlyOf(list[i]) { list[i].metric = before } else {
                list[i].metric = metricAround(list[i], after: true) ?? before
            }
        }
        // "WERs of 39.94% and 41.64%": a metric written before the first number names the others of its kind.
        if list.count > 1, lastMetric == nil, let shared = list[0].metric, isDirectlyOf(list[0]) || text.isPunct(list[0].token - 1, "(") {
            for i in list.indices.dropFirst() where list[i].metric == nil && list[i].unit == list[0].unit && list[i].magnitude == nil { list[i].metric = shared }
        }
        // "AP (70.2 to 71.7)": the after value of a before-and-after pair is in the same metric.
        for i in list.indices.dropFirst() where list[i].metric == nil && list[i - 1].metric != nil && list[i].unit == list[i - 1].unit
            && text.isPunct(list[i - 1].token - 1, "(") && isToPair(list[i - 1], list[i]) {
            list[i].metric = list[i - 1].metric
        }
        if list.count > 1, list[list.count - 1].metric != nil {
            // "6.54 and 1.07 decrease in FID and sFID": the metrics after the last number belong to all.
            for i in list.indices.dropLast() where list[i].metric == nil { list[i].sharesTrailingMetric = true }
        }
        var accepted: [Number] = []
        for (position, var number) in list.enumerated() {
            let groupHasUnit = position < lastWithUnit
            if number.magnitude != nil {
                if isSavedCompute(number) { number.metric = ("FLOPs", number.end, number.end); accepted.append(number) }
                continue
            }
            if isExcluded(number) { continue }
            if number.unit != nil || number.signed {
                accepted.append(number)
            } else if !number.isInteger || number.value < 100, groupHasUnit || number.metric != nil || lastMetric != nil && number.sharesTrailingMetric {
                if number.isInteger && number.metric == nil { continue }
                if number.isInteger && number.value >= 1900 { continue }
                if number.metric == nil && !groupHasUnit && !isChangeBeside(number) && !isMetricOf(number) && !number.sharesTrailingMetric { continue }
                accepted.append(number)
            } else if isChangeBeside(number) && !number.isInteger || isOnDataset(number) {
                accepted.append(number)
            }
        }
        // Units carry over within a group: "1.3 and 3.6 points" (only to numbers without one).
        // Not out of a parenthesis: in "F1 to 93.2 (1.5 point improvement)" the points are the gain's.
        if let unit = accepted.last(where: { $0.unit != nil })?.unit {
            for i in accepted.indices where accepted[i].unit == nil && accepted[i].magnitude == nil && accepted[i].metric?.name != "FLOPs" {
                guard let source = accepted[(i + 1)...].first(where: { $0.unit != nil }),
                      !(accepted[i].lastToken..<source.token).contains(where: { text.isPunct($0, "(") }) else { continue }
                if !accepted[i].isInteger || unit != "%" { accepted[i].unit = unit }
            }
        }
        return accepted.isEmpty ? nil : accepted
    }

    /// A share of resources, a size or a setting rather than a result.
    private func isExcluded(_ number: Number) -> Bool {
        let after = nextWords(from: skipPairedNumbers(number.end), count: 4)
        let before = previousWords(before: number.start, count: 3)
        if number.unit == "%", let first = after.first, Self.lessWords.contains(first), after.dropFirst().prefix(2).contains(where: { Words.parameterNouns.contains($0) }) { return true }
        // "0.6% of the trainable parameters", "10% of labeled data", "with 1% labels"
        if number.unit == "%" {
            if let first = after.first, first == Words.of {
                if after.dropFirst().prefix(3).contains(where: { Words.parameterNouns.contains($0) || Self.dataNouns.contains($0) }) { return true }
            }
            if let first = after.first, Self.dataNouns.contains(first) || Words.parameterNouns.contains(first) || Self.settingPercentNouns.contains(first) { return true }
            if before.contains(where: { Self.settingPercentNouns.contains($0) }) { return true }
            // "masking ratio (i.e., 90% to 95%)": the second of a pair is a setting like the first.
            if before.first == Self.toWord, previousWords(before: number.start, count: 7).contains(where: { Self.settingPercentNouns.contains($0) }) { return true }
            // "masking a high proportion of the input image, e.g., 75%": an example of the setting just named.
            if before.prefix(2).contains(where: { Self.forExample.contains($0) }), previousWords(before: number.start, count: 10).contains(where: { Self.settingPercentNouns.contains($0) }) { return true }
        }
        // "7.5x fewer parameters", "106X less total parameters", "14X cut in learnable parameters"
        if number.unit == "x" {
            if after.contains(where: { Words.parameterNouns.contains($0) }) { return true }
        }
        // "16 out of 19", "5-shot", "top-5"
        if number.unit == nil, number.isInteger, let first = after.first, Words.countNouns.contains(first) { return true }
        return false
    }

    static let toWord = KeyHasher.word("to")
    static let forExample = KeyHasher.words(["e.g", "i.e", "eg", "ie"])
    static let lessWords = KeyHasher.words(["fewer", "less", "more", "smaller", "larger"])

    /// Past "/52%" and "|82.03%" pieces that share what follows: "35%/52% fewer parameters".
    private func skipPairedNumbers(_ offset: Int) -> Int {
        var k = offset
        let s = text.scalars
        while k + 1 < s.count, s[k] == "/" || s[k] == "|", FieldText.isDigit(s[k + 1]) {
            k += 1
            while k < s.count, FieldText.isDigit(s[k]) || s[k] == "." || s[k] == "%" || s[k] == "\\" { k += 1 }
        }
        return k
    }

    static let dataNouns = KeyHasher.words([
        "data", "labels", "labeled", "labelled", "annotations", "annotated", "samples", "examples", "images", "tokens",
        "training", "trainable", "videos", "queries", "frames", "pixels", "instances", "utterances", "sentences",
        "documents", "hours", "subset", "patches", "pairs", "corpus", "dataset", "budget", "compute", "time",
    ])
    static let settingPercentNouns = KeyHasher.words([
        "sparsity", "masking", "ratio", "pruning", "pruned", "dropout", "confidence", "percentile",
        "quantile", "overlap", "noise", "corruption", "split", "splits", "occlusion",
    ])

    /// "FID of 7.4", "accuracy = 91.2": the metric is named right before.
    private func isDirectlyOf(_ number: Number) -> Bool {
        let t = number.token - 1
        return text.isWord(t, Words.Inline.ofIsTo) || text.isPunct(t, "=") || text.isPunct(t, ":")
    }

    /// "saving at least 35.4G FLOPs": computation saved is a result.
    private func isSavedCompute(_ number: Number) -> Bool {
        guard number.magnitude == "G" || number.magnitude == "T" || number.magnitude == "M" else { return false }
        let after = nextWords(from: number.end, count: 1)
        guard let first = after.first, Self.computeNouns.contains(first) else { return false }
        return previousWords(before: number.start, count: 4).contains { Self.savingWords.contains($0) }
    }

    static let computeNouns = KeyHasher.words(["flops", "macs", "gflops", "flop"])
    static let savingWords = KeyHasher.words(["saving", "saves", "save", "saved", "reducing", "reduces", "reduce", "reduced", "cutting", "cuts", "fewer", "less"])

    /// "6.54 and 1.07 decrease in FID", "(2.16 absolute improvement)": a change noun right after.
    private func isChangeBeside(_ number: Number) -> Bool {
        let after = nextWords(from: number.end, count: 2)
        guard let first = after.first else { return false }
        if Words.changeNouns.contains(first) { return true }
        return Self.changeQualifiers.contains(first) && after.count > 1 && Words.changeNouns.contains(after[1])
    }

    static let changeQualifiers = KeyHasher.words(["absolute", "relative", "average", "point", "points", "pp"])

    /// "18.3 on WikiText-103, 21.8 on One Billion Word": a decimal reported on a named dataset.
    private func isOnDataset(_ number: Number) -> Bool {
        guard !number.isInteger else { return false }
        var t = tokenIndex(at: number.end)
        if t < text.tokens.count, text.tokens[t].start < number.end { t += 1 }
        guard text.isWord(t, Words.onSet) else { return false }
        if text.isWord(t + 1, Words.theSet) { t += 1 }
        let owned = reader.owner(.abstract, t + 1)
        return owned >= 0 && reader.table[owned].kind == .dataset
    }

    /// "F1 of 0.4", "BLEU score of 28.4": a metric right before.
    private func isMetricOf(_ number: Number) -> Bool { metricAround(number, after: false) != nil }

    // MARK: - Words around

    /// With `ownPhrase`, the words stop at a parenthesis: "80.5% (7.7% point gain)" is not a gain.
    private func nextWords(from offset: Int, count: Int, ownPhrase: Bool = false) -> WordWindow {
        // Inline, not an array: these run several times for every number.
        var result = WordWindow(limit: count)
        var t = tokenIndex(at: offset)
        if t < text.tokens.count, text.tokens[t].start < offset { t += 1 }
        while t < text.tokens.count, result.count < count {
            // With `ownPhrase`, a name is not a word: "on DROP" holds no "drop".
            if text.tokens[t].isWord {
                if !ownPhrase || !isNamed(t) { result.append(text.tokens[t].lower) }
            } else if text.isPunct(t, ".") || text.isPunct(t, ";") || text.isPunct(t, ",") || ownPhrase && (text.isPunct(t, "(") || text.isPunct(t, ")")) { break }
            t += 1
        }
        return result
    }

    private func previousWords(before offset: Int, count: Int, ownPhrase: Bool = false) -> WordWindow {
        var result = WordWindow(limit: count)
        var t = tokenIndex(at: offset)
        if t < text.tokens.count, text.tokens[t].start >= offset { t -= 1 }
        while t >= 0, result.count < count {
            if text.tokens[t].isWord {
                if !ownPhrase || !isNamed(t) { result.append(text.tokens[t].lower) }
            } else if text.isPunct(t, ";") || text.isPunct(t, ".") && !text.isWord(t - 1, Words.abbreviations) || ownPhrase && (text.isPunct(t, "(") || text.isPunct(t, ")")) { break }
            t -= 1
        }
        return result
    }

    /// Whether a token is part of a dataset's or model's name.
    private func isNamed(_ t: Int) -> Bool {
        let owned = reader.owner(.abstract, t)
        return owned >= 0 && reader.table[owned].kind != .metric
    }

    /// The metric right after a number (skipping a unit and a few modifiers: "59.4% box AP",
    /// "0.7 points", "+2.3 mIoU", "decrease in FID") or right before it ("top-1 accuracy of 87.1%").
    private func metricAround(_ number: Number, after: Bool) -> (name: String, start: Int, end: Int)? {
        let sentence = text.sentenceRange(of: number.token)
        if after {
            var t = tokenIndex(at: number.end)
            if t < text.tokens.count, text.tokens[t].start < number.end { t += 1 }
            var steps = 0
            while t < sentence.upperBound, steps < 6 {
                if let metric = metric(at: t) { return metric }
                let token = text.tokens[t]
                let owned = reader.owner(.abstract, t)
                if owned >= 0, reader.table[owned].kind == .dataset { t += 1; steps += 1; continue }
                if token.isWord {
                    if !Self.metricLeadIns.contains(token.lower) { return nil }
                } else if !(text.isPunct(t, "%") || text.isPunct(t, "\\") || text.isPunct(t, "(")) {
                    return nil
                }
                t += 1
                steps += 1
            }
            return nil
        }
        // "and9.4x": the glued word is a conjunction, so what precedes it belongs to another number.
        if text.tokens[number.token].start < number.start { return nil }
        var t = number.token - 1
        var steps = 0
        while t >= sentence.lowerBound, steps < 5 {
            if let metric = metric(at: t) { return metric }
            let token = text.tokens[t]
            if token.isWord {
                if !Self.metricLeadOuts.contains(token.lower) { return nil }
            } else if !(text.isPunct(t, ":") || text.isPunct(t, "=") || text.isPunct(t, "(") || text.isPunct(t, ")") || text.isPunct(t, "+") || text.isPunct(t, "$") || text.isPunct(t, "\\")) {
                return nil
            }
            t -= 1
            steps += 1
        }
        return nil
    }

    static let metricLeadIns = KeyHasher.words([
        "absolute", "relative", "higher", "lower", "better", "average", "avg", "mean", "overall", "top-1", "top-5",
        "decrease", "increase", "improvement", "improvements", "gain", "gains", "drop", "boost", "reduction", "in",
        "on", "of", "terms", "points", "point", "pp", "and", "the", "with", "at", "at least", "box", "mask", "zero-shot",
        "few-shot", "test", "val", "a", "an", "new", "state-of-the-art", "sota", "improved", "increased", "decreased",
        "fewer", "less", "faster", "slower", "smaller", "cheaper", "more", "reduced", "lower-is-better", "total",
        "novel", "rare", "base", "overall", "ms", "fps",
    ])
    static let metricLeadOuts = KeyHasher.words([
        "of", "is", "was", "reaches", "reaching", "achieves", "achieving", "at", "to", "score", "scores", "by", "an",
        "a", "about", "around", "approximately", "nearly", "over", "than", "up", "under", "with", "only", "improves",
        "improving", "improved", "boosts", "increases", "reduces", "the", "gains", "gain", "improvement",
        "improvements", "significant", "substantial", "(", "more", "least",
    ])

    /// The metric whose mention covers a token, by its surface lightly normalised.
    private func metric(at t: Int) -> (name: String, start: Int, end: Int)? {
        let owned = reader.owner(.abstract, t)
        if owned >= 0, reader.table[owned].kind == .metric {
            var start = t, end = t + 1
            while start > 0, reader.owner(.abstract, start - 1) == owned { start -= 1 }
            while end < text.tokens.count, reader.owner(.abstract, end) == owned { end += 1 }
            // "box AP", "top-1 accuracy": keep a qualifier written just before the metric.
            if start > 0, text.isWord(start - 1, Self.metricQualifiers) { start -= 1 }
            var name = text.text(start..<end)
            // "WERs" is WER (but "MACs" and "GFLOPs" are names of their own: no "MAC" or "GFLOP").
            if name.count >= 3, name.hasSuffix("s"), name.dropLast().last?.isUppercase == true, end == start + 1 {
                var stem = KeyHasher()
                for i in text.tokens[start].start..<(text.tokens[start].end - 1) { stem.addKey(text.scalars[i]) }
                if reader.lexicon.index.forms[stem.value]?.contains(where: { $0.kind == .metric }) == true { name.removeLast() }
            }
            if end < text.tokens.count, text.isWord(end, Words.Inline.score) { name += " score"; end += 1 }
            return (name, text.tokens[start].start, text.tokens[end - 1].end)
        }
        // "3.6% mAPs": the plural of a metric abbreviation the lexicon knows.
        if owned < 0, text.tokens[t].isWord, text.tokens[t].end - text.tokens[t].start >= 3, text.scalars[text.tokens[t].end - 1] == "s",
           FieldText.isUpper(text.scalars[text.tokens[t].end - 2]) {
            var hasher = KeyHasher()
            for i in text.tokens[t].start..<(text.tokens[t].end - 1) { hasher.addKey(text.scalars[i]) }
            if reader.lexicon.index.forms[hasher.value]?.contains(where: { $0.kind == .metric }) == true {
                return (text.substring(text.tokens[t].start, text.tokens[t].end - 1), text.tokens[t].start, text.tokens[t].end)
            }
        }
        // A dataset or benchmark used as a metric: "1.0% GLUE score".
        if owned >= 0, reader.table[owned].kind == .dataset, text.isWord(t + 1, Words.Inline.scoreScoresAverage) {
            return (reader.table[owned].name + " score", text.tokens[t].start, text.tokens[t + 1].end)
        }
        // "overall score of 79.4": a qualified score.
        if text.isWord(t, Words.Inline.score), t > 0, text.isWord(t - 1, Self.scoreQualifiers) {
            return (text.text((t - 1)..<(t + 1)), text.tokens[t - 1].start, text.tokens[t].end)
        }
        // Words the lexicon may lack: "accuracies", "accuracy".
        if text.isWord(t, Self.fallbackMetrics) {
            var start = t
            if start > 0, text.isWord(start - 1, Self.metricQualifiers) { start -= 1 }
            var name = text.text(start..<(t + 1))
            if name.hasSuffix("accuracies") { name = String(name.dropLast(10)) + "accuracy" }
            return (name, text.tokens[start].start, text.tokens[t].end)
        }
        return nil
    }

    static let scoreQualifiers = KeyHasher.words(["overall", "average", "mean", "total", "final", "human", "aggregate"])
    static let metricQualifiers = KeyHasher.words(["overall", "top-1", "top-5", "box", "mask", "average", "mean", "macro", "micro", "weighted", "exact", "overall", "balanced", "zero-shot", "linear", "last-incremental", "pass@1"])
    static let fallbackMetrics = KeyHasher.words(["flops", "speed", "latency", "throughput", "accuracy", "accuracies", "acc", "f1", "auc", "auroc", "precision", "recall", "perplexity", "bleu", "rouge", "miou", "fid", "psnr", "ssim", "lpips", "wer", "cer", "mrr", "ndcg", "em"])

    // MARK: - Binding

    private func bind(
        _ numbers: [Number], _ all: [Number], lastDataset: inout (name: String, sentence: Int)?,
        previous previousClaimInSentence: (Int) -> ClaimFinding?
    ) -> [ClaimFinding] {
        let first = numbers[0], last = numbers[numbers.count - 1]
        let sentenceIndex = text.sentenceOf[first.token]
        let sentence = text.sentences[sentenceIndex]
        let groupEnd = tokenIndex(at: last.end - 1) + 1

        // Metrics after the group: "in FID and sFID", "in terms of top-1 accuracy".
        let trailingMetrics = metricsAfter(groupEnd, in: sentence)
        // Datasets: a list after the group ("on CIFAR100 and ImageNet-R datasets, respectively") or one.
        let trailing = datasetsAfter(groupEnd, in: sentence)
        let respectively = sentence.contains { text.tokens[$0].lower == Words.respectively }
        let preceding = datasetBefore(first.token, in: sentence)
        var dataset: (name: String, token: Int)?
        // "93.47 F1 on NER", "GAP (+11.5 F1)": a number whose own place is a name not known as a dataset
        // takes no dataset from elsewhere.
        let unknownPlace = trailing.isEmpty && ownPlaceIsUnknown(first, groupEnd: groupEnd, in: sentence)
        if let firstTrailing = trailing.first { dataset = firstTrailing } else if let preceding, !unknownPlace { dataset = preceding }
        // "SVAMP (89.1% -> 91.9%)": numbers in parentheses right after a dataset are its own.
        if let opening = openingParenthesis(before: first.token, in: sentence), let preceding, preceding.token < opening,
           reader.owner(.abstract, opening - 1) >= 0, reader.table[reader.owner(.abstract, opening - 1)].kind == .dataset {
            dataset = preceding
        }
        var carried = false
        if dataset == nil, !unknownPlace, !isBlocked(sentence), let candidate = recentDataset(before: sentence.lowerBound, sentenceIndex: sentenceIndex, lastDataset: lastDataset) {
            dataset = (candidate, -1)
            carried = true
        }
        let models = modelsAligned(numbers, groupEnd: groupEnd, in: sentence) ?? modelsListedBefore(numbers, in: sentence)
        let subject = achievedBy(groupEnd, in: sentence) ?? subjectModel(before: first.token, in: sentence) ?? proposedModel()
        let baseline = baselineModel(in: sentence, excluding: subject)
        let setting = settingOf(sentence)
        // "the previous state-of-the-art hybrid system at 8.3%/17.3% WER": the whole group is quoted.
        let quoted = isPreviousBest(first, in: sentence)

        var claims: [ClaimFinding] = []
        for (offset, number) in numbers.enumerated() {
            var metric = number.metric
            if numbers.count > 1, trailingMetrics.count == numbers.count, number.metric == nil || offset == numbers.count - 1 {
                metric = trailingMetrics[offset]
            } else if metric == nil {
                metric = trailingMetrics.first
            }
            var boundDataset = dataset
            if trailing.count == numbers.count, numbers.count > 1, respectively || trailing.count > 1 { boundDataset = trailing[offset] }
            // "7.2%/14.6% on the Switchboard/CallHome portion of the Hub5'00 test set": a slash list first aligns.
            if trailing.count > numbers.count, numbers.count > 1, trailing[numbers.count - 1].token == trailing[0].token,
               trailing[numbers.count].token != trailing[0].token {
                boundDataset = trailing[offset]
            }
            // "(ALFWorld and WebShop), ReAct outperforms ... by 34% and 10% respectively": the datasets named before.
            if trailing.isEmpty, respectively, numbers.count > 1, let before = datasetsBefore(first.token, in: sentence), before.count == numbers.count {
                boundDataset = before[offset]
            }
            // "9 times faster", "1.9x lower computation cost": a ratio measures what it compares, not the sentence's metric.
            let ratio = number.unit == "x" || nextWords(from: number.end, count: 1).contains { Self.costComparatives.contains($0) }
            // "a 12% improvement" after "gain of 7.2% on F1": the sentence's metric still holds.
            if metric == nil, !ratio, nextWords(from: number.end, count: 1).contains(where: { Self.relativeNouns.contains($0) }),
               let previous = claims.last ?? previousClaimInSentence(sentenceIndex), let name = previous.metric {
                metric = (name, number.start, number.start)
            }
            // "the GLUE score to 80.5%": a benchmark named as the metric is where the number was measured.
            if boundDataset == nil || carried, let metricName = metric?.name, metricName.hasSuffix(" score"),
               let index = reader.table.index(of: String(metricName.dropLast(6))), reader.table[index].kind == .dataset {
                boundDataset = (reader.table[index].name, -1)
            }
            // A benchmark reports its own score: "0.7 points on MTEB" is an MTEB score, and so is
            // "a 91.37% average score" on GLUE.
            if let name = metric?.name, name.hasSuffix(" score"), let first = name.split(separator: " ").first,
               Self.scoreQualifiers.contains(KeyHasher.word(String(first))),
               let boundDataset, let index = reader.table.index(of: boundDataset.name), reader.table[index].type == .benchmark {
                metric = nil
            }
            if metric == nil, !ratio, let boundDataset, let index = reader.table.index(of: boundDataset.name), reader.table[index].type == .benchmark {
                metric = (boundDataset.name + " score", number.start, number.start)
            }
            let split = boundDataset.flatMap { $0.token >= 0 ? splitAfter($0.token, in: sentence) : nil }
            let kind = kindOf(number, metric: metric?.name)
            var model = models?[offset] ?? subject
            var claimBaseline = baseline
            // "surpassing DeiT (81.8%)": a compared model's own score; "the previous record of 83.1%": nobody's here.
            if models == nil, kind == .absolute, !number.signed, let compared = comparedModelScored(number, in: sentence) {
                // "X by 1.5 AP (70.2 to 71.7)": before and after, the second is the improver's.
                if offset >= 1, isToPair(numbers[offset - 1], number), text.isPunct(numbers[offset - 1].token - 1, "(") {
                    claimBaseline = compared
                } else {
                    model = compared
                    claimBaseline = nil
                }
            } else if models == nil, quoted || isOldValue(number, in: sentence) {
                model = nil
                claimBaseline = nil
            }
            // "90.6% vs. 89.8%": the second of a pair is the baseline's.
            if numbers.count == 2, offset == 1, isVersus(numbers[0], numbers[1]), let baseline { model = baseline; claimBaseline = nil }
            if kind == .absolute && models == nil && offset == 0 && claimBaseline == model { claimBaseline = nil }
            if let over = modelAfterMargin(number), over != model { claimBaseline = over }
            // "promotes HRNet-W32 by 1.7 AP": the model before the margin is the baseline.
            if kind != .absolute, claimBaseline == nil, text.isWord(first.token - 1, Words.bySet) {
                let owned = reader.owner(.abstract, first.token - 2)
                if owned >= 0, reader.table[owned].kind == .model, reader.table[owned].name != model { claimBaseline = reader.table[owned].name }
            }
            let evidence = evidenceRange(number, metric: metric, dataset: boundDataset?.token, sentence: sentence)
            claims.append(ClaimFinding(
                model: model, dataset: boundDataset?.name, split: split, metric: metric?.name,
                value: number.value, valueMax: number.valueMax, unit: number.unit, kind: kind,
                baseline: kind == .absolute ? nil : claimBaseline, setting: setting,
                evidence: text.substring(evidence.lowerBound, evidence.upperBound), evidenceField: .abstract,
                evidenceStart: evidence.lowerBound, evidenceEnd: evidence.upperBound,
                rawText: text.substring(number.start, number.end),
                rule: rule(number, carried: carried, aligned: models != nil)))
        }
        if let dataset, !carried { lastDataset = (dataset.name, sentenceIndex) }
        if carried, let dataset { lastDataset = (dataset.name, sentenceIndex) }
        return claims
    }

    /// Whether the place a group names for itself is an unknown name: "on NER" after it, or "GAP (" before it.
    private func ownPlaceIsUnknown(_ first: Number, groupEnd: Int, in sentence: Range<Int>) -> Bool {
        if let opening = openingParenthesis(before: first.token, in: sentence), opening > sentence.lowerBound, isUnknownName(opening - 1) { return true }
        var t = groupEnd
        var sawOn = false
        while t < min(sentence.upperBound, groupEnd + 6) {
            let owned = reader.owner(.abstract, t)
            if owned >= 0 {
                guard reader.table[owned].kind == .metric, !sawOn else { return false }
            } else if text.isWord(t, Words.onSet), !sawOn {
                sawOn = true
            } else if sawOn, text.isWord(t, Words.theSet) {
            } else if text.tokens[t].isWord {
                return sawOn && isUnknownName(t)
            } else if !text.isPunct(t, "%") {
                return false
            }
            t += 1
        }
        return false
    }

    /// A capitalised or all-caps word no rule took for anything: a place the lexicon does not know.
    private func isUnknownName(_ t: Int) -> Bool {
        guard t >= 0, t < text.tokens.count, text.tokens[t].isWord, reader.owner(.abstract, t) < 0 else { return false }
        let token = text.tokens[t]
        guard token.isAllCaps || token.isNameShaped || token.isCapitalized, token.keyCount >= 2, !token.shape.contains(.digitFirst) else { return false }
        return !Words.commonCapitalized.contains(token.lower) && !reader.isSentenceStart(t, in: text)
    }

    /// "DaViT-Tiny, DaViT-Small, and DaViT-Base achieve 82.8%, 84.2%, and 84.6%": a list of models as
    /// the subject, as long as the numbers, aligns with them.
    private func modelsListedBefore(_ numbers: [Number], in sentence: Range<Int>) -> [String]? {
        guard numbers.count > 1 else { return nil }
        var t = numbers[0].token - 1
        var verbs = 0
        while t >= sentence.lowerBound, verbs < 3, text.isWord(t, Self.achieveVerbs) || text.isWord(t, Self.modalWords) { t -= 1; verbs += 1 }
        guard verbs > 0 else { return nil }
        var names: [String] = []
        while t >= sentence.lowerBound {
            let owned = reader.owner(.abstract, t)
            guard owned >= 0, reader.table[owned].kind == .model else { break }
            while t > sentence.lowerBound, reader.owner(.abstract, t - 1) == owned { t -= 1 }
            names.insert(reader.table[owned].name, at: 0)
            t -= 1
            var separated = false
            if text.isWord(t, Words.andOr) { t -= 1; separated = true }
            if text.isPunct(t, ",") { t -= 1; separated = true }
            if !separated { break }
        }
        return names.count == numbers.count && Set(names).count == names.count ? names : nil
    }

    static let modalWords = KeyHasher.words(["can", "could", "respectively", "all", "both"])

    /// The "(" that the group sits right inside, if any.
    private func openingParenthesis(before token: Int, in sentence: Range<Int>) -> Int? {
        var t = token - 1
        while t >= sentence.lowerBound, t >= token - 2 {
            if text.isPunct(t, "(") { return t }
            if !text.isPunct(t, "+") && !text.isPunct(t, "~") { return nil }
            t -= 1
        }
        return nil
    }

    private func rule(_ number: Number, carried: Bool, aligned: Bool) -> String {
        // One of 80 names, taken from a table built once: joining the parts cost more than a
        // thousand instructions a claim.
        let unitIndex: Int
        switch number.unit {
        case nil: unitIndex = number.magnitude != nil ? 3 : 4
        case "%": unitIndex = 0
        case "x": unitIndex = 1
        case "points": unitIndex = 2
        default:
            return Self.ruleName(range: number.valueMax != nil, signed: number.signed, unit: number.unit, savedCompute: number.magnitude != nil, aligned: aligned, carried: carried)
        }
        return Self.ruleNames[Self.ruleIndex(range: number.valueMax != nil, signed: number.signed, unit: unitIndex, aligned: aligned, carried: carried)]
    }

    private static func ruleIndex(range: Bool, signed: Bool, unit: Int, aligned: Bool, carried: Bool) -> Int {
        ((((range ? 1 : 0) * 2 + (signed ? 1 : 0)) * 5 + unit) * 2 + (aligned ? 1 : 0)) * 2 + (carried ? 1 : 0)
    }

    /// The names by `ruleIndex`; unit 0–2 are "%", "x" and "points", 3 saved compute, 4 a metric beside.
    private static let ruleNames: [String] = {
        var names = [String](repeating: "", count: 80)
        for range in [false, true] {
            for signed in [false, true] {
                for unit in 0..<5 {
                    for aligned in [false, true] {
                        for carried in [false, true] {
                            names[ruleIndex(range: range, signed: signed, unit: unit, aligned: aligned, carried: carried)] = ruleName(
                                range: range, signed: signed, unit: unit < 3 ? ["%", "x", "points"][unit] : nil, savedCompute: unit == 3,
                                aligned: aligned, carried: carried)
                        }
                    }
                }
            }
        }
        return names
    }()

    private static func ruleName(range: Bool, signed: Bool, unit: String?, savedCompute: Bool, aligned: Bool, carried: Bool) -> String {
        var parts: [String] = []
        if range { parts.append("range") }
        if signed { parts.append("signed") }
        if let unit { parts.append("unit:\(unit)") } else if savedCompute { parts.append("saved-compute") } else { parts.append("metric-beside") }
        if aligned { parts.append("aligned-list") }
        if carried { parts.append("dataset-carried") }
        return "claim:" + parts.joined(separator: "+")
    }

    private func isToPair(_ a: Number, _ b: Number) -> Bool {
        ((a.lastToken + 1)..<b.token).contains { text.tokens[$0].lower == Self.toWord }
    }

    private func isVersus(_ a: Number, _ b: Number) -> Bool {
        for t in (a.lastToken + 1)..<b.token where text.tokens[t].lower == Words.vs || text.tokens[t].lower == Words.versus { return true }
        return false
    }

    private func metricsAfter(_ start: Int, in sentence: Range<Int>) -> [(name: String, start: Int, end: Int)] {
        var result: [(name: String, start: Int, end: Int)] = []
        var t = start
        var gap = 0
        while t < sentence.upperBound, gap < 5 {
            if let metric = metric(at: t) {
                result.append(metric)
                t = tokenIndex(at: metric.end - 1) + 1
                gap = 0
                continue
            }
            let token = text.tokens[t]
            if token.isWord && !Self.metricLeadIns.contains(token.lower) && !Self.connectors.contains(token.lower) { break }
            if !token.isWord, text.isPunct(t, ";") || text.isPunct(t, ",") && !result.isEmpty { break }
            if reader.owner(.abstract, t) >= 0 && reader.table[reader.owner(.abstract, t)].kind != .metric { break }
            t += 1
            gap += 1
        }
        return result
    }

    /// Datasets named after a group before the next number or clause: "on COCO test-dev",
    /// "on CIFAR100 and ImageNet-R datasets".
    private func datasetsAfter(_ start: Int, in sentence: Range<Int>) -> [(name: String, token: Int)] {
        var result: [(name: String, token: Int)] = []
        var t = start
        var words = 0
        while t < sentence.upperBound, words < 12 {
            let owned = reader.owner(.abstract, t)
            if owned >= 0, reader.table[owned].kind == .model || text.isPunct(t, "|") { t += 1; continue }
            if owned >= 0, reader.table[owned].kind == .dataset {
                var end = t + 1
                while end < sentence.upperBound, reader.owner(.abstract, end) == owned { end += 1 }
                // "and GSM8K from 10.4% to 40.7%", "GSM8K (92% -> 95.5%)": a dataset that heads later numbers is theirs.
                if text.isWord(end, Self.fromWord) && isNumberToken(end + 1) || text.isPunct(end, "(") && isNumberToken(end + 1) { break }
                // "Switchboard/CallHome": every name of a slash list, in its order.
                let names = reader.slashLists[Place(field: .abstract, tokens: t..<end)].map { $0.map { reader.table[$0].name } } ?? [reader.table[owned].name]
                for name in names where !result.contains(where: { $0.name == name }) { result.append((name, t)) }
                t = end
                continue
            }
            let token = text.tokens[t]
            if !token.isWord {
                if text.isPunct(t, "|") { t += 1; continue }
                if text.isPunct(t, ";") || text.isPunct(t, ")") && isInsideParenthesis(start) { break }
                if text.isPunct(t, ","), !result.isEmpty, !text.isWord(t + 1, Words.andSet) { break }
                if text.isPunct(t, ","), result.isEmpty, isNumberToken(t + 1) || isNumberToken(t + 2) { break }
            } else {
                if token.isNumber || token.shape.contains(.digit) && isNumberToken(t) { break }
                if Self.clauseBreakers.contains(token.lower) { break }
                words += 1
            }
            t += 1
        }
        return result
    }

    private func isInsideParenthesis(_ t: Int) -> Bool {
        var u = t - 1
        let sentence = text.sentenceRange(of: max(0, min(t, text.tokens.count - 1)))
        while u >= sentence.lowerBound {
            if text.isPunct(u, ")") { return false }
            if text.isPunct(u, "(") { return true }
            u -= 1
        }
        return false
    }

    private func isNumberToken(_ t: Int) -> Bool {
        guard t >= 0, t < text.tokens.count else { return false }
        if text.isPunct(t, "+") { return isNumberToken(t + 1) }
        return text.tokens[t].isNumber
    }

    static let fromWord = KeyHasher.words(["from"])

    static let clauseBreakers = KeyHasher.words([
        "while", "whereas", "but", "which", "that", "when", "although", "compared", "than", "using", "utilizing",
        "where", "outperforming", "surpassing", "whilst", "however",
    ])

    private func datasetBefore(_ token: Int, in sentence: Range<Int>) -> (name: String, token: Int)? {
        var t = token - 1
        while t >= sentence.lowerBound {
            let owned = reader.owner(.abstract, t)
            if owned >= 0, reader.table[owned].kind == .dataset {
                var start = t
                while start > sentence.lowerBound, reader.owner(.abstract, start - 1) == owned { start -= 1 }
                return (reader.table[owned].name, start)
            }
            t -= 1
        }
        return nil
    }

    /// The distinct datasets named earlier in the sentence, in order.
    private func datasetsBefore(_ token: Int, in sentence: Range<Int>) -> [(name: String, token: Int)]? {
        var result: [(name: String, token: Int)] = []
        for t in sentence.lowerBound..<token {
            let owned = reader.owner(.abstract, t)
            if owned >= 0, reader.table[owned].kind == .dataset, !result.contains(where: { $0.name == reader.table[owned].name }) {
                result.append((reader.table[owned].name, t))
            }
        }
        return result.isEmpty ? nil : result
    }

    /// A sentence about other tasks or protocols does not inherit the previous sentence's dataset.
    private func isBlocked(_ sentence: Range<Int>) -> Bool {
        sentence.contains { text.isWord($0, Self.blockers) }
    }

    static let blockers = KeyHasher.words([
        "zero-shot", "few-shot", "one-shot", "tasks", "protocols", "benchmarks", "datasets", "languages", "domains",
        "settings", "scenarios", "zero", "few", "across", "various", "other", "transfer", "downstream",
    ])

    /// The dataset of the paper's last claim, or the last dataset named within two sentences.
    private func recentDataset(before offset: Int, sentenceIndex: Int, lastDataset: (name: String, sentence: Int)?) -> String? {
        if let lastDataset, sentenceIndex - lastDataset.sentence <= 2 { return lastDataset.name }
        let from = max(0, sentenceIndex - 2)
        var t = offset - 1
        while t >= 0, text.sentenceOf[t] >= from {
            let owned = reader.owner(.abstract, t)
            if owned >= 0, reader.table[owned].kind == .dataset { return reader.table[owned].name }
            t -= 1
        }
        return nil
    }

    private func splitAfter(_ token: Int, in sentence: Range<Int>) -> String? {
        let owned = reader.owner(.abstract, token)
        var t = token
        while t < sentence.upperBound, reader.owner(.abstract, t) == owned { t += 1 }
        // "COCO test-dev", "ScanNet segmentation (val)", "S3DIS Area5"
        var steps = 0
        while t < sentence.upperBound, steps < 4 {
            if let name = Words.splitNames[text.tokens[t].lower] {
                if name == "test" || name == "dev" {
                    // "test" alone is a split only as "test set" or "(test)".
                    guard text.isWord(t + 1, Words.Inline.setSplit) || text.isPunct(t - 1, "(") else { return nil }
                }
                return name
            }
            let token = text.tokens[t]
            if token.isWord, token.isNameShaped, token.shape.contains(.digit), steps == 0 { return text.text(t) }
            if token.isWord && !Self.splitLeadIns.contains(token.lower) { return nil }
            if !token.isWord && !text.isPunct(t, "(") { return nil }
            t += 1
            steps += 1
        }
        return nil
    }

    static let splitLeadIns = KeyHasher.words(["segmentation", "detection", "classification", "the", "set", "split"])

    /// "75.15%|82.03% ... for MobileNet-V1|ResNet-50": a "|" list of models the same length as the numbers.
    private func modelsAligned(_ numbers: [Number], groupEnd: Int, in sentence: Range<Int>) -> [String]? {
        guard numbers.count > 1 else { return nil }
        var t = groupEnd
        var steps = 0
        while t < sentence.upperBound, steps < 8, !text.isWord(t, Words.Inline.forOfWithEtc) { t += 1; steps += 1 }
        guard t < sentence.upperBound, steps < 8 else { return nil }
        t += 1
        var names: [String] = []
        var itemStart = t
        while t < sentence.upperBound {
            if text.isPunct(t, "|") {
                names.append(text.text(itemStart..<t))
                itemStart = t + 1
            } else if !text.tokens[t].isWord || t > itemStart && !text.touching(t - 1, t) && !text.isPunct(t - 1, "|") {
                break
            }
            t += 1
        }
        if itemStart < t { names.append(text.text(itemStart..<t)) }
        return names.count == numbers.count ? names : nil
    }

    /// Who achieved a number: the last model named before it that is not a baseline or a backbone,
    /// or "our" method.
    private func subjectModel(before token: Int, in sentence: Range<Int>) -> String? {
        var t = token - 1
        while t >= sentence.lowerBound {
            // "with the same model size as BERT-large, our single model obtains ...": ours, not the one before.
            if text.tokens[t].lower == Words.our, reader.owner(.abstract, t + 1) < 0 { return proposedModel() }
            let owned = reader.owner(.abstract, t)
            if owned >= 0, reader.table[owned].kind == .model {
                var start = t
                while start > sentence.lowerBound, reader.owner(.abstract, start - 1) == owned { start -= 1 }
                // A compared model ("than X", "achieved by X", "surpasses models such as X", "promotes X by")
                // or a backbone ("with the vanilla ViT", "upon BART backbone") is not who scored the later numbers.
                // "GPT-4 that achieves 80%": a model with its own verb before the number achieved it.
                let achieves = ((t + 1)..<token).contains { text.isWord($0, Self.achieveVerbs) }
                // "promotes HRNet-W32 by 1.7 AP": a model followed by its margin is the one improved upon.
                let margin = text.isWord(t + 1, Words.bySet) && isNumberToken(t + 2)
                if !margin, !isCompared(start, in: sentence, near: achieves), !isBackbone(start..<(t + 1), in: sentence) {
                    return reader.table[owned].name
                }
                t = start
            }
            t -= 1
        }
        return nil
    }

    /// A model named after a comparison cue in its clause: "than X", "surpasses ... models such as X".
    private func isCompared(_ start: Int, in sentence: Range<Int>, near: Bool = false) -> Bool {
        if (max(sentence.lowerBound, start - 3)..<start).contains(where: { text.isWord($0, Words.baselineCues) || text.isWord($0, Words.bySet) || !near && text.isWord($0, Self.improveVerbs) }) {
            return true
        }
        if near { return false }
        var t = start - 1
        while t >= max(sentence.lowerBound, start - 8) {
            if text.isPunct(t, ",") || text.isPunct(t, ";") || reader.owner(.abstract, t) >= 0 && reader.table[reader.owner(.abstract, t)].kind == .model { return false }
            if text.isWord(t, Self.outdoVerbs) { return true }
            t -= 1
        }
        return false
    }

    /// A model used as a base: "with (the vanilla) ViT", "upon BART", "on top of X", "X backbone", "X as the backbone".
    private func isBackbone(_ range: Range<Int>, in sentence: Range<Int>) -> Bool {
        // "HRNet equipped with UDP": what a model is equipped with is the method, not its base.
        if let preposition = (max(sentence.lowerBound, range.lowerBound - 3)..<range.lowerBound).last(where: { text.isWord($0, Self.backbonePrepositions) }),
           !text.isWord(preposition - 1, Self.addedWithVerbs) {
            return true
        }
        let after = range.upperBound
        return text.isWord(after, Self.backboneNouns) || text.isWord(after, Words.Inline.asWord) && (text.isWord(after + 1, Self.backboneNouns) || text.isWord(after + 2, Self.backboneNouns))
    }

    static let improveVerbs = KeyHasher.words(["promotes", "improves", "boosts", "enhances", "improving", "boosting", "enhancing", "promoting"])
    static let outdoVerbs = KeyHasher.words([
        "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses", "surpassed", "surpassing",
        "beats", "beating", "exceeds", "exceeding",
    ])
    static let backbonePrepositions = KeyHasher.words(["with", "upon", "atop", "using"])
    static let addedWithVerbs = KeyHasher.words(["equipped", "combined", "augmented", "integrated", "enhanced", "coupled", "paired", "trained"])
    static let backboneNouns = KeyHasher.words(["backbone", "backbones", "encoder", "teacher"])

    /// "surpassing RetinaNet+ResNet50 (36.3 AP)", "outperforming from-scratch DeiT training (81.8%)": a
    /// parenthesis after a compared model holds that model's own score.
    private func comparedModelScored(_ number: Number, in sentence: Range<Int>) -> String? {
        guard let opening = openingParenthesis(before: number.token, in: sentence) else { return nil }
        var t = opening - 1
        while t >= max(sentence.lowerBound, opening - 10) {
            // Past the margin only: "X by 1.5 AP (70.2 to 71.7)".
            if text.isPunct(t, ",") || text.isPunct(t, ";") || text.isPunct(t, ")") || text.tokens[t].isNumber && !text.isWord(t - 1, Words.bySet) { return nil }
            let owned = reader.owner(.abstract, t)
            if owned >= 0, reader.table[owned].kind == .model {
                var start = t
                while start > sentence.lowerBound, reader.owner(.abstract, start - 1) == owned { start -= 1 }
                let margin = text.isWord(t + 1, Words.bySet) && isNumberToken(t + 2)
                return margin || isCompared(start, in: sentence) ? reader.table[owned].name : nil
            }
            t -= 1
        }
        return nil
    }

    /// "compared to SOTA accuracy of 63.2%", "the previous record of 83.1%": an earlier result quoted
    /// for comparison, achieved by no model the abstract names.
    private func isPreviousBest(_ number: Number, in sentence: Range<Int>) -> Bool {
        let before = previousWords(before: number.start, count: 6)
        guard let first = before.first, Self.quoteLeadIns.contains(first) else { return false }
        if before.contains(where: { $0 == Words.we || $0 == Words.our || Self.achieveVerbs.contains($0) }) { return false }
        return before.contains { Self.previousMarkers.contains($0) }
    }

    /// "increasing the accuracy on MultiArith from 17.7% to 78.7%": the value before the change is not the method's.
    private func isOldValue(_ number: Number, in sentence: Range<Int>) -> Bool {
        guard number.valueMax == nil, text.isWord(number.token - 1, Self.fromWord) else { return false }
        return (sentence.lowerBound..<number.token).contains { text.isWord($0, Self.raiseVerbs) }
    }

    static let raiseVerbs = KeyHasher.words([
        "increasing", "increases", "increase", "increased", "improving", "improves", "improve", "improved", "raising",
        "raises", "boosting", "boosts", "boosted", "lifting", "lifts", "pushing", "pushes",
    ])
    static let quoteLeadIns = KeyHasher.words(["of", "at"])
    static let previousMarkers = KeyHasher.words(["previous", "prior", "sota"])
    static let achieveVerbs = KeyHasher.words([
        "achieve", "achieves", "achieved", "achieving", "obtain", "obtains", "obtaining", "reach", "reaches", "reaching",
        "attain", "attains", "set", "sets", "establish", "establishes", "improve", "improves", "improving",
    ])

    /// "(57.7% box AP) achieved by Swin-L"
    private func achievedBy(_ start: Int, in sentence: Range<Int>) -> String? {
        var t = start
        while t < min(sentence.upperBound, start + 8) {
            if text.isWord(t, Words.Inline.achievedObtainedReportedEtc), text.isWord(t + 1, Words.bySet) {
                let owned = reader.owner(.abstract, t + 2)
                if owned >= 0, reader.table[owned].kind == .model { return reader.table[owned].name }
            }
            t += 1
        }
        return nil
    }

    private func proposedModel() -> String? { proposed }

    private func baselineModel(in sentence: Range<Int>, excluding subject: String?) -> String? {
        for t in sentence where text.isWord(t, Words.baselineCues) {
            var u = t + 1
            while u < min(sentence.upperBound, t + 5) {
                let owned = reader.owner(.abstract, u)
                if owned >= 0, reader.table[owned].kind == .model, reader.table[owned].name != subject { return reader.table[owned].name }
                u += 1
            }
        }
        return nil
    }

    private func settingOf(_ sentence: Range<Int>) -> String? {
        var found: [String] = []
        for t in sentence {
            // Most words are no setting: one probe of a fingerprint set before hashing into the dictionary.
            if Words.settingWordSet.contains(text.tokens[t].lower), let setting = Words.settingWords[text.tokens[t].lower] {
                if setting == "linear probe" && !text.isWord(t + 1, Words.Inline.probeProbingEvaluation) { continue }
                if !found.contains(setting) { found.append(setting) }
            } else if text.tokens[t].isWord, text.tokens[t].shape.contains(.digit), text.tokens[t].shape.contains(.hyphen) {
                let word = text.text(t)
                if word.hasSuffix("-shot") && !found.contains(word) { found.append(word) }
            }
        }
        return found.isEmpty ? nil : found.joined(separator: "; ")
    }

    private func kindOf(_ number: Number, metric: String?) -> ClaimKind {
        if number.unit == "x" { return .relative }
        if number.metric?.name == "FLOPs" && number.magnitude != nil { return .delta }
        if number.signed || number.unit == "points" { return .delta }
        // The number's own phrase: "80.5% (7.7% point improvement)" is a score, its parenthesis the gain.
        // Each window read once: the shorter ones are prefixes of the longer (the walk is the same, only
        // cut off sooner).
        let before6 = previousWords(before: number.start, count: 6, ownPhrase: true)
        let after4 = nextWords(from: number.end, count: 4, ownPhrase: true)
        let before = before6.prefix(4)
        let after = after4.prefix(2)
        // "an 18.6% relative improvement", "by up to 9% relative": a ratio to the old value.
        if after.first == Self.relativeWord { return .relative }
        // "an absolute improvement of 18.8%", "by 4.1 absolute AP": a change in the metric's own units.
        if before6.contains(Self.absoluteWord) || after.contains(Self.absoluteWord) { return .delta }
        if number.unit == "%" {
            if let first = after.first, Self.relativeNouns.contains(first) { return metric == nil ? .relative : .delta }
            // "3.2% more accurate", "1.37% over DeBERTa": a margin in the metric's own units.
            if let first = after.first, Self.moreLess.contains(first), after.count > 1, Self.qualityAdjectives.contains(after[1]) { return .delta }
            if modelAfterMargin(number) != nil { return .delta }
            if isMargin(number) || after4.contains(where: { Words.changeNouns.contains($0) }) {
                return metric == nil ? .relative : .delta
            }
            if before.contains(where: { Self.closeWords.contains($0) }) { return .relative }
        }
        if after.contains(where: { Words.changeNouns.contains($0) }) || before.contains(where: { Self.relativeNouns.contains($0) }) { return .delta }
        // "outperforms X by 1.3 mIoU"
        if metric != nil, isMargin(number) { return .delta }
        return .absolute
    }

    static let relativeNouns = KeyHasher.words(["gains", "improvement", "improvements", "gain", "gains", "increase", "reduction", "decrease", "boost", "speedup", "faster", "relative", "better", "higher", "lower"])
    static let relativeWord = KeyHasher.word("relative")
    static let absoluteWord = KeyHasher.word("absolute")
    static let moreLess = KeyHasher.words(["more", "less"])
    static let qualityAdjectives = KeyHasher.words(["accurate", "precise"])
    static let marginQualifiers = KeyHasher.words([
        "up", "over", "more", "than", "nearly", "almost", "about", "around", "approximately", "roughly", "at", "least",
        "a", "an", "large", "margin", "of", "significant", "substantial", "clear", "considerable", "in", "the", "terms",
    ])
    static let marginWords = KeyHasher.words(["over", "above"])

    /// "by 2%", "by 7.5% and 8.1%", "gains in overall accuracy of up to 3%", "saves about 25%",
    /// "improved (up to 20%)": the number is a margin, read back over qualifiers, metrics and numbers.
    private func isMargin(_ number: Number) -> Bool {
        var t = number.token - 1
        var words = 0
        while t >= 0, words < 10 {
            let token = text.tokens[t]
            if token.isWord {
                if isNamed(t) { return false }
                if token.lower == Words.by || Self.marginHeads.contains(token.lower) || Words.changeNouns.contains(token.lower) { return true }
                if token.lower == Self.toWord {
                    // "up to 3%" qualifies a margin; "improves accuracy to 80%" gives a level.
                    guard text.isWord(t - 1, Self.upWord) else { return false }
                    t -= 1
                } else if !(token.isNumber || Self.marginQualifiers.contains(token.lower) || text.isWord(t, Words.andOr)
                            || reader.owner(.abstract, t) >= 0 && reader.table[reader.owner(.abstract, t)].kind == .metric) {
                    return false
                }
                words += 1
            } else if text.isPunct(t, "(") {
                // "improved (up to 20%)", not "by 1.5 AP (70.2 to 71.7)".
                return text.isWord(t - 1, Self.marginHeads) || text.isWord(t - 1, Words.changeNouns)
            } else if !(text.isPunct(t, "%") || text.isPunct(t, ",") || text.isPunct(t, "/") || text.isPunct(t, "\\")
                        || text.isPunct(t, ".") && t > 0 && text.tokens[t - 1].isNumber) {
                return false
            }
            t -= 1
        }
        return false
    }

    static let upWord = KeyHasher.words(["up"])
    static let marginHeads = KeyHasher.words([
        "gains", "improvements", "improved", "improves", "increased", "reduced", "decreased", "saves", "saving", "saved",
        "reduces", "reducing", "cuts", "boosts", "boosted",
    ])

    /// "1.37% over DeBERTa": the model a margin is measured against.
    private func modelAfterMargin(_ number: Number) -> String? {
        var t = tokenIndex(at: number.end)
        if t < text.tokens.count, text.tokens[t].start < number.end { t += 1 }
        if text.isPunct(t, "%") { t += 1 }
        guard text.isWord(t, Self.marginWords) else { return nil }
        let owned = reader.owner(.abstract, t + 1)
        return owned >= 0 && reader.table[owned].kind == .model ? reader.table[owned].name : nil
    }

    static let costComparatives = KeyHasher.words(["faster", "slower", "fewer", "less", "smaller", "cheaper", "lighter"])
    static let upTo = KeyHasher.words(["up", "approximately", "about", "roughly", "around"])
    static let closeWords = KeyHasher.words(["close", "closes", "closing", "maintains", "retains", "recovers", "maintaining", "retaining", "preserve", "preserves", "preserving"])

    /// A short stretch of the sentence around the number that reaches its metric and dataset when near.
    private func evidenceRange(_ number: Number, metric: (name: String, start: Int, end: Int)?, dataset: Int?, sentence: Range<Int>) -> Range<Int> {
        // The bounds always hold the number itself: a later number of a group may lie outside
        // the first number's sentence, and the range below must never invert (fuzzing found it).
        let sentenceStart = min(text.tokens[sentence.lowerBound].start, number.start)
        let sentenceEnd = max(text.tokens[sentence.upperBound - 1].end, number.end)
        var start = number.start, end = number.end
        if let metric {
            start = min(start, max(metric.start, number.start - 60))
            end = max(end, min(metric.end, number.end + 60))
        }
        if let dataset, dataset >= 0 {
            let owned = reader.owner(.abstract, dataset)
            var last = dataset
            while last + 1 < text.tokens.count, reader.owner(.abstract, last + 1) == owned { last += 1 }
            let dStart = text.tokens[dataset].start, dEnd = text.tokens[last].end
            if dStart >= number.end, dEnd - number.end <= 60 { end = max(end, dEnd) }
            if dEnd <= number.start, number.start - dStart <= 60 { start = min(start, dStart) }
        }
        // A little context either side, cut at word boundaries inside the sentence.
        start = max(sentenceStart, start - 25)
        end = min(sentenceEnd, end + 12)
        while start > sentenceStart, start < number.start, !FieldText.isSpace(text.scalars[start - 1]) { start += 1 }
        while end < sentenceEnd, end > number.end, FieldText.isWordScalar(text.scalars[end - 1]) && FieldText.isWordScalar(text.scalars[end]) { end -= 1 }
        while start < number.start, FieldText.isSpace(text.scalars[start]) { start += 1 }
        while end > number.end, FieldText.isSpace(text.scalars[end - 1]) || text.scalars[end - 1] == "," { end -= 1 }
        return start..<end
    }
}

/// Up to ten word fingerprints, held inline: the windows read around every number each allocated
/// an array before.
struct WordWindow: RandomAccessCollection {
    static var capacity: Int { 10 }
    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private(set) var count = 0

    init(limit: Int) {
        precondition(limit <= Self.capacity, "a word window holds at most \(Self.capacity) words")
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> UInt64 {
        precondition(position >= 0 && position < count)
        return withUnsafeBytes(of: storage) { $0.load(fromByteOffset: position * 8, as: UInt64.self) }
    }

    mutating func append(_ word: UInt64) {
        precondition(count < Self.capacity)
        withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: word, toByteOffset: count * 8, as: UInt64.self) }
        count += 1
    }
}
