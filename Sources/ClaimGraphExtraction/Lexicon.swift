import Foundation

/// A dataset or benchmark the gazetteer knows, with its aliases and suites.
public struct DatasetEntry: Sendable, Hashable {
    public var name: String
    public var type: DatasetType
    public var aliases: [String]
    public var suites: [String]
    public var area: String

    public init(name: String, type: DatasetType, aliases: [String], suites: [String], area: String) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.suites = suites
        self.area = area
    }
}

/// Whether a bigger number is better.
public enum MetricDirection: String, Sendable, Hashable, Codable {
    case higher, lower
}

/// How a metric is usually reported: as a percentage (or a 0–1 fraction of one), or a raw number.
public enum MetricScale: String, Sendable, Hashable, Codable {
    case percent, raw
}

public struct MetricEntry: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var direction: MetricDirection
    public var scale: MetricScale

    public init(name: String, aliases: [String], direction: MetricDirection, scale: MetricScale) {
        self.name = name
        self.aliases = aliases
        self.direction = direction
        self.scale = scale
    }
}

public struct ModelEntry: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var family: String

    public init(name: String, aliases: [String], family: String) {
        self.name = name
        self.aliases = aliases
        self.family = family
    }
}

/// Problems in a lexicon file, naming the file and line.
public enum LexiconError: Error, LocalizedError, Equatable {
    case missingResource(String)
    case badRow(file: String, line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missingResource(let name): return "lexicon file \(name) is missing from the bundle"
        case .badRow(let file, let line, let reason): return "\(file):\(line): \(reason)"
        }
    }
}

/// The curated names the extractor matches against: datasets and benchmarks, metrics, models.
public struct Lexicon: Sendable {
    public let datasets: [DatasetEntry]
    public let metrics: [MetricEntry]
    public let models: [ModelEntry]

    private let datasetsByKey: [String: Int]
    private let metricsByKey: [String: Int]
    private let modelsByKey: [String: Int]
    /// Every name and alias by the fingerprint of its key, for matching without allocating.
    let index: GazetteerIndex

    public init(datasets: [DatasetEntry], metrics: [MetricEntry], models: [ModelEntry]) {
        self.datasets = datasets
        self.metrics = metrics
        self.models = models
        datasetsByKey = Self.index(datasets.map { [$0.name] + $0.aliases })
        metricsByKey = Self.index(metrics.map { [$0.name] + $0.aliases })
        modelsByKey = Self.index(models.map { [$0.name] + $0.aliases })
        index = GazetteerIndex(datasets: datasets, metrics: metrics, models: models)
    }

    /// First entry wins a key, so a canonical name is never shadowed by a later alias.
    private static func index(_ names: [[String]]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (offset, forms) in names.enumerated() {
            for form in forms {
                let key = NameKey.of(form)
                if !key.isEmpty, result[key] == nil { result[key] = offset }
            }
        }
        return result
    }

    public func dataset(named name: String) -> DatasetEntry? {
        datasetsByKey[NameKey.of(name)].map { datasets[$0] }
    }

    public func metric(named name: String) -> MetricEntry? {
        metricsByKey[NameKey.of(name)].map { metrics[$0] }
    }

    public func model(named name: String) -> ModelEntry? {
        modelsByKey[NameKey.of(name)].map { models[$0] }
    }

    /// The lexicon shipped with ClaimGraph, loaded once.
    public static let bundled: Lexicon = {
        do {
            return try loadBundled()
        } catch {
            preconditionFailure("bundled lexicon is broken: \(error.localizedDescription)")
        }
    }()

    public static func loadBundled() throws -> Lexicon {
        func rows(_ name: String) throws -> [(line: Int, fields: [String])] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: "tsv")
            else { throw LexiconError.missingResource("\(name).tsv") }
            return try TSV.rows(String(contentsOf: url, encoding: .utf8), file: "\(name).tsv")
        }
        let datasets = try rows("datasets").map { row -> DatasetEntry in
            let f = row.fields
            guard f.count >= 5, let type = DatasetType(rawValue: f[1]) else {
                throw LexiconError.badRow(file: "datasets.tsv", line: row.line, reason: "expected name, type, aliases, suites, area, source")
            }
            return DatasetEntry(name: f[0], type: type, aliases: TSV.list(f[2]), suites: TSV.list(f[3]), area: f[4])
        }
        let metrics = try rows("metrics").map { row -> MetricEntry in
            let f = row.fields
            guard f.count >= 4, let direction = MetricDirection(rawValue: f[2]), let scale = MetricScale(rawValue: f[3]) else {
                throw LexiconError.badRow(file: "metrics.tsv", line: row.line, reason: "expected name, aliases, direction, scale, source")
            }
            return MetricEntry(name: f[0], aliases: TSV.list(f[1]), direction: direction, scale: scale)
        }
        let models = try rows("models").map { row -> ModelEntry in
            let f = row.fields
            guard f.count >= 3 else {
                throw LexiconError.badRow(file: "models.tsv", line: row.line, reason: "expected name, aliases, family, source")
            }
            return ModelEntry(name: f[0], aliases: TSV.list(f[1]), family: f[2])
        }
        return Lexicon(datasets: datasets, metrics: metrics, models: models)
    }
}

/// The lexicon files' format: tab-separated, a header line, `|` between list items.
enum TSV {
    static func rows(_ text: String, file: String) throws -> [(line: Int, fields: [String])] {
        var result: [(Int, [String])] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where offset > 0 {
            if line.isEmpty { continue }
            result.append((offset + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return result
    }

    static func list(_ field: String) -> [String] {
        field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
