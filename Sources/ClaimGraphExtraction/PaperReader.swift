/// Reads one paper: lexicon matches, then the rules that find names from how the text uses them,
/// then roles and claims. One instance per paper; `read()` is the whole of `Extractor.extract`.
struct PaperReader {
    let lexicon: Lexicon
    let title: FieldText
    let abstract: FieldText
    var table = EntityTable()
    /// The entity owning each token, per field (-1 for none).
    var titleOwner: [Int]
    var abstractOwner: [Int]
    var acronyms: [Acronym] = []
    /// Key fingerprints of abbreviations defined with a lower-case long form: concepts, never names.
    var conceptKeys: Set<UInt64> = []
    /// Mentions the gazetteer saw as adjectives of training ("ImageNet-trained").
    var trainedPlaces: Set<Place> = []
    /// The datasets a slash list names, in its order ("Switchboard/CallHome"): one place, several names.
    var slashLists: [Place: [Int]] = [:]
    /// Per sentence: whether it speaks of evaluation (results, benchmarks, datasets).
    let titleEvaluation: [Bool]
    let abstractEvaluation: [Bool]

    init(lexicon: Lexicon, title: String, abstract: String) {
        self.lexicon = lexicon
        self.title = FieldText(title, field: .title)
        self.abstract = FieldText(abstract, field: .abstract)
        titleOwner = Array(repeating: -1, count: self.title.tokens.count)
        titleEvaluation = Self.evaluationSentences(self.title)
        abstractEvaluation = Self.evaluationSentences(self.abstract)
        abstractOwner = Array(repeating: -1, count: self.abstract.tokens.count)
    }

    private static func evaluationSentences(_ text: FieldText) -> [Bool] {
        // One pass over each sentence with the union of both lists, not one pass per list.
        let cues = evaluationOrDatasetWords
        return text.sentences.indices.map { text.sentence($0, contains: cues) }
    }

    static let evaluationOrDatasetWords = FingerprintSet(merging: [Words.evaluationCues, Words.datasetNouns])

    func text(_ field: TextField) -> FieldText { field == .title ? title : abstract }
    var fields: [FieldText] { [title, abstract] }

    @inline(__always)
    func owner(_ field: TextField, _ token: Int) -> Int {
        if field == .title { return token >= 0 && token < titleOwner.count ? titleOwner[token] : -1 }
        return token >= 0 && token < abstractOwner.count ? abstractOwner[token] : -1
    }

    func isFree(_ field: TextField, _ range: Range<Int>) -> Bool {
        range.allSatisfy { owner(field, $0) < 0 }
    }

    // MARK: - Registering

    @discardableResult
    mutating func register(
        _ kind: MatchKind, name: String, range: Range<Int>, in text: FieldText, rule: String, fromLexicon: Bool = false,
        mention: Mention? = nil, override: Bool = false
    ) -> Int? {
        let place = Place(field: text.field, tokens: range)
        guard let index = table.add(
            kind, name: name, mention: mention ?? text.mention(range), place: place, rule: rule, fromLexicon: fromLexicon,
            override: override)
        else { return nil }
        for t in range {
            if text.field == .title { titleOwner[t] = index } else { abstractOwner[t] = index }
        }
        return index
    }

    // MARK: - The pipeline

    mutating func read() -> PaperExtraction {
        for text in fields { acronyms += AcronymFinder.find(in: text) }
        for acronym in acronyms where acronym.isConcept {
            let field = text(acronym.field)
            // "the general language understanding evaluation (GLUE) benchmark": a dataset noun
            // after the abbreviation makes it a dataset's name, whatever the long form's case.
            let after = acronym.short.upperBound
            if field.isWord(after, Words.datasetNouns) || field.isWord(after + 1, Words.datasetNouns) { continue }
            if namesOwnMethod(acronym) { continue }
            conceptKeys.insert(field.tokens[acronym.short.lowerBound].key)
        }
        matchGazetteer()
        readMetricAcronyms()
        readTitle()
        readIntroductions()
        readAcronymContributions()
        readDatasetContexts()
        readModelContexts()
        readDatasetListMembers()
        if !table.records.contains(where: { $0.contributed && $0.kind == .model }) { readTitleInitials() }
        linkAcronyms()
        collectRepeats()
        let claims = ClaimReader(reader: self).claims()
        assignRoles(claims: claims)
        return finish(claims: claims)
    }

    /// A lower-case long form can still define the paper's own method: the title is named by the
    /// abbreviation ("VideoMAE: ..."), the paper presents "a grounded language-image pre-training
    /// (GLIP) model", or it writes "our MAE approach".
    private func namesOwnMethod(_ acronym: Acronym) -> Bool {
        let field = text(acronym.field)
        let short = field.tokens[acronym.short.lowerBound]
        guard short.keyCount >= 3 else { return false }
        if title.tokens.count > 2, title.isPunct(1, ":"), title.tokens[0].isWord, title.tokens[0].key == short.key { return true }
        guard acronym.field == .abstract else { return false }
        let sentence = field.sentences[acronym.sentence]
        let aboutPaper = sentence.contains { field.tokens[$0].lower == Words.we || Self.paperSubjects.contains(field.tokens[$0].lower) }
        if short.keyCount >= 4, aboutPaper, field.isWord(acronym.short.upperBound + 1, Self.ownMethodNouns) { return true }
        // "we propose a novel MBRL algorithm, model-based policy planning (POPLIN)": an apposition to the method.
        if short.keyCount >= 4, aboutPaper, sentence.contains(where: { field.isWord($0, Words.proposeVerbs) }) {
            // The long form may start a word or two after the comma: "..., model-based policy planning (POPLIN)".
            var comma = acronym.long.lowerBound - 1
            while comma > sentence.lowerBound, comma >= acronym.long.lowerBound - 3, field.tokens[comma].isWord, !field.tokens[comma].isCapitalized { comma -= 1 }
            if field.isPunct(comma, ","), field.isWord(comma - 1, Self.ownMethodNouns) { return true }
        }
        // "our ASR model" is a task's model: three letters need the lexicon to know the name.
        let known = short.keyCount >= 4 || lexicon.index.forms[short.key]?.contains { $0.kind == .model } == true
        for t in field.tokens.indices.dropLast(2) where known && field.tokens[t].lower == Words.our && field.tokens[t + 1].key == short.key {
            if field.isWord(t + 2, Self.ownMethodNouns) { return true }
        }
        return false
    }

    static let ownMethodNouns = KeyHasher.words([
        "model", "network", "framework", "architecture", "method", "approach", "algorithm", "agent", "detector",
    ])

    // MARK: - Lexicon

    private mutating func matchGazetteer() {
        let matcher = GazetteerMatcher(lexicon: lexicon)
        for text in fields {
            for hit in matcher.matches(in: text) {
                var kind = hit.kind
                // A model name followed by "dataset" is used as a dataset here.
                if kind == .model, text.isWord(hit.tokens.upperBound, Words.datasetNouns) { kind = .dataset }
                // An abbreviation the paper defines as a concept ("image super-resolution (Real-SR)") is not the
                // lexicon's dataset or model of that name.
                if kind != .metric, hit.tokens.count == 1, !conceptKeys.isEmpty, conceptKeys.contains(KeyHasher.key(hit.mention.text).hash) { continue }
                let index = register(
                    kind, name: hit.name, range: hit.tokens, in: text, rule: hit.rule, fromLexicon: hit.entry != nil,
                    mention: hit.mention)
                if let index, kind == .dataset, hit.kind == .dataset, let entry = hit.entry.map({ lexicon.datasets[$0] }) {
                    table[index].type = entry.type
                    table[index].suites = entry.suites
                }
                if hit.trained { trainedPlaces.insert(Place(field: text.field, tokens: hit.tokens)) }
                if let index, hit.rule == "gazetteer:dataset-slash-list", table[index].kind == .dataset {
                    let place = Place(field: text.field, tokens: hit.tokens)
                    if slashLists[place]?.contains(index) != true { slashLists[place, default: []].append(index) }
                }
            }
        }
    }

    /// "phoneme error rate (PER)", "Inception Score (IS)": an abbreviation the paper defines for a
    /// known metric names that metric wherever the paper writes it, though the lexicon keeps such
    /// short forms out as too ambiguous in general.
    private mutating func readMetricAcronyms() {
        for acronym in acronyms {
            let field = text(acronym.field)
            guard let last = acronym.long.last else { continue }
            let owned = owner(acronym.field, last)
            guard owned >= 0, table[owned].kind == .metric, owner(acronym.field, acronym.short.lowerBound) < 0 else { continue }
            var start = last
            while start > 0, owner(acronym.field, start - 1) == owned { start -= 1 }
            guard start >= acronym.long.lowerBound, last + 1 == acronym.long.upperBound else { continue }
            let short = field.text(acronym.short)
            let name = table[owned].name
            for other in fields {
                for t in other.tokens.indices where other.tokens[t].isWord && other.tokens[t].key == field.tokens[acronym.short.lowerBound].key
                    && owner(other.field, t) < 0 && other.text(t) == short {
                    register(.metric, name: name, range: t..<(t + 1), in: other, rule: "abstract:metric-acronym")
                }
            }
        }
    }

    // MARK: - Names

    /// Whether a token can start a name: written like one, and not a generic word or concept.
    func isNameToken(_ index: Int, in text: FieldText, allowCapitalized: Bool = true) -> Bool {
        guard index >= 0, index < text.tokens.count else { return false }
        let token = text.tokens[index]
        guard token.isWord, token.shape.contains(.letter) else { return false }
        // "{\mu}-Bench": a word hyphenated onto markup is a fragment of a name, not one.
        if token.start >= 2, text.scalars[token.start - 1] == "-", !FieldText.isSpace(text.scalars[token.start - 2]) { return false }
        if Words.generic.contains(token.lower) || Words.commonCapitalized.contains(token.lower) { return false }
        if conceptKeys.contains(token.key) { return false }
        if token.shape.contains(.hyphen) || token.shape.contains(.slash), isDescriptiveCompound(index, in: text) { return false }
        // "MViTv2s": the plural of a name already found is that name (a repeat), not a new one.
        if token.shape.contains(.upperInner), token.end - token.start >= 4, text.scalars[token.end - 1] == "s",
           table.index(of: text.substring(token.start, token.end - 1)) != nil {
            return false
        }
        if token.isNameShaped || token.isAllCaps { return token.keyCount >= 2 }
        // Titles capitalise every word, so there only the shape of a word tells a name.
        if allowCapitalized, token.isCapitalized, token.keyCount >= 3, text.field == .abstract {
            return !isSentenceStart(index, in: text)
        }
        return false
    }

    /// "BERT-like", "all-MLP", "transformer/MLP-like", "CNN-based": a compound that describes, not names.
    func isDescriptiveCompound(_ index: Int, in text: FieldText) -> Bool {
        let token = text.tokens[index]
        var segments: [UInt64] = []
        var allDescriptive = true
        var hasher = KeyHasher()
        var segmentHasUpper = false, segmentHasDigit = false
        func close() {
            segments.append(hasher.value)
            if !(Words.generic.contains(hasher.value) || !segmentHasUpper && !segmentHasDigit) { allDescriptive = false }
            hasher = KeyHasher(); segmentHasUpper = false; segmentHasDigit = false
        }
        for i in token.start..<token.end {
            let s = text.scalars[i]
            if s == "-" || s == "/" { close(); continue }
            hasher.add(KeyHasher.lower(s))
            if FieldText.isUpper(s) { segmentHasUpper = true }
            if FieldText.isDigit(s) { segmentHasDigit = true }
        }
        close()
        if let last = segments.last, Words.adjectiveSuffixes.contains(last) { return true }
        return allDescriptive
    }


    func isSentenceStart(_ index: Int, in text: FieldText) -> Bool {
        text.firstWordOfSentence[text.sentenceOf[index]] == index
    }

    /// A name starting at a token: an entity already there, a name-shaped word, or up to three
    /// capitalised words ("Google Books").
    func nameSpan(at index: Int, in text: FieldText) -> Range<Int>? {
        let owned = owner(text.field, index)
        if owned >= 0 {
            var end = index + 1
            while end < text.tokens.count, owner(text.field, end) == owned, !text.isPunct(end, ",") { end += 1 }
            return index..<end
        }
        guard isNameToken(index, in: text) else { return nil }
        var end = index + 1
        let token = text.tokens[index]
        if token.isCapitalized && !token.isNameShaped && !token.isAllCaps {
            while end < text.tokens.count, end - index < 3, text.tokens[end].isWord, text.tokens[end].isCapitalized,
                  !Words.commonCapitalized.contains(text.tokens[end].lower), text.spaced(end - 1, end), owner(text.field, end) < 0 {
                end += 1
            }
        }
        return index..<end
    }

    /// Items of a list ("A, B, and C", "A or B") starting at a token.
    func listItems(from start: Int, in text: FieldText, limit: Int = 12) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var index = start
        while index < text.tokens.count, items.count < limit, let item = nameSpan(at: index, in: text) {
            items.append(item)
            index = item.upperBound
            // Skip a split or a parenthesis after an item: "COCO test-dev", "ScanNet (val)".
            if index < text.tokens.count, text.isWord(index, Words.splits), text.tokens[index].shape.contains(.hyphen) { index += 1 }
            var separated = false
            if text.isPunct(index, ",") { index += 1; separated = true }
            if text.isWord(index, Words.andOr) { index += 1; separated = true }
            if !separated { break }
        }
        return items
    }

    /// The list of names that ends at `end` (exclusive), walking back over separators.
    func listItems(endingAt end: Int, in text: FieldText) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var index = end - 1
        while index >= 0, items.count < 12 {
            // Find the start of the item ending at `index`.
            var start = index
            let owned = owner(text.field, index)
            if owned >= 0 {
                while start > 0, owner(text.field, start - 1) == owned { start -= 1 }
            } else {
                guard isNameToken(index, in: text) else { break }
                while start > 0, start > index - 2, text.tokens[start - 1].isWord, text.tokens[start - 1].isCapitalized,
                      isNameToken(start - 1, in: text) {
                    start -= 1
                }
            }
            guard let item = nameSpan(at: start, in: text), item.upperBound == index + 1 || owned >= 0 else { break }
            items.insert(start..<(index + 1), at: 0)
            var previous = start - 1
            var separated = false
            if text.isWord(previous, Words.andOr) { previous -= 1; separated = true }
            if text.isPunct(previous, ",") { previous -= 1; separated = true }
            if !separated { break }
            index = previous
        }
        return items
    }

    func isKnown(_ range: Range<Int>, in text: FieldText, as kind: MatchKind) -> Bool {
        let owned = owner(text.field, range.lowerBound)
        return owned >= 0 && table[owned].kind == kind
    }

    func isKnown(_ range: Range<Int>, in text: FieldText) -> Bool { owner(text.field, range.lowerBound) >= 0 }

    /// The first describing noun in `range`: a dataset noun, a benchmark noun or a method noun.
    func describedKind(in range: Range<Int>, of text: FieldText) -> (kind: MatchKind, benchmark: Bool)? {
        for t in range where t < text.tokens.count {
            if text.isPunct(t, ";") || text.isPunct(t, ".") { break }
            if text.isWord(t, Words.datasetNouns) || text.isWord(t, Words.benchmarkNouns) {
                if text.isWord(t, Words.benchmarkNouns) { return (.dataset, true) }
                return (.dataset, false)
            }
            if text.isWord(t, Words.methodNouns) { return (.model, false) }
        }
        return nil
    }

    mutating func contribute(_ range: Range<Int>, in text: FieldText, kind: MatchKind, benchmark: Bool, rule: String, name: String? = nil) {
        let name = name ?? text.text(range)
        let key = NameKey.of(name)
        if range.count == 1, Words.generic.contains(text.tokens[range.lowerBound].lower) || Words.commonCapitalized.contains(text.tokens[range.lowerBound].lower) { return }
        guard !key.isEmpty, conceptKeys.isEmpty || kind == .dataset || !conceptKeys.contains(KeyHasher.key(name).hash) else { return }
        if kind == .model, let existing = table.index(of: name), table[existing].kind == .dataset, table[existing].fromLexicon { return }
        guard let index = register(kind, name: name, range: range, in: text, rule: rule, override: true) else { return }
        if table[index].contributed && table[index].kind != kind { return }
        table[index].contributed = true
        table[index].rule = rule
        if kind == .dataset {
            table[index].datasetRole = .introduced
            if benchmark { table[index].type = .benchmark }
        } else {
            table[index].modelRole = .proposed
        }
    }

    // MARK: - Title

    /// "X: A ..." or "X, a ...": the paper's own method, or its dataset when the rest says so;
    /// "... and the X Dataset": its dataset.
    private mutating func readTitle() {
        let text = title
        guard !text.tokens.isEmpty else { return }
        var colon = -1
        for t in text.tokens.indices where text.isPunct(t, ":") || (text.isPunct(t, ",") && t <= 4) {
            colon = t
            break
        }
        if colon > 0 {
            var head = 0..<colon
            var name: String?
            // "Tiny Time Mixers (TTMs): ..." names the acronym.
            if colon >= 3, text.isPunct(colon - 1, ")"), text.isPunct(colon - 3, "("), text.tokens[colon - 2].isWord {
                head = (colon - 2)..<(colon - 1)
                name = singular(text.text(head))
            }
            let wordCount = head.filter { text.tokens[$0].isWord }.count
            let first = head.lowerBound
            let headIsName = wordCount == 1 && (isNameToken(first, in: text) || endsWithBench(first, in: text) || text.tokens[first].isCapitalized && text.tokens[first].keyCount >= 3
                && !Words.commonCapitalized.contains(text.tokens[first].lower) && !Words.generic.contains(text.tokens[first].lower))
                || head.allSatisfy { text.tokens[$0].isWord ? (text.tokens[$0].isNameShaped || text.tokens[$0].isAllCaps) : text.isPunct($0, "-") }
            if headIsName, !isKnown(head, in: text, as: .metric) {
                let rest = (colon + 1)..<text.tokens.count
                let described = describedKind(in: rest, of: text)
                let isData = described?.kind == .dataset && titleNounIsHead(rest, in: text)
                // A known dataset named first is what the paper is about, not its method.
                if isData || !isKnown(head, in: text, as: .dataset) {
                    contribute(head, in: text, kind: isData ? .dataset : .model, benchmark: described?.benchmark ?? false, rule: "title:\(isData ? "dataset" : "method")", name: name)
                }
            }
        }
        // "... and the CaseHOLD Dataset", "... with the X Benchmark"
        for t in text.tokens.indices.dropFirst() where text.isWord(t, Words.datasetNouns) && text.tokens[t].isCapitalized {
            let item = t - 1
            if isNameToken(item, in: text, allowCapitalized: false), !isKnown(item..<t, in: text, as: .metric) {
                contribute(item..<t, in: text, kind: .dataset, benchmark: text.isWord(t, Words.benchmarkNouns), rule: "title:named-dataset")
            }
        }
    }

    /// "Grounded Language-Image Pre-training" and "GLIP" in the abstract: a name spelled by the title's initials.
    private mutating func readTitleInitials() {
        var initials: [Unicode.Scalar] = []
        for token in title.tokens where token.isWord && !Words.commonCapitalized.contains(token.lower) || token.isWord && token.isCapitalized {
            initials.append(KeyHasher.lower(title.scalars[token.start]))
            for i in token.start..<token.end where title.scalars[i] == "-" && i + 1 < token.end {
                initials.append(KeyHasher.lower(title.scalars[i + 1]))
            }
        }
        guard initials.count >= 3 else { return }
        for t in abstract.tokens.indices where abstract.tokens[t].isWord && abstract.tokens[t].isAllCaps && abstract.tokens[t].keyCount >= 3 && abstract.tokens[t].keyCount <= 8 {
            // Only a name already read as a model ("GLIP achieves ..."): a task's initials ("VAD") are no method.
            let owned = owner(.abstract, t)
            guard owned >= 0, table[owned].kind == .model, !table[owned].fromLexicon else { continue }
            var letters: [Unicode.Scalar] = []
            for i in abstract.tokens[t].start..<abstract.tokens[t].end { if let s = KeyHasher.keyScalar(abstract.scalars[i]) { letters.append(s) } }
            guard letters.allSatisfy({ !FieldText.isDigit($0) }) else { continue }
            let uses = abstract.tokens.indices.filter { abstract.tokens[$0].key == abstract.tokens[t].key }.count
            guard uses >= 2, letters.count <= initials.count else { continue }
            let found = (0...(initials.count - letters.count)).contains { start in Array(initials[start..<(start + letters.count)]) == letters }
            if found {
                contribute(t..<(t + 1), in: abstract, kind: .model, benchmark: false, rule: "title:initials")
                return
            }
        }
    }

    /// Whether the dataset noun of a title's rest is its head ("A Multi Layer Annotated Dataset for ..."),
    /// not buried in a phrase ("Pretraining on Datasets").
    private func titleNounIsHead(_ rest: Range<Int>, in text: FieldText) -> Bool {
        for t in rest {
            if text.isWord(t, Words.datasetNouns) { return true }
            if text.isWord(t, Words.Inline.forOnWithEtc) { return false }
        }
        return false
    }

    private func singular(_ name: String) -> String {
        if name.count > 3, name.hasSuffix("s"), let last = name.dropLast().last, last.isUppercase { return String(name.dropLast()) }
        return name
    }

    // MARK: - "we propose X", "termed X", "X, a new dataset"

    private mutating func readIntroductions() {
        let text = abstract
        let tokens = text.tokens
        // Held in locals: a static read in the loop is a lazy-initialisation check for every word.
        let proposeVerbs = Words.proposeVerbs, namingWords = Words.namingWords, introducedParticiples = Words.introducedParticiples
        let our = Words.our, articles = Words.articles
        for t in tokens.indices where tokens[t].isWord {
            if text.isWord(t, proposeVerbs), isAgentive(t, in: text) {
                readIntroduction(after: t, in: text, rule: "abstract:we-propose")
            } else if text.isWord(t, namingWords) {
                readNamed(after: t, in: text)
            } else if text.isWord(t, introducedParticiples), t >= 1, text.isWord(t - 1, Words.Inline.isWasAre) {
                // "Transformers as Treatment Effect Estimators (TransTEE) is proposed."
                if let name = nameBefore(t - 1, in: text) {
                    let described = describedKind(in: text.sentenceRange(of: t).lowerBound..<t, of: text)
                    contribute(name.range, in: text, kind: described?.kind ?? .model, benchmark: described?.benchmark ?? false, rule: "abstract:is-proposed", name: name.name)
                }
            } else if tokens[t].lower == our, let item = nameSpan(at: t + 1, in: text), owner(.abstract, t + 1) < 0 || !table[owner(.abstract, t + 1)].fromLexicon {
                // "our Dual-Swin-L achieves ..."
                guard tokens[t + 1].isNameShaped || tokens[t + 1].isAllCaps || looksLikeModelSize(t + 1, in: text) else { continue }
                let after = item.upperBound
                let isData = text.isWord(after, Words.datasetNouns)
                contribute(item, in: text, kind: isData ? .dataset : .model, benchmark: text.isWord(after, Words.benchmarkNouns), rule: "abstract:our-name")
            }
            // "X, a new dataset of ..." / "X, a benchmark for ..."
            if text.isPunct(t + 1, ","), text.isWord(t + 2, articles), isNameToken(t, in: text), !isKnown(t..<(t + 1), in: text, as: .model) {
                let window = (t + 3)..<min(tokens.count, t + 9)
                if let described = describedKind(in: window, of: text), described.kind == .dataset,
                   isIntroducingSentence(t, in: text) || window.contains(where: { text.isWord($0, Self.noveltyWords) }),
                   !window.contains(where: { text.isWord($0, Self.familiarityWords) }) {
                    let start = nameSpanStart(endingAt: t, in: text)
                    contribute(start..<(t + 1), in: text, kind: .dataset, benchmark: described.benchmark, rule: "abstract:name-a-dataset")
                }
            }
        }
    }

    static let noveltyWords = KeyHasher.words(["new", "novel", "first"])
    static let familiarityWords = KeyHasher.words(["popular", "standard", "widely", "well-known", "common", "commonly", "existing", "classic", "famous", "established", "public", "publicly"])

    /// The first token of the entity span that ends at `t` (or `t` itself when no entity owns it).
    func nameSpanStart(endingAt t: Int, in text: FieldText) -> Int {
        let owned = owner(text.field, t)
        var start = t
        if owned >= 0 { while start > 0, owner(text.field, start - 1) == owned { start -= 1 } }
        return start
    }

    /// A proposing verb whose subject is the paper: "we", "this paper", "this work", "the authors".
    private func isAgentive(_ verb: Int, in text: FieldText) -> Bool {
        let sentence = text.sentenceRange(of: verb)
        var t = verb - 1
        while t >= sentence.lowerBound, t >= verb - 6 {
            let lower = text.tokens[t].lower
            if lower == Words.we || Self.paperSubjects.contains(lower) { return true }
            t -= 1
        }
        return false
    }

    static let paperSubjects = KeyHasher.words(["paper", "work", "study", "report", "article", "authors", "us", "letter", "i"])

    private func isIntroducingSentence(_ t: Int, in text: FieldText) -> Bool {
        let sentence = text.sentenceRange(of: t)
        for i in sentence where text.isWord(i, Words.proposeVerbs) || text.isWord(i, Words.introducedParticiples) || text.isWord(i, Self.noveltyWords) {
            return true
        }
        return false
    }

    /// The name a proposing verb puts forward: the first name within a few words, read with what describes it.
    private mutating func readIntroduction(after verb: Int, in text: FieldText, rule: String) {
        let sentence = text.sentenceRange(of: verb)
        var t = verb + 1
        let limit = min(sentence.upperBound, verb + 14)
        while t < limit {
            let token = text.tokens[t]
            if token.isWord {
                if text.isWord(t, Self.introductionStops) { return }
                if let (range, name) = candidateName(at: t, in: text) {
                    let before = (verb + 1)..<range.lowerBound
                    let after = range.upperBound..<min(sentence.upperBound, range.upperBound + 12)
                    let longForm = acronyms.first { $0.field == text.field && $0.short == range }.map { $0.long.suffix(2) }
                    let described = longForm.flatMap { describedKind(in: $0.lowerBound..<$0.upperBound, of: text) }
                        ?? describedKind(in: before, of: text).flatMap { $0.kind == .dataset ? $0 : nil }
                        ?? describedKind(in: after, of: text)
                    contribute(range, in: text, kind: described?.kind ?? .model, benchmark: described?.benchmark ?? false, rule: rule, name: name)
                    return
                }
                // Only lower-case words (articles, adjectives, nouns) and concept abbreviations ("a novel
                // MBRL algorithm") may come between the verb and the name.
                if token.isCapitalized && !isSentenceStart(t, in: text) && !conceptKeys.contains(token.key) {
                    if !Words.commonCapitalized.contains(token.lower) { return }
                }
            } else if text.isPunct(t, "("), let acronym = acronyms.first(where: { $0.field == text.field && $0.short.lowerBound == t + 1 && $0.long.lowerBound > verb }),
                      !conceptKeys.contains(text.tokens[t + 1].key), isNameToken(t + 1, in: text, allowCapitalized: false) {
                // "presents a grounded language-image pre-training (GLIP) model": the abbreviation is the name.
                let described = describedKind(in: acronym.short.upperBound..<min(sentence.upperBound, acronym.short.upperBound + 3), of: text)
                contribute(acronym.short, in: text, kind: described?.kind ?? .model, benchmark: described?.benchmark ?? false, rule: rule)
                return
            } else if !(text.isPunct(t, ",") || text.isPunct(t, ":") || text.isPunct(t, "-") || text.isPunct(t, "\"") || text.isPunct(t, "“")) {
                return
            }
            t += 1
        }
    }

    /// "WSC (90.1%), DPR (93.1%), COPA (90.6%)": a name the lexicon has as a model, listed between
    /// datasets, is used as a dataset here (DPR, the Definite Pronoun Resolution set).
    private mutating func readDatasetListMembers() {
        let text = abstract
        for index in table.records.indices where table[index].kind == .model && table[index].fromLexicon && !table[index].contributed {
            let listed = table[index].places.contains { place in
                place.field == .abstract && isDatasetItem(endingBefore: place.tokens.lowerBound, in: text) && isDatasetItem(startingAfter: place.tokens.upperBound, in: text)
            }
            if listed {
                table[index].kind = .dataset
                table[index].rule = "context:dataset-list"
            }
        }
    }

    /// Whether the list item before a ", " or " and " ending at `t` is a dataset: "COCO, X", "COCO (1.0), X".
    private func isDatasetItem(endingBefore t: Int, in text: FieldText) -> Bool {
        var u = t - 1
        if text.isWord(u, Words.andOr) { u -= 1 }
        guard u < t - 1 || text.isPunct(u, ",") else { return false }
        if text.isPunct(u, ",") { u -= 1 }
        if text.isPunct(u, ")") {
            let stop = max(0, u - 8)
            while u > stop, !text.isPunct(u, "(") { u -= 1 }
            guard text.isPunct(u, "(") else { return false }
            u -= 1
        }
        let owned = owner(.abstract, u)
        return owned >= 0 && table[owned].kind == .dataset
    }

    /// Whether the list item after `t` (past a parenthesis and a ", " or " and ") is a dataset.
    private func isDatasetItem(startingAfter t: Int, in text: FieldText) -> Bool {
        var u = t
        if text.isPunct(u, "(") {
            let stop = min(text.tokens.count - 1, u + 8)
            while u < stop, !text.isPunct(u, ")") { u += 1 }
            guard text.isPunct(u, ")") else { return false }
            u += 1
        }
        guard text.isPunct(u, ",") || text.isWord(u, Words.andOr) else { return false }
        u += 1
        if text.isWord(u, Words.andOr) { u += 1 }
        let owned = owner(.abstract, u)
        return owned >= 0 && table[owned].kind == .dataset
    }

    static let pluralMethodNouns = KeyHasher.words(["networks", "nets", "transformers", "encoders", "agents", "mixers", "models"])
    static let namedFollowers = KeyHasher.words(["which", "that", "for", "to", "as", "consisting", "with", "built", "based"])
    static let introductionStops = KeyHasher.words([
        "that", "which", "to", "for", "in", "on", "with", "by", "how", "what", "whether", "our", "their", "its", "it",
        "results", "details", "experiments", "analysis", "evidence", "insights", "this", "these", "them", "here",
        "theoretical", "empirical", "extensive", "several", "various", "two", "three", "four", "some", "both",
        "findings", "comprehensive", "systematic", "thorough", "study", "survey", "overview", "review", "investigation",
    ])

    /// A name at a token as the paper would name its contribution: a name-shaped word, a lower-case
    /// hyphenated coinage followed by ", a", capitalised words before "(ACRO)" or a comma.
    private func candidateName(at t: Int, in text: FieldText) -> (Range<Int>, String?)? {
        let token = text.tokens[t]
        // Capitalised long form with its acronym: "Visual Navigation Transformer (ViNT)".
        if token.isCapitalized || token.isNameShaped, let acronym = acronyms.first(where: { $0.field == text.field && $0.long.lowerBound == t }) {
            return (acronym.short, nil)
        }
        if isNameToken(t, in: text, allowCapitalized: false) {
            let owned = owner(text.field, t)
            if owned >= 0 {
                if table[owned].kind == .metric { return nil }
                var end = t + 1
                while end < text.tokens.count, owner(text.field, end) == owned { end += 1 }
                return (t..<end, table[owned].fromLexicon ? table[owned].name : nil)
            }
            return (t..<(t + 1), nil)
        }
        // "Zorblax, a framework", "Galactica (GAL)": a capitalised word the paper names outright.
        if token.isCapitalized, !token.isNameShaped, token.keyCount >= 4, !isSentenceStart(t, in: text),
           !Words.commonCapitalized.contains(token.lower), !Words.generic.contains(token.lower), !Words.companies.contains(token.lower),
           text.isPunct(t + 1, ",") && text.isWord(t + 2, Words.articles) || text.isPunct(t + 1, "(") || text.isWord(t + 1, Self.namedFollowers) {
            return (t..<(t + 1), nil)
        }
        // "proxy-tuning, a lightweight ... algorithm"
        if token.shape.contains(.hyphen), !token.isCapitalized, text.isPunct(t + 1, ","), text.isWord(t + 2, Words.articles) {
            return (t..<(t + 1), nil)
        }
        // "Self Positioning, which" / "Self Positioning,"
        if token.isCapitalized, t + 1 < text.tokens.count, text.tokens[t + 1].isWord, text.tokens[t + 1].isCapitalized {
            var end = t + 1
            while end < text.tokens.count, end - t < 4, text.tokens[end].isWord, text.tokens[end].isCapitalized { end += 1 }
            if text.isPunct(end, ",") && text.isPunct(t - 1, ",") { return (t..<end, nil) }
        }
        return nil
    }

    /// "termed Cloud-Adapter", "called EduProbe", "namely distribution regularization ... (DR-Tune)".
    private mutating func readNamed(after word: Int, in text: FieldText) {
        var t = word + 1
        if text.isWord(t, Words.Inline.asTheItEtc) { t += 1 }
        while text.isPunct(t, ",") || text.isPunct(t, ":") || text.isPunct(t, "\"") || text.isPunct(t, "“") { t += 1 }
        guard t < text.tokens.count else { return }
        let sentence = text.sentenceRange(of: word)
        let before = max(sentence.lowerBound, word - 8)..<word
        var range: Range<Int>?
        var name: String?
        if let found = candidateName(at: t, in: text) {
            range = found.0
            name = found.1
        } else if !text.isWord(word, Words.Inline.namely), text.tokens[t].isCapitalized, text.tokens[t].shape.contains(.hyphen) || text.tokens[t].keyCount >= 4 && !isSentenceStart(t, in: text),
                  !Words.commonCapitalized.contains(text.tokens[t].lower), !Words.generic.contains(text.tokens[t].lower),
                  !(t + 1 < text.tokens.count && text.tokens[t + 1].isWord && text.tokens[t + 1].isCapitalized) {
            // "termed Cloud-Adapter": a coinage in title case, named outright.
            range = t..<(t + 1)
        } else if let acronym = acronyms.first(where: { $0.field == text.field && $0.long.lowerBound == t && !$0.isConcept || $0.field == text.field && $0.long.lowerBound == t && text.tokens[$0.short.lowerBound].isNameShaped }) {
            range = acronym.short
        } else if text.tokens[t].isWord {
            // A lower-case long form whose parenthesis names the method: "namely ... (DR-Tune)".
            var close = t
            while close < min(sentence.upperBound, t + 10), !text.isPunct(close, "(") { close += 1 }
            if text.isPunct(close, "("), text.isPunct(close + 2, ")"), isNameToken(close + 1, in: text, allowCapitalized: false) {
                range = (close + 1)..<(close + 2)
            }
        }
        guard let range else { return }
        let described = describedKind(in: before, of: text).map { $0.kind == .dataset ? $0 : ($0.kind, false) }
            ?? describedKind(in: range.upperBound..<min(sentence.upperBound, range.upperBound + 10), of: text)
        contribute(range, in: text, kind: described?.kind ?? .model, benchmark: described?.benchmark ?? false, rule: "abstract:named", name: name)
    }

    /// The name right before a token: an acronym's short form or a name-shaped word.
    private func nameBefore(_ t: Int, in text: FieldText) -> (range: Range<Int>, name: String?)? {
        if text.isPunct(t - 1, ")"), let acronym = acronyms.first(where: { $0.field == text.field && $0.short.upperBound == t - 1 }) {
            return (acronym.short, nil)
        }
        if isNameToken(t - 1, in: text, allowCapitalized: false) { return ((t - 1)..<t, nil) }
        return nil
    }

    /// "..., we pretrain ... a hierarchical transformer model (HMDE)": a capitalised or unexpanded
    /// acronym the paper defines in a sentence about itself and keeps using.
    private mutating func readAcronymContributions() {
        let text = abstract
        for acronym in acronyms where acronym.field == .abstract && !acronym.isConcept {
            let short = acronym.short.lowerBound
            guard owner(.abstract, short) < 0, isNameToken(short, in: text, allowCapitalized: false) else { continue }
            let sentence = text.sentences[acronym.sentence]
            let aboutPaper = sentence.contains { text.tokens[$0].lower == Words.we || Self.paperSubjects.contains(text.tokens[$0].lower) || text.isWord($0, Words.proposeVerbs) }
            guard aboutPaper else { continue }
            let key = text.tokens[short].key
            let uses = text.tokens.indices.filter { $0 != short && text.tokens[$0].key == key }.count
            guard uses >= 2 else { continue }
            // The long form must say what it is: "a hierarchical transformer model (HMDE)", not "Continual Learning (CL)".
            guard acronym.long.contains(where: { text.isWord($0, Words.methodNouns) || text.isWord($0, Self.pluralMethodNouns) || text.isWord($0, Words.datasetNouns) }),
                  text.tokens[short].keyCount >= 3 else { continue }
            let described = describedKind(in: acronym.long, of: text) ?? describedKind(in: sentence.lowerBound..<acronym.long.lowerBound, of: text)
            contribute(acronym.short, in: text, kind: described?.kind ?? .model, benchmark: described?.benchmark ?? false, rule: "abstract:defined-acronym")
        }
    }
}
