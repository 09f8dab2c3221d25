/// Which kind of entity a lexicon form names.
enum MatchKind: UInt8, Sendable {
    case dataset, model, metric

    // Rule names spelt out as literals: interpolating the enum ("gazetteer:\(kind)") goes through
    // reflection and cost about 7,000 instructions a hit, a fifth of all matching.
    var gazetteerRule: String {
        switch self {
        case .dataset: return "gazetteer:dataset"
        case .model: return "gazetteer:model"
        case .metric: return "gazetteer:metric"
        }
    }

    var adjectiveRule: String {
        switch self {
        case .dataset: return "gazetteer:dataset+adjective"
        case .model: return "gazetteer:model+adjective"
        case .metric: return "gazetteer:metric+adjective"
        }
    }

    var variantRule: String {
        switch self {
        case .dataset: return "gazetteer:dataset-variant"
        case .model: return "gazetteer:model-variant"
        case .metric: return "gazetteer:metric-variant"
        }
    }
}

/// One name or alias of a lexicon entry, as the matcher needs it.
struct GazetteerForm: Sendable {
    var kind: MatchKind
    var entry: Int
    /// The form's letters and digits as written, for case checks of short names.
    var letters: [Unicode.Scalar]
    var keyCount: Int
    var isLowercase: Bool
    var isAllCaps: Bool
    /// Capitals after the first letter ("Contrastive Language-Image Pre-training"): a sentence-case
    /// surface ("Contrastive language-image pretraining") is a description, not the name.
    var hasUpperBeyondFirst: Bool
    /// "Pile" for The Pile, "Swin" for Swin Transformer: an alias that is an ordinary-looking word;
    /// "guided diffusion" for ADM, "musculoskeletal radiographs" for MURA: a lower-case description.
    var isPlainWordAlias: Bool
}

/// The lexicon's forms by key fingerprint, plus buckets of dataset keys for typo-tolerant lookup.
struct GazetteerIndex: Sendable {
    static let longestName = 8
    private(set) var forms = FingerprintMap<[GazetteerForm]>()
    /// Fingerprints of every proper prefix of every key, so a lookup stops as soon as no name can follow.
    private(set) var prefixes = FingerprintSet(minimumCapacity: 1 << 16)
    /// Every key and every prefix: one probe tells whether a span can matter at all.
    private(set) var keysAndPrefixes = FingerprintSet(minimumCapacity: 1 << 16)
    /// Dataset keys of at least `fuzzyMinimum` scalars, by their first two scalars.
    private(set) var fuzzy: [UInt64: [(key: [Unicode.Scalar], digits: [Unicode.Scalar], entry: Int)]] = [:]
    static let fuzzyMinimum = 7

    init(datasets: [DatasetEntry], metrics: [MetricEntry], models: [ModelEntry]) {
        for (offset, entry) in datasets.enumerated() { add(.dataset, offset, [entry.name] + entry.aliases) }
        for (offset, entry) in models.enumerated() { add(.model, offset, [entry.name] + entry.aliases) }
        for (offset, entry) in metrics.enumerated() { add(.metric, offset, [entry.name] + entry.aliases) }
    }

    private mutating func add(_ kind: MatchKind, _ entry: Int, _ names: [String]) {
        for (position, name) in names.enumerated() {
            var hasher = KeyHasher()
            var letters: [Unicode.Scalar] = []
            var key: [Unicode.Scalar] = []
            var hasUpper = false, hasLower = false, letterCount = 0, upperBeyondFirst = false, hasOther = false
            for scalar in name.unicodeScalars {
                if scalar == "+" {
                    for p in "plus".unicodeScalars { hasher.add(p); key.append(p) }
                    hasOther = true
                    continue
                }
                guard let kept = KeyHasher.keyScalar(scalar) else { hasOther = true; continue }
                hasher.add(kept)
                key.append(kept)
                letters.append(scalar)
                if FieldText.isDigit(scalar) { hasOther = true; continue }
                letterCount += 1
                if FieldText.isUpper(scalar) {
                    hasUpper = true
                    if letterCount > 1 { upperBeyondFirst = true }
                } else { hasLower = true }
            }
            guard hasher.count > 0 else { continue }
            var prefix = KeyHasher()
            for scalar in key.dropLast() {
                prefix.add(scalar)
                prefixes.insert(prefix.value)
                keysAndPrefixes.insert(prefix.value)
            }
            keysAndPrefixes.insert(hasher.value)
            let form = GazetteerForm(
                kind: kind, entry: entry, letters: letters, keyCount: hasher.count,
                isLowercase: !hasUpper, isAllCaps: hasUpper && !hasLower && letterCount >= 2,
                hasUpperBeyondFirst: upperBeyondFirst,
                isPlainWordAlias: position > 0 && (!hasOther && !upperBeyondFirst
                    || !hasUpper && name.contains(" ") && !name.unicodeScalars.contains(where: FieldText.isDigit)))
            // First entry of a kind wins a key, so a canonical name is never shadowed by a later alias;
            // a second form of the same entry is kept for its case.
            var list = forms[hasher.value] ?? []
            if !list.contains(where: { $0.kind == kind && $0.entry != entry }) { list.append(form) }
            forms[hasher.value] = list
            if kind == .dataset, key.count >= Self.fuzzyMinimum {
                fuzzy[Self.bucket(key), default: []].append((key, key.filter(FieldText.isDigit), entry))
            }
        }
    }

    static func bucket(_ key: [Unicode.Scalar]) -> UInt64 {
        UInt64(key[0].value) << 32 | UInt64(key[1].value)
    }
}

/// A lexicon entry (or a new name derived from one) found at a span of tokens.
struct GazetteerHit {
    var kind: MatchKind
    var entry: Int?
    /// The canonical name, or the variant as written.
    var name: String
    var tokens: Range<Int>
    var mention: Mention
    var rule: String
    var trained = false
}

/// Finds lexicon names in a field, longest match first, left to right, with the variants,
/// slash lists and misspellings the lexicon does not spell out.
struct GazetteerMatcher {
    let lexicon: Lexicon

    func matches(in text: FieldText) -> [GazetteerHit] {
        var hits: [GazetteerHit] = []
        let tokens = text.tokens
        let keysAndPrefixes = lexicon.index.keysAndPrefixes
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord else { index += 1; continue }
            // Most words start no name: the token's own key fingerprint answers that with one probe,
            // before the call that walks the words after it.
            if keysAndPrefixes.contains(tokens[index].key), let hit = longest(at: index, in: text) {
                var hit = hit
                let expanded = expandSlashList(hit, in: text)
                if expanded.isEmpty {
                    if hit.kind == .model { hit = extendModelSize(hit, in: text) }
                    hits.append(hit)
                    index = hit.tokens.upperBound
                } else {
                    hits.append(contentsOf: expanded)
                    index = expanded[0].tokens.upperBound
                }
                continue
            }
            // Only slash lists, hyphenated names and keys long enough for a misspelling derive a name:
            // most words are none, and the call returned a large empty optional for each.
            let token = tokens[index]
            if token.shape.contains(.slash) || token.shape.contains(.hyphen) || token.keyCount >= GazetteerIndex.fuzzyMinimum,
               let derived = derived(at: index, in: text) {
                hits.append(contentsOf: derived)
            }
            index += 1
        }
        return hits
    }

    /// The longest lexicon form starting at a token, spanning words joined by spaces or hyphens.
    private func longest(at start: Int, in text: FieldText) -> GazetteerHit? {
        let tokens = text.tokens
        var hasher = KeyHasher()
        var best: (end: Int, form: GazetteerForm)?
        var words = 0
        var end = start
        var previousWord = start
        var afterApostrophe = false
        while end < tokens.count, words < GazetteerIndex.longestName {
            let token = tokens[end]
            if !token.isWord {
                // Only a hyphen ("UCF- 101"), a plus ("NTU RGB+D") or an apostrophe inside a word
                // ("Hub5'00", "Montezuma's Revenge") may sit inside a multi-word name.
                let scalar = text.scalars[token.start]
                let apostrophe = (scalar == "'" || scalar == "\u{2019}") && end > start && end + 1 < tokens.count
                    && text.touching(end - 1, end) && text.touching(end, end + 1)
                guard scalar == "-" || scalar == "+" || apostrophe, end > start else { break }
                hasher.addKey(scalar)
                afterApostrophe = apostrophe
                end += 1
                continue
            }
            if end > start {
                if text.sentenceOf[end] != text.sentenceOf[start] { break }
                if !text.spaced(previousWord, end), tokens[previousWord].end != tokens[end].start, !text.isPunct(end - 1, "-"), !text.isPunct(end - 1, "+"), !afterApostrophe { break }
            }
            if end == start {
                // The first word's key fingerprint is the token's own: the tokenizer hashed the same scalars.
                hasher.value = token.key
            } else {
                for i in token.start..<token.end { hasher.addKey(text.scalars[i]) }
            }
            words += 1
            // A possessive "'s" ends no name ("ConvNeXt's" is not ConvNeXt-S); "Montezuma's Revenge" goes on.
            let possessive = afterApostrophe && token.end - token.start == 1 && text.scalars[token.start] == "s"
            afterApostrophe = false
            if !lexicon.index.keysAndPrefixes.contains(hasher.value) { break }
            if !possessive, let forms = lexicon.index.forms[hasher.value],
               let form = pick(forms, span: start..<(end + 1), in: text) {
                best = (end, form)
            }
            if !lexicon.index.prefixes.contains(hasher.value) { break }
            previousWord = end
            end += 1
        }
        guard let best else { return nil }
        let range = start..<(best.end + 1)
        let name = canonicalName(best.form)
        return GazetteerHit(
            kind: best.form.kind, entry: best.form.entry, name: name,
            tokens: range, mention: text.mention(range), rule: best.form.kind.gazetteerRule)
    }

    func canonicalName(_ form: GazetteerForm) -> String {
        switch form.kind {
        case .dataset: return lexicon.datasets[form.entry].name
        case .model: return lexicon.models[form.entry].name
        case .metric: return lexicon.metrics[form.entry].name
        }
    }

    /// The first form (datasets before models before metrics) whose case fits the text.
    private func pick(_ forms: [GazetteerForm], span: Range<Int>, in text: FieldText) -> GazetteerForm? {
        forms.first { caseFits($0, span: span, in: text) }
    }

    /// A lower-case surface only matches a lower-case form ("math" is not MATH); an all-caps form
    /// needs an all-caps surface ("Glue" is not GLUE); short names must match letter for letter.
    func caseFits(_ form: GazetteerForm, span: Range<Int>, in text: FieldText) -> Bool {
        var hasUpper = false, hasLower = false, upperBeyondFirst = false, plainCapitalized = true
        for t in span where text.tokens[t].isWord {
            let shape = text.tokens[t].shape
            if shape.contains(.upperFirst) || shape.contains(.upperInner) { hasUpper = true }
            if shape.contains(.upperInner) || (t > span.lowerBound && shape.contains(.upperFirst)) { upperBeyondFirst = true }
            // "Something-Something v2": a capital after a hyphen is a capital beyond the first too.
            if !upperBeyondFirst, shape.contains(.hyphen), shape.contains(.upperFirst) {
                for i in (text.tokens[t].start + 1)..<text.tokens[t].end where FieldText.isUpper(text.scalars[i]) && text.scalars[i - 1] == "-" { upperBeyondFirst = true }
            }
            if shape.contains(.lower) { hasLower = true }
            if shape.contains(.upperInner) || shape.contains(.digit) { plainCapitalized = false }
        }
        if form.kind != .metric, form.isPlainWordAlias { return false }
        // "ConvNeXts", "MViTv2s": a plural "s" glued to a name is not its size "S" (ConvNeXt-S).
        if form.kind == .model, form.letters.count >= 3, form.letters.last == "S",
           let lastToken = span.last, text.scalars[text.tokens[lastToken].end - 1] == "s",
           FieldText.isWordScalar(text.scalars[text.tokens[lastToken].end - 2]) {
            return false
        }
        // "a NLI" is not ANLI: a name that starts with a capital does not start with a lower-case word.
        if span.count > 1, form.kind != .metric, let first = form.letters.first, FieldText.isUpper(first),
           !text.tokens[span.lowerBound].shape.contains(.upperFirst), !text.tokens[span.lowerBound].shape.contains(.digitFirst) {
            return false
        }
        // A LaTeX command ("{\\SST}") is markup, not a name.
        if text.tokens[span.lowerBound].start > 0, text.scalars[text.tokens[span.lowerBound].start - 1] == "\\" { return false }
        if !hasUpper && hasLower && !form.isLowercase {
            if form.kind != .metric || form.isAllCaps { return false }
        }
        if form.isAllCaps && hasLower && (plainCapitalized || form.keyCount <= 5) && form.kind != .metric { return false }
        if form.hasUpperBeyondFirst && !upperBeyondFirst && span.count > 1 && form.kind != .metric { return false }
        if form.keyCount <= 3 || (form.kind == .metric && form.keyCount <= 4 && !form.isLowercase) {
            var letters: [Unicode.Scalar] = []
            for t in span where text.tokens[t].isWord {
                for i in text.tokens[t].start..<text.tokens[t].end where KeyHasher.keyScalar(text.scalars[i]) != nil {
                    letters.append(text.scalars[i])
                }
            }
            if letters != form.letters { return false }
        }
        return true
    }

    // MARK: - Derived names

    /// Names the lexicon holds only in part: "ImageNet-trained" (ImageNet), "ImageNet-V2" (a distinct
    /// variant), "CIFAR-10/100" (two names), "Kinectics-400" (a misspelling).
    private func derived(at index: Int, in text: FieldText) -> [GazetteerHit]? {
        let token = text.tokens[index]
        if token.shape.contains(.slash), let hits = splitSlash(index, in: text) { return hits }
        if token.shape.contains(.hyphen), let hit = splitHyphen(index, in: text) { return [hit] }
        if let hit = fuzzy(index, in: text) { return [hit] }
        return nil
    }

    /// The key fingerprint of a scalar range, with the form it names if any.
    private func lookup(_ start: Int, _ end: Int, in text: FieldText) -> (hash: UInt64, count: Int, forms: [GazetteerForm]?) {
        var hasher = KeyHasher()
        for i in start..<end { hasher.addKey(text.scalars[i]) }
        return (hasher.value, hasher.count, lexicon.index.forms[hasher.value])
    }

    private func splitHyphen(_ index: Int, in text: FieldText) -> GazetteerHit? {
        let token = text.tokens[index]
        // Try the last hyphen first ("Llama-3.1" + "70B"), then the first ("ViT" + "B-16"); with one
        // hyphen, once (a second try at the same cut would find the same). No arrays: this runs for
        // every hyphenated word.
        var firstHyphen = -1, lastHyphen = -1
        for i in token.start..<token.end where text.scalars[i] == "-" {
            if firstHyphen < 0 { firstHyphen = i }
            lastHyphen = i
        }
        guard firstHyphen >= 0 else { return nil }
        for attempt in 0..<(firstHyphen == lastHyphen ? 1 : 2) {
            let cut = attempt == 0 ? lastHyphen : firstHyphen
            let base = lookup(token.start, cut, in: text)
            guard let forms = base.forms, base.count >= 2 else { continue }
            let suffixStart = cut + 1
            // The suffix's word fingerprint straight from the scalars, as `KeyHasher.word` of its text.
            var suffixHasher = KeyHasher()
            for i in suffixStart..<token.end { suffixHasher.add(KeyHasher.lower(text.scalars[i])) }
            let suffixHash = suffixHasher.value
            let baseRange = index..<(index + 1)
            guard let form = forms.first(where: { $0.kind != .metric && letterCase(of: token.start, cut, in: text, fits: $0) }) else { continue }
            let baseName = canonicalName(form)
            if Words.adjectiveSuffixes.contains(suffixHash) {
                // "BERT-style", "ImageNet-scale" compare with the name; they do not use it.
                guard Words.usingSuffixes.contains(suffixHash) else { return nil }
                return GazetteerHit(
                    kind: form.kind, entry: form.entry, name: baseName, tokens: baseRange,
                    mention: text.mention(start: token.start, end: cut), rule: form.kind.adjectiveRule,
                    trained: Words.trainingSuffixes.contains(suffixHash))
            }
            if isVariantSuffix(suffixStart, token.end, kind: form.kind, in: text) {
                return GazetteerHit(
                    kind: form.kind, entry: nil, name: text.text(index), tokens: baseRange,
                    mention: text.mention(baseRange), rule: form.kind.variantRule)
            }
        }
        return nil
    }

    /// Case of a scalar range against a form, for names inside a token.
    private func letterCase(of start: Int, _ end: Int, in text: FieldText, fits form: GazetteerForm) -> Bool {
        var hasUpper = false, hasLower = false
        var letters: [Unicode.Scalar] = []
        for i in start..<end where KeyHasher.keyScalar(text.scalars[i]) != nil {
            letters.append(text.scalars[i])
            if FieldText.isDigit(text.scalars[i]) { continue }
            if FieldText.isUpper(text.scalars[i]) { hasUpper = true } else { hasLower = true }
        }
        if !hasUpper && hasLower && !form.isLowercase { return false }
        if form.isAllCaps && hasLower && !letters.dropFirst().contains(where: FieldText.isUpper) { return false }
        if form.keyCount <= 3 { return letters == form.letters }
        return true
    }

    /// Short, written like a version or a size: "R", "V2", "21K", "L/16", "70B", "base", "XXL".
    private func isVariantSuffix(_ start: Int, _ end: Int, kind: MatchKind, in text: FieldText) -> Bool {
        let length = end - start
        guard length >= 1 else { return false }
        var upper = 0, lower = 0, digit = 0
        for i in start..<end {
            let s = text.scalars[i]
            if FieldText.isDigit(s) { digit += 1 } else if FieldText.isUpper(s) { upper += 1 } else if FieldText.isWordScalar(s) { lower += 1 }
        }
        if kind == .model {
            if Self.modelSizeWords.contains(KeyHasher.word(text.substring(start, end))) { return true }
            return length <= 8 && (upper > 0 || digit > 0)
        }
        return length <= 5 && (upper > 0 || digit > 0) && lower <= 2
    }

    static let modelSizeWords = KeyHasher.words([
        "base", "large", "small", "tiny", "mini", "medium", "huge", "giant", "xl", "xxl", "chat", "instruct", "turbo",
        "base-v2", "lite", "pro", "plus", "ultra", "nano", "micro", "s", "b", "l", "h", "g", "t",
    ])

    /// "CIFAR-10/100" → CIFAR-10 and CIFAR-100, when the lexicon knows both.
    private func splitSlash(_ index: Int, in text: FieldText) -> [GazetteerHit]? {
        let token = text.tokens[index]
        var pieces: [(Int, Int)] = []
        var pieceStart = token.start
        for i in token.start..<token.end where text.scalars[i] == "/" {
            pieces.append((pieceStart, i))
            pieceStart = i + 1
        }
        pieces.append((pieceStart, token.end))
        guard pieces.count >= 2 else { return nil }
        let base = lookup(pieces[0].0, pieces[0].1, in: text)
        guard let baseForms = base.forms, let baseForm = baseForms.first(where: { $0.kind == .dataset }) else { return nil }
        var names = [canonicalName(baseForm)]
        let baseText = text.substring(pieces[0].0, pieces[0].1)
        for piece in pieces.dropFirst() {
            let suffix = text.substring(piece.0, piece.1)
            // "Kinetics-400/Kinetics-600", "Switchboard/CallHome": a piece may be a whole name.
            if piece.1 - piece.0 >= 3, let first = suffix.unicodeScalars.first, FieldText.isUpper(first) {
                names.append(lexicon.dataset(named: suffix)?.name ?? suffix)
                continue
            }
            guard let name = expansion(of: baseText, with: suffix) else { return nil }
            names.append(name)
        }
        return names.map { name in
            GazetteerHit(
                kind: .dataset, entry: lexicon.dataset(named: name).flatMap { entry in lexicon.datasets.firstIndex { $0.name == entry.name } },
                name: name, tokens: index..<(index + 1), mention: text.mention(index..<(index + 1)), rule: "gazetteer:dataset-slash-list")
        }
    }

    /// The lexicon name that `base` becomes with `suffix` appended or replacing its trailing digits.
    private func expansion(of base: String, with suffix: String) -> String? {
        var candidates = [base + suffix]
        // "ImageNet-1K/22K": the piece replaces the last hyphenated part.
        if let hyphen = base.lastIndex(of: "-") { candidates.append(String(base[...hyphen]) + suffix) }
        if suffix.allSatisfy(\.isNumber) {
            let stem = String(base.reversed().drop(while: \.isNumber).reversed())
            if stem.count < base.count { candidates.insert(stem + suffix, at: 0) }
        }
        for candidate in candidates { if let entry = lexicon.dataset(named: candidate) { return entry.name } }
        // "RefCOCO+" where the lexicon lacks it: a "+" variant is a name of its own.
        if suffix.allSatisfy({ $0 == "+" }) { return base + suffix }
        return nil
    }

    /// "RefCOCO/+/g" (separate tokens) → RefCOCO, RefCOCO+, RefCOCOg.
    private func expandSlashList(_ hit: GazetteerHit, in text: FieldText) -> [GazetteerHit] {
        guard hit.kind == .dataset else { return [] }
        var index = hit.tokens.upperBound
        let baseText = text.text(hit.tokens)
        var names = [hit.name]
        var end = hit.tokens.upperBound
        while index + 1 < text.tokens.count, text.isPunct(index, "/"), text.touching(index - 1, index) {
            // The piece: a run of "+" or a short word, touching the slash.
            var pieceEnd = index + 1
            if text.isPunct(pieceEnd, "+") {
                while text.isPunct(pieceEnd, "+") && text.touching(pieceEnd - 1, pieceEnd) { pieceEnd += 1 }
            } else if text.tokens[pieceEnd].isWord, text.tokens[pieceEnd].length <= 3, text.touching(index, pieceEnd) {
                pieceEnd += 1
            } else { break }
            let suffix = text.substring(text.tokens[index + 1].start, text.tokens[pieceEnd - 1].end)
            guard let name = expansion(of: baseText, with: suffix) else { break }
            names.append(name)
            end = pieceEnd
            index = pieceEnd
        }
        guard names.count > 1 else { return [] }
        let range = hit.tokens.lowerBound..<end
        let mention = text.mention(range)
        return names.map { name in
            GazetteerHit(kind: .dataset, entry: nil, name: name, tokens: range, mention: mention, rule: "gazetteer:dataset-slash-list")
        }
    }

    /// "Llama-3 (8B)" and "BERT base": a known model followed by its size.
    private func extendModelSize(_ hit: GazetteerHit, in text: FieldText) -> GazetteerHit {
        let next = hit.tokens.upperBound
        guard next < text.tokens.count, text.tokens[next].isWord, text.spaced(next - 1, next) else { return hit }
        let word = text.tokens[next].lower
        guard Self.spacedSizeWords.contains(word) else { return hit }
        // "base" only when written "BERT base" and not "base model".
        if next + 1 < text.tokens.count, text.isWord(next + 1, Words.modelNouns) { return hit }
        var extended = hit
        extended.tokens = hit.tokens.lowerBound..<(next + 1)
        extended.mention = text.mention(extended.tokens)
        extended.name = hit.name + "-" + text.text(next)
        extended.entry = nil
        extended.rule = "gazetteer:model-size"
        return extended
    }

    static let spacedSizeWords = KeyHasher.words(["base", "large", "xl", "xxl", "small", "tiny", "huge"])

    // MARK: - Misspellings

    /// A dataset name one edit away ("Kinectics-400"), for long keys whose digits and ends agree.
    private func fuzzy(_ index: Int, in text: FieldText) -> GazetteerHit? {
        let token = text.tokens[index]
        let longCapitalized = token.isCapitalized && token.keyCount >= 9 && index > 0 && text.sentenceOf[index - 1] == text.sentenceOf[index]
        guard token.keyCount >= GazetteerIndex.fuzzyMinimum, token.isNameShaped || token.shape.contains(.digit) && token.shape.contains(.letter) || longCapitalized else { return nil }
        var key: [Unicode.Scalar] = []
        key.reserveCapacity(token.keyCount)
        for i in token.start..<token.end { if let s = KeyHasher.keyScalar(text.scalars[i]) { key.append(s) } }
        guard key.count >= GazetteerIndex.fuzzyMinimum, let bucket = lexicon.index.fuzzy[GazetteerIndex.bucket(key)] else { return nil }
        let limit = key.count >= 12 ? 2 : 1
        let digits = key.filter(FieldText.isDigit)
        for candidate in bucket {
            let other = candidate.key
            guard abs(other.count - key.count) <= limit, other.last == key.last, other != key,
                  candidate.digits == digits,
                  Self.editDistance(key, other, limit: limit) <= limit
            else { continue }
            let range = index..<(index + 1)
            return GazetteerHit(
                kind: .dataset, entry: candidate.entry, name: lexicon.datasets[candidate.entry].name,
                tokens: range, mention: text.mention(range), rule: "gazetteer:dataset-misspelling")
        }
        return nil
    }

    /// Levenshtein distance, giving up (returning limit + 1) once every path exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
