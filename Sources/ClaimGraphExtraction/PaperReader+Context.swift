/// The rules that recognise names the lexicon lacks from how sentences use them.
extension PaperReader {
    // MARK: - Datasets

    mutating func readDatasetContexts() {
        for text in fields {
            let tokens = text.tokens
            // Held in locals: a static read in the loop is a lazy-initialisation check for every word.
            let triggers = Self.datasetTriggers, shapes = Self.nameShapes
            for t in tokens.indices where tokens[t].isWord {
                // Most words trigger no rule here: skip them with one probe.
                guard triggers.contains(tokens[t].lower) || !tokens[t].shape.isDisjoint(with: shapes) else { continue }
                // "the ScanNet dataset", "MuLAn-COCO and MuLAn-LAION datasets"
                if text.isWord(t, Words.datasetNouns), t > 0,
                   !acronyms.contains(where: { $0.field == text.field && $0.long.contains(t) && !$0.isConcept }) {
                    let items = listItems(endingAt: t, in: text)
                    // "three VAD datasets": a lone acronym before a plural noun names a task, not a dataset.
                    if items.count == 1, let only = items.first, only.count == 1, text.tokens[only.lowerBound].isAllCaps,
                       !text.tokens[only.lowerBound].shape.contains(.digit), text.isWord(t, Self.pluralDatasetNouns) { continue }
                    for item in items where acceptsNewDataset(item, in: text) {
                        var item = item
                        // "Atari Learning Environment": capitalised words and a capitalised noun are one name.
                        if item.upperBound == t, item.count >= 2, text.tokens[t].isCapitalized { item = item.lowerBound..<(t + 1) }
                        registerNewDataset(item, in: text, benchmark: text.isWord(t, Words.benchmarkNouns), rule: "context:name-dataset")
                    }
                }
                // "public Chinese datasets AISHELL-1 and CLMAD": a list named by a plural dataset noun,
                // holding a known dataset, is a list of datasets.
                if text.isWord(t, Self.pluralDatasetNouns), t + 1 < tokens.count {
                    let items = listItems(from: t + 1, in: text)
                    if items.count >= 2, let last = items.last, endsPhrase(after: last, in: text),
                       items.contains(where: { isKnown($0, in: text, as: .dataset) }),
                       items.allSatisfy({ isKnown($0, in: text) || text.tokens[$0.lowerBound].isNameShaped || text.tokens[$0.lowerBound].isAllCaps }) {
                        admitDatasetList(items, in: text, single: false, rule: "context:datasets-list")
                    }
                }
                // "COCO test-dev", "X val"
                if t > 0, text.isWord(t, Self.strongSplits), acceptsNewDataset((t - 1)..<t, in: text), text.tokens[t - 1].isNameShaped || text.tokens[t - 1].isAllCaps {
                    registerNewDataset((t - 1)..<t, in: text, benchmark: false, rule: "context:name-split")
                }
                // "evaluated on X, Y and Z", "results on X", "+12.00 on MATH", "including X and Y"
                if text.isWord(t, Self.listCues), isEvaluationContext(t, in: text) {
                    var start = t + 1
                    if text.isWord(start, Words.theSet) { start += 1 }
                    if text.isWord(start, Words.Inline.asWord) { start += 1 }
                    while text.isPunct(start, ",") || text.isPunct(start, ":") { start += 1 }
                    let items = listItems(from: start, in: text)
                    // A lone "on X" must end there: "on BEV map segmentation" and "on iPhone 12" use X as a modifier.
                    if items.count == 1, let item = items.first, !endsPhrase(after: item, in: text) { continue }
                    admitDatasetList(items, in: text, single: items.count == 1, rule: "context:evaluated-on")
                }
                // "image classification (ImageNet)", "a general corpus (Google Books and Wikipedia)"
                if text.isWord(t, Words.taskHeads) || text.isWord(t, Words.datasetNouns) || text.isWord(t, Self.dataHeads), text.isPunct(t + 1, "("), !acronyms.contains(where: { $0.field == text.field && $0.short.lowerBound == t + 2 }) {
                    // "face localization (LNet)": a "...Net" in parentheses after a task is its network.
                    let items = listItems(from: t + 2, in: text).filter { item in
                        isKnown(item, in: text) || !(text.text(item).hasSuffix("Net") || text.text(item).hasSuffix("Nets"))
                    }
                    if let last = items.last, text.isPunct(last.upperBound, ")") {
                        admitDatasetList(items, in: text, single: true, rule: "context:task-parenthesis")
                    }
                }
                // "instruction data from Magicoder and StarCoder2-Instruct": data comes from datasets.
                if text.isWord(t, Words.Inline.fromWord), text.isWord(t - 1, Self.dataHeads) || text.isWord(t - 1, Words.datasetNouns) {
                    for item in listItems(from: t + 1, in: text) {
                        let owned = owner(text.field, item.lowerBound)
                        if owned >= 0, table[owned].kind == .model, !table[owned].contributed {
                            table[owned].kind = .dataset
                            table[owned].rule = "context:data-from"
                            trainedPlaces.insert(Place(field: text.field, tokens: item))
                        } else if acceptsNewDataset(item, in: text), text.tokens[item.lowerBound].isNameShaped {
                            registerNewDataset(item, in: text, benchmark: false, rule: "context:data-from")
                            trainedPlaces.insert(Place(field: text.field, tokens: item))
                        }
                    }
                }
                // "leveraging BabelNet as the readily available rich source", "use X as training data"
                if text.isWord(t, Self.useVerbs), let item = nameSpan(at: t + 1, in: text), text.isWord(item.upperBound, Words.Inline.asWord),
                   ((item.upperBound + 1)..<min(text.tokens.count, item.upperBound + 7)).contains(where: { text.isWord($0, Self.sourceNouns) }) {
                    if acceptsNewDataset(item, in: text) { registerNewDataset(item, in: text, benchmark: false, rule: "context:used-as-source") }
                    if isKnown(item, in: text, as: .dataset) { trainedPlaces.insert(Place(field: text.field, tokens: item)) }
                }
                // "IDEA-Bench", "BigCodeBench": a name ending in "Bench" is a benchmark.
                if owner(text.field, t) < 0, tokens[t].keyCount >= 6, isNameToken(t, in: text, allowCapitalized: false), endsWithBench(t, in: text) {
                    registerNewDataset(t..<(t + 1), in: text, benchmark: true, rule: "shape:bench")
                }
                // "pretrained on LAION-400M", "trained on X"
                if text.isWord(t, Words.trainingCues), text.isWord(t + 1, Words.onSet) {
                    var start = t + 2
                    if text.isWord(start, Words.theSet) { start += 1 }
                    let items = listItems(from: start, in: text)
                    for item in items where acceptsNewDataset(item, in: text) && (text.tokens[item.lowerBound].isNameShaped || text.tokens[item.lowerBound].isAllCaps) {
                        registerNewDataset(item, in: text, benchmark: false, rule: "context:trained-on")
                    }
                }
            }
        }
    }

    static let modelSuffixes = ["Former", "former", "BERT", "GPT", "CLIP", "ViT", "GAN", "LM", "LLM", "Diffusion"]
    static let useVerbs = KeyHasher.words(["leverage", "leverages", "leveraging", "use", "uses", "using", "employ", "employs", "employing", "adopt", "adopts", "adopting", "utilize", "utilizes", "utilizing"])
    static let sourceNouns = KeyHasher.words(["source", "sources", "corpus", "corpora", "dataset", "data", "resource", "resources", "knowledge", "benchmark", "testbed", "supervision"])

    func endsWithBench(_ t: Int, in text: FieldText) -> Bool {
        let token = text.tokens[t]
        guard token.end - token.start > 5 else { return false }
        let s = text.scalars
        let e = token.end
        guard s[e - 4] == "e", s[e - 3] == "n", s[e - 2] == "c", s[e - 1] == "h" else { return false }
        return s[e - 5] == "B" || s[e - 5] == "b" && (s[e - 6] == "-" || token.shape.contains(.upperInner))
    }

    func endsPhrase(after item: Range<Int>, in text: FieldText) -> Bool {
        let next = item.upperBound
        guard next < text.tokens.count else { return true }
        if !text.tokens[next].isWord { return !text.isPunct(next, "-") }
        return text.isWord(next, Self.phraseEnders) || text.isWord(next, Words.datasetNouns) || text.isWord(next, Words.splits)
    }

    static let phraseEnders = KeyHasher.words([
        "and", "or", "with", "without", "while", "for", "by", "compared", "using", "in", "at", "under", "across",
        "when", "where", "whereas", "than", "over", "as", "to", "from", "via", "respectively", "which", "that",
    ])
    /// Every word that starts a dataset rule, and the shapes a name (or a "...Bench") has.
    static let datasetTriggers = FingerprintSet(merging: [
        Words.datasetNouns, strongSplits, listCues, Words.taskHeads, dataHeads, Words.Inline.fromWord, Words.trainingCues, useVerbs,
    ])
    static let nameShapes: Shape = [.upperInner, .digit]
    static let modelTriggers = FingerprintSet(merging: [Words.baselineCues, exampleCues, Words.modelNouns, modelHeadNouns])
    static let modelShapes: Shape = [.upperInner, .digit, .hyphen, .slash]

    static let pluralDatasetNouns = KeyHasher.words(["datasets", "benchmarks", "corpora", "collections", "environments"])
    static let dataHeads = KeyHasher.words(["data", "corpus", "corpora", "text", "texts", "sources", "source", "collections"])
    static let strongSplits = KeyHasher.words(["test-dev", "test-std", "minival", "val2017", "test-clean", "test-other", "dev-clean", "dev-other"])
    static let listCues = KeyHasher.words(["on", "across", "including", "include", "includes", "as", "e.g", "namely", "over", "with"])

    /// Whether a cue word sits where results are reported: a sentence about evaluation, and the cue
    /// not "based on" or "trained on".
    func isEvaluationContext(_ cue: Int, in text: FieldText) -> Bool {
        if text.isWord(cue - 1, Self.notEvaluation) { return false }
        if text.isWord(cue, Words.Inline.asWord) && !text.isWord(cue - 1, Words.Inline.such) { return false }
        if text.isWord(cue, Words.Inline.withOver) && !text.isWord(cue - 1, Words.evaluationCues) { return false }
        return (text.field == .title ? titleEvaluation : abstractEvaluation)[text.sentenceOf[cue]]
    }

    static let notEvaluation = KeyHasher.words([
        "based", "built", "relies", "rely", "focus", "focuses", "depend", "depends", "trained", "pretrained",
        "pre-trained", "pretrain", "pre-train", "finetuned", "fine-tuned", "fine-tune", "finetune", "conditioned",
        "work", "works", "operates", "runs", "run", "deployed", "available", "released", "hosted", "click", "found",
        "models", "methods", "such", "llms", "encoders", "backbones", "architectures", "baselines",
    ])

    /// A list after an evaluation cue: all its unknown names are datasets, unless a known model among
    /// them says it lists models.
    mutating func admitDatasetList(_ items: [Range<Int>], in text: FieldText, single: Bool, rule: String) {
        guard !items.isEmpty else { return }
        if items.contains(where: { isKnown($0, in: text, as: .model) }) { return }
        if items.count == 1 && !single { return }
        for item in items where acceptsNewDataset(item, in: text) {
            // A lone capitalised word after "on" is too often a place or a name; ask for a name's shape.
            let token = text.tokens[item.lowerBound]
            if items.count == 1 && !(token.isNameShaped || token.isAllCaps) { continue }
            registerNewDataset(item, in: text, benchmark: false, rule: rule)
        }
    }

    func acceptsNewDataset(_ item: Range<Int>, in text: FieldText) -> Bool {
        guard !isKnown(item, in: text) else { return false }
        let first = item.lowerBound
        guard isNameToken(first, in: text) else { return false }
        let token = text.tokens[first]
        if item.count == 1, Words.companies.contains(token.lower) { return false }
        if item.count == 1, token.keyCount < 3 { return false }
        // "LNet", "SimpleFormer": written like a model.
        let name = text.text(item)
        if Self.modelSuffixes.contains(where: { name.hasSuffix($0) }) { return false }
        if looksLikeModelSize(first, in: text) { return false }
        if token.isNumber { return false }
        // Plural acronyms ("LLMs", "PLMs") are families of things.
        if item.count == 1, token.end - token.start >= 3, text.scalars[token.end - 1] == "s", FieldText.isUpper(text.scalars[token.end - 2]) { return false }
        return true
    }

    mutating func registerNewDataset(_ item: Range<Int>, in text: FieldText, benchmark: Bool, rule: String) {
        let name = text.text(item)
        guard let index = register(.dataset, name: name, range: item, in: text, rule: rule) else { return }
        if benchmark || name.hasSuffix("Bench") || name.hasSuffix("bench") { table[index].type = .benchmark }
    }

    // MARK: - Models

    mutating func readModelContexts() {
        for text in fields {
            let tokens = text.tokens
            let triggers = Self.modelTriggers, shapes = Self.modelShapes
            for t in tokens.indices where tokens[t].isWord {
                guard triggers.contains(tokens[t].lower) || !tokens[t].shape.isDisjoint(with: shapes) else { continue }
                // "Llama2-70B", "Dual-Swin-L", "ViT-B/16": written with a model size.
                if owner(text.field, t) < 0, looksLikeModelSize(t, in: text), isNameToken(t, in: text, allowCapitalized: false) || tokens[t].isCapitalized {
                    if !text.isWord(t + 1, Words.datasetNouns) {
                        register(.model, name: text.text(t), range: t..<(t + 1), in: text, rule: "shape:model-size")
                    }
                }
                // "GLIP achieves 49.8 AP": what achieves a result is a model.
                if owner(text.field, t) < 0, text.isWord(t + 1, Self.resultVerbs), isNameToken(t, in: text, allowCapitalized: false) {
                    register(.model, name: text.text(t), range: t..<(t + 1), in: text, rule: "context:subject")
                }
                // "outperforming Phi-1.5-1.3B", "compared with Swin-L and ViViT-H", "than BERT"
                if text.isWord(t, Words.baselineCues) {
                    var start = t + 1
                    if text.isWord(start, Words.Inline.withToAgainst) { start += 1 }
                    if text.isWord(start, Words.theSet) { start += 1 }
                    let items = listItems(from: start, in: text)
                    // "outperforms LLM-TS methods": a name modifying a class of methods is no model.
                    if let last = items.last, text.isWord(last.upperBound, Self.classNouns) { continue }
                    admitModelList(items, in: text, strict: true, rule: "context:baseline")
                }
                // "MatBERT, a model pretrained on ...": an apposition says what a name is.
                if owner(text.field, t) < 0, text.isPunct(t + 1, ","), text.isWord(t + 2, Words.articles), isNameToken(t, in: text, allowCapitalized: false) {
                    var u = t + 3
                    while u < min(text.tokens.count, t + 7), text.tokens[u].isWord, !text.isWord(u, Words.methodNouns), !text.isWord(u, Words.datasetNouns) { u += 1 }
                    if text.isWord(u, Self.modelHeadNouns) || text.isWord(u, Words.Inline.llmLmMllmEtc) {
                        register(.model, name: text.text(t), range: t..<(t + 1), in: text, rule: "context:apposition")
                    }
                }
                // "models such as X, Y and Z", "LLMs, namely X", "(e.g., mBERT or XLM-R)"
                if text.isWord(t, Self.exampleCues), headIsModelNoun(before: t, in: text) {
                    var start = t + 1
                    if text.isWord(start, Words.Inline.asWord) { start += 1 }
                    while text.isPunct(start, ",") || text.isPunct(start, ":") || text.isPunct(start, ".") { start += 1 }
                    admitModelList(listItems(from: start, in: text), in: text, strict: false, rule: "context:models-such-as")
                }
                if text.isPunct(t + 1, "("), text.isWord(t, Words.modelNouns), !acronyms.contains(where: { $0.field == text.field && $0.short.lowerBound == t + 2 }) {
                    let items = listItems(from: t + 2, in: text)
                    if let last = items.last, text.isPunct(last.upperBound, ")") {
                        admitModelList(items, in: text, strict: false, rule: "context:models-parenthesis")
                    }
                }
                // "ViT, Swin Transformer and ResNet backbones", "the Stable Diffusion backbone"
                if text.isWord(t, Self.modelHeadNouns), t > 0 {
                    admitModelList(listItems(endingAt: t, in: text), in: text, strict: true, rule: "context:name-backbone")
                }
            }
            // A list with a known model in it lists models: "PEGASUS, T5, MBART, and BART".
            for t in tokens.indices where owner(text.field, t) >= 0 && table[owner(text.field, t)].kind == .model {
                guard t == 0 || owner(text.field, t - 1) != owner(text.field, t) else { continue }
                var start = t
                // Walk back to the start of the list.
                while start >= 2, text.isPunct(start - 1, ",") || text.isWord(start - 1, Words.andOr) {
                    var previous = start - 1
                    if text.isWord(previous, Words.andOr) { previous -= 1 }
                    if text.isPunct(previous, ",") { previous -= 1 }
                    guard previous >= 0, text.tokens[previous].isWord, nameSpan(at: nameSpanStart(endingAt: previous, in: text), in: text) != nil else { break }
                    start = nameSpanStart(endingAt: previous, in: text)
                }
                let items = listItems(from: start, in: text)
                if items.count >= 2 { admitModelList(items, in: text, strict: true, rule: "context:model-list") }
            }
        }
    }


    static let resultVerbs = KeyHasher.words([
        "achieves", "attains", "obtains", "outperforms", "surpasses", "reaches", "establishes", "beats", "exceeds",
        "scores", "yields", "sets", "delivers", "improves", "achieved", "outperformed", "surpassed",
    ])
    static let classNouns = KeyHasher.words(["methods", "approaches", "models", "baselines", "techniques", "frameworks", "systems", "variants", "counterparts", "architectures"])
    static let exampleCues = KeyHasher.words(["such", "e.g", "namely", "including", "like", "i.e"])
    static let modelHeadNouns = KeyHasher.words([
        "backbone", "backbones", "model", "models", "encoder", "encoders", "architecture", "architectures",
        "teacher", "teachers", "baseline", "baselines", "variants", "checkpoints", "llm", "llms",
    ])

    /// Whether the words just before an example cue are a model noun: "models such as", "(MMTs, e.g.".
    func headIsModelNoun(before cue: Int, in text: FieldText) -> Bool {
        var t = cue - 1
        var steps = 0
        while t >= 0, steps < 4 {
            if text.isWord(t, Words.modelNouns) { return true }
            if text.isWord(t, Words.datasetNouns) || text.isWord(t, Words.taskHeads) { return false }
            if text.tokens[t].isWord, owner(text.field, t) >= 0, table[owner(text.field, t)].kind == .model { return true }
            t -= 1
            steps += 1
        }
        return false
    }

    /// Names in a model context become models. `strict` asks each to be written like a name.
    mutating func admitModelList(_ items: [Range<Int>], in text: FieldText, strict: Bool, rule: String) {
        for item in items {
            if isKnown(item, in: text) { continue }
            let token = text.tokens[item.lowerBound]
            if item.count == 1, GazetteerMatcher.modelSizeWords.contains(token.lower) || token.keyCount < 2 { continue }
            guard isNameToken(item.lowerBound, in: text) else { continue }
            if strict && !(token.isNameShaped || token.isAllCaps || isKnownModelPrefix(item, in: text)) && item.count == 1 { continue }
            if item.count > 1 && strict && !item.contains(where: { text.tokens[$0].isNameShaped }) { continue }
            // Plural acronyms are families ("PLMs").
            if item.count == 1, text.scalars[token.end - 1] == "s", token.end - token.start >= 3, FieldText.isUpper(text.scalars[token.end - 2]) { continue }
            register(.model, name: text.text(item), range: item, in: text, rule: rule)
        }
    }

    func isKnownModelPrefix(_ item: Range<Int>, in text: FieldText) -> Bool {
        lexicon.model(named: text.text(item.lowerBound)) != nil
    }

    /// A word ending in a model size: "-70B", "-1.3B", "-L", "-B/16", "-XXL", "-Tiny", "L/2".
    func looksLikeModelSize(_ t: Int, in text: FieldText) -> Bool {
        let token = text.tokens[t]
        guard token.shape.contains(.hyphen) || token.shape.contains(.slash) || token.shape.contains(.digit), token.shape.contains(.letter) else { return false }
        // The last hyphen-separated part.
        var cut = token.start
        for i in token.start..<token.end where text.scalars[i] == "-" { cut = i + 1 }
        guard cut > token.start || token.shape.contains(.digit) else { return false }
        let suffix = text.scalars[cut..<token.end]
        if cut == token.start {
            // No hyphen: "Llama2", "StarCoder2" are not sizes; only "...70B" glued is ("nekomata-14b" has a hyphen).
            return false
        }
        // "B/16", "L/2", "S/16"
        if suffix.count >= 3, FieldText.isUpper(suffix[suffix.startIndex]), suffix[suffix.index(after: suffix.startIndex)] == "/" {
            return suffix.dropFirst(2).allSatisfy(FieldText.isDigit)
        }
        // "70B", "1.3B", "14b", "350M"
        if let last = suffix.last, "BbMm".unicodeScalars.contains(last), suffix.count >= 2 {
            let body = suffix.dropLast()
            return body.allSatisfy { FieldText.isDigit($0) || $0 == "." } && body.contains(where: FieldText.isDigit)
        }
        // "L", "H", "XL", "XXL", "T", "S", "B"
        var hasher = KeyHasher()
        for scalar in suffix { hasher.add(KeyHasher.lower(scalar)) }
        let word = hasher.value
        if Self.sizeLetters.contains(word) {
            return suffix.allSatisfy(FieldText.isUpper) || Self.sizeWordsCapitalized.contains(word)
        }
        return false
    }

    static let sizeLetters = KeyHasher.words(["s", "b", "l", "h", "g", "t", "xl", "xxl", "tiny", "small", "base", "large", "huge", "giant", "mini"])
    static let sizeWordsCapitalized = KeyHasher.words(["tiny", "small", "base", "large", "huge", "giant", "mini"])

    // MARK: - Acronyms and repeated names

    /// Gives an entity the other half of its abbreviation: "Massive Text Embedding Benchmark (MTEB)".
    mutating func linkAcronyms() {
        for acronym in acronyms where !acronym.isConcept {
            let text = text(acronym.field)
            let shortOwner = owner(acronym.field, acronym.short.lowerBound)
            // "POA (Pre-training Once for All)": a lexicon name inside the paper's own long form is part of it.
            if shortOwner >= 0, table[shortOwner].contributed {
                var t = acronym.long.lowerBound
                while t < acronym.long.upperBound {
                    let inner = owner(acronym.field, t)
                    guard inner >= 0, inner != shortOwner, table[inner].kind != .metric else { t += 1; continue }
                    var end = t
                    while end < acronym.long.upperBound, owner(acronym.field, end) == inner { end += 1 }
                    table.removePlace(inner, Place(field: acronym.field, tokens: t..<end))
                    markOwner(t..<end, in: acronym.field, -1)
                    t = end
                }
            }
            let longOwner = owner(acronym.field, acronym.long.lowerBound)
            if shortOwner >= 0, longOwner < 0 || longOwner == shortOwner {
                table.addAlias(shortOwner, mention: text.mention(acronym.long), place: Place(field: acronym.field, tokens: acronym.long))
                markOwner(acronym.long, in: acronym.field, shortOwner)
            } else if longOwner >= 0, shortOwner < 0, owner(acronym.field, acronym.long.upperBound - 1) == longOwner {
                table.addAlias(longOwner, mention: text.mention(acronym.short), place: Place(field: acronym.field, tokens: acronym.short))
                markOwner(acronym.short, in: acronym.field, longOwner)
            }
        }
    }

    private mutating func markOwner(_ range: Range<Int>, in field: TextField, _ index: Int) {
        for t in range {
            if field == .title { titleOwner[t] = index } else { abstractOwner[t] = index }
        }
    }

    /// Every other place a found name is written (any case, a plural "s" allowed for acronyms),
    /// so "MULAN" in the title and "MuLAn" in the abstract are one mention list.
    mutating func collectRepeats() {
        var byKey = FingerprintMap<Int>()
        for (index, record) in table.records.enumerated() where record.kind != .metric {
            for mention in record.mentions {
                let key = KeyHasher.key(mention.text)
                if key.count >= 2, byKey[key.hash] == nil { byKey[key.hash] = index }
            }
        }
        for text in fields {
            for t in text.tokens.indices where text.tokens[t].isWord && owner(text.field, t) < 0 {
                let token = text.tokens[t]
                var index = byKey[token.key]
                // A plural: "LLMs", and "ConvNeXts" for a name written with inner capitals.
                if index == nil, token.end - token.start >= 3, text.scalars[token.end - 1] == "s",
                   FieldText.isUpper(text.scalars[token.end - 2]) || token.shape.contains(.upperInner) && token.keyCount >= 5 {
                    var hasher = KeyHasher()
                    for i in token.start..<(token.end - 1) { hasher.addKey(text.scalars[i]) }
                    index = byKey[hasher.value]
                }
                guard let index else { continue }
                // Case must fit as for the lexicon: "kind" is not KIND.
                if !token.shape.contains(.upperFirst) && !token.shape.contains(.upperInner) && !table[index].mentions.contains(where: { $0.text == text.text(t) }) { continue }
                table.addAlias(index, mention: text.mention(t..<(t + 1)), place: Place(field: text.field, tokens: t..<(t + 1)))
                markOwner(t..<(t + 1), in: text.field, index)
            }
        }
    }
}
