import Foundation

/// Reads one paper's title and abstract into datasets, models, metrics and numeric claims.
/// A pure function of the text and the lexicon.
public struct Extractor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .bundled) {
        self.lexicon = lexicon
    }

    public func extract(title: String, abstract: String) -> PaperExtraction {
        let titleMatches = GazetteerMatcher(lexicon: lexicon).matches(in: title, field: .title)
        let abstractMatches = GazetteerMatcher(lexicon: lexicon).matches(in: abstract, field: .abstract)
        let matches = titleMatches + abstractMatches
        let claims = ClaimReader(lexicon: lexicon).claims(in: abstract, matches: abstractMatches)

        let evaluatedDatasets = Set(claims.compactMap(\.dataset))
        let datasets = group(matches.filter { $0.kind == .dataset }).map { name, mentions in
            let entry = lexicon.dataset(named: name)
            return DatasetFinding(
                name: name, type: entry?.type ?? .dataset,
                role: evaluatedDatasets.contains(name) ? .evaluated : .mentioned,
                mentions: mentions, suites: entry?.suites ?? [], rule: "gazetteer:dataset")
        }
        let models = group(matches.filter { $0.kind == .model }).map { name, mentions in
            ModelFinding(name: name, role: .mentioned, mentions: mentions, rule: "gazetteer:model")
        }
        let metrics = group(matches.filter { $0.kind == .metric }).map { name, mentions in
            MetricFinding(name: name, mentions: mentions, rule: "lexicon:metric")
        }
        return PaperExtraction(title: title, datasets: datasets, models: models, metrics: metrics, claims: claims)
    }

    /// Groups matches by canonical name in order of first appearance.
    private func group(_ matches: [GazetteerMatch]) -> [(String, [Mention])] {
        var order: [String] = []
        var mentions: [String: [Mention]] = [:]
        for match in matches {
            if mentions[match.name] == nil { order.append(match.name) }
            mentions[match.name, default: []].append(match.mention)
        }
        return order.map { ($0, mentions[$0] ?? []) }
    }
}

enum MatchKind: Sendable {
    case dataset, model, metric
}

struct GazetteerMatch: Sendable {
    var kind: MatchKind
    var name: String
    var mention: Mention
}

/// Finds lexicon names in text, longest match first, left to right.
struct GazetteerMatcher {
    let lexicon: Lexicon
    static let longestName = 6

    func matches(in text: String, field: TextField) -> [GazetteerMatch] {
        let scalarText = ScalarText(text)
        let tokens = Tokenizer.tokens(text)
        var result: [GazetteerMatch] = []
        var index = 0
        while index < tokens.count {
            var matched = false
            for length in stride(from: min(Self.longestName, tokens.count - index), through: 1, by: -1) {
                let start = tokens[index].start
                let end = tokens[index + length - 1].end
                let surface = scalarText.substring(start, end)
                if let hit = lookup(surface) {
                    result.append(GazetteerMatch(
                        kind: hit.kind, name: hit.name,
                        mention: Mention(text: surface, field: field, start: start, end: end)))
                    index += length
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return result
    }

    /// A lower-case surface only matches a lower-case name, so "math" is not the MATH dataset.
    private func lookup(_ surface: String) -> (kind: MatchKind, name: String)? {
        let lowercaseSurface = surface == surface.lowercased()
        func fits(_ forms: [String]) -> Bool {
            !lowercaseSurface || forms.contains { NameKey.of($0) == NameKey.of(surface) && $0 == $0.lowercased() }
        }
        if let entry = lexicon.dataset(named: surface), fits([entry.name] + entry.aliases) {
            return (.dataset, entry.name)
        }
        if let entry = lexicon.model(named: surface), fits([entry.name] + entry.aliases) {
            return (.model, entry.name)
        }
        if let entry = lexicon.metric(named: surface) {
            return (.metric, entry.name)
        }
        return nil
    }
}
