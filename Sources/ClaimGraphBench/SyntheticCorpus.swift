import ClaimGraphCorpus
import ClaimGraphExtraction
import ClaimGraphStore
import Foundation

/// Papers made up for benchmarks: real sentences from the bundled corpus recombined with
/// gazetteer names and varied numbers, so extraction does real work on every abstract. Paper
/// `i` depends only on the seed, `i` and the vocabulary, so the same seed gives the same bytes
/// and any paper can be regenerated alone.
public struct SyntheticCorpus: Sendable {
    /// What papers are built from. Names are lists of surface forms, the canonical one first.
    public struct Vocabulary: Sendable {
        public var titles: [String]
        public var sentences: [String]
        public var datasets: [[String]]
        public var models: [[String]]
        public var metrics: [[String]]

        public init(titles: [String], sentences: [String], datasets: [[String]], models: [[String]], metrics: [[String]]) {
            precondition(!titles.isEmpty && !sentences.isEmpty && !datasets.isEmpty && !models.isEmpty && !metrics.isEmpty,
                         "a synthetic corpus needs titles, sentences and names of every kind")
            self.titles = titles
            self.sentences = sentences
            self.datasets = datasets
            self.models = models
            self.metrics = metrics
        }

        /// Sentences and titles of `papers`, names of `lexicon`.
        public init(papers: [PaperRecord], lexicon: Lexicon) {
            self.init(
                titles: papers.map(\.title),
                sentences: papers.flatMap { Self.sentences(of: $0.abstract) },
                datasets: lexicon.datasets.map { [$0.name] + $0.aliases },
                models: lexicon.models.map { [$0.name] + $0.aliases },
                metrics: lexicon.metrics.map { [$0.name] + $0.aliases })
        }

        /// The bundled corpus and lexicon: what `claimgraph bench generate` uses.
        public static func bundled() throws -> Vocabulary {
            Vocabulary(papers: try PaperSource.readBundledCorpus(), lexicon: .bundled)
        }

        /// Prose sentences of an abstract: split after ". ", kept when of a readable length.
        static func sentences(of abstract: String) -> [String] {
            abstract.replacingOccurrences(of: "\n", with: " ")
                .components(separatedBy: ". ")
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { (40...320).contains($0.count) }
                .map { $0.hasSuffix(".") ? $0 : $0 + "." }
        }
    }

    /// One generated paper, in the fields `ingest` reads from JSON Lines.
    public struct Paper: Sendable, Equatable {
        public var arxivID: String
        public var title: String
        public var abstract: String

        /// `{"arxiv_id":…,"title":…,"abstract":…}`, keys in that fixed order, no trailing newline.
        public var jsonLine: String {
            "{\"arxiv_id\":\(JSONText.quoted(arxivID)),\"title\":\(JSONText.quoted(title)),\"abstract\":\(JSONText.quoted(abstract))}"
        }

        public func record(file: String, line: Int) -> PaperRecord {
            PaperRecord(title: title, abstract: abstract, arxivID: arxivID, location: SourceLocation(file: file, line: line))
        }
    }

    public let seed: UInt64
    public let vocabulary: Vocabulary
    /// Name lists reordered by the seed; generation favours the front, making a few hubs.
    private let datasets: [[String]]
    private let models: [[String]]
    private let metrics: [[String]]

    public init(seed: UInt64, vocabulary: Vocabulary) {
        self.seed = seed
        self.vocabulary = vocabulary
        var generator = SplitMix64(seed: seed ^ 0x5EED_C0DE)
        var datasets = vocabulary.datasets, models = vocabulary.models, metrics = vocabulary.metrics
        generator.shuffle(&datasets)
        generator.shuffle(&models)
        generator.shuffle(&metrics)
        self.datasets = datasets
        self.models = models
        self.metrics = metrics
    }

    /// A modern arXiv id unique to the index: 90,000 papers a month from January 2015.
    public static func arxivID(forIndex index: Int) -> String {
        let month = index / 90_000
        let number = index % 90_000 + 1
        return String(format: "%02d%02d.%05d", 15 + month / 12, 1 + month % 12, number)
    }

    public func paper(at index: Int) -> Paper {
        var random = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(index))
        let dataset = surface(datasets[random.skewed(datasets.count)], &random)
        let model = surface(models[random.skewed(models.count, power: 2)], &random)
        let title: String
        switch random.below(4) {
        case 0: title = "\(random.pick(vocabulary.titles)) on \(dataset)"
        case 1: title = "\(model) Revisited: \(random.pick(vocabulary.titles))"
        case 2: title = "\(random.pick(vocabulary.titles)) (v\(index % 97 + 2))"
        default: title = random.pick(vocabulary.titles) + ": " + random.pick(vocabulary.titles)
        }
        var sentences: [String] = []
        for _ in 0..<(3 + random.below(3)) { sentences.append(random.pick(vocabulary.sentences)) }
        for _ in 0..<(1 + random.below(3)) {
            sentences.insert(resultSentence(dataset: dataset, model: model, &random), at: 1 + random.below(sentences.count))
        }
        return Paper(arxivID: Self.arxivID(forIndex: index), title: title, abstract: sentences.joined(separator: " "))
    }

    /// Papers `range`, one JSON line each (newline-terminated), handed to `write` in order.
    public func writeJSONLines(_ range: Range<Int>, to write: (String) throws -> Void) rethrows {
        for index in range { try write(paper(at: index).jsonLine + "\n") }
    }

    /// A name as a paper would write it: usually the canonical form, sometimes an alias.
    private func surface(_ forms: [String], _ random: inout SplitMix64) -> String {
        forms.count > 1 && random.below(4) == 0 ? forms[1 + random.below(forms.count - 1)] : forms[0]
    }

    private func resultSentence(dataset: String, model: String, _ random: inout SplitMix64) -> String {
        let metric = surface(metrics[random.skewed(metrics.count, power: 2)], &random)
        let other = surface(models[random.skewed(models.count, power: 2)], &random)
        let otherDataset = surface(datasets[random.skewed(datasets.count)], &random)
        let value = Self.number(random.unit() * 60 + 35, places: 1 + random.below(2))
        let delta = Self.number(random.unit() * 4 + 0.1, places: 1)
        switch random.below(6) {
        case 0: return "\(model) achieves \(value)% \(metric) on \(dataset)."
        case 1: return "On \(dataset), our method reaches \(value) \(metric), outperforming \(other) by \(delta) points."
        case 2: return "We report \(value) \(metric) on the \(otherDataset) test set, a +\(delta) improvement over \(other)."
        case 3:
            let before = Self.number(random.unit() * 30 + 40, places: 1)
            return "Compared with \(other), it improves \(metric) on \(dataset) from \(before) to \(value)."
        case 4: return "\(model) is \(Self.number(random.unit() * 8 + 1.2, places: 1))x faster than \(other) at equal \(metric) on \(otherDataset)."
        default:
            let fraction = Self.number(random.unit() * 0.5 + 0.45, places: 3)
            return "It obtains a \(metric) of \(fraction) on \(dataset) and \(value)% on \(otherDataset), with \(other) as backbone."
        }
    }

    /// Fixed-point text without locale or float-printing surprises.
    static func number(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)f", value)
    }
}
