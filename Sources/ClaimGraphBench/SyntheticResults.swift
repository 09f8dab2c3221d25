import ClaimGraphStore
import Foundation

/// Result records made up for benchmarks, in Papers with Code's evaluation-tables JSON (the
/// schema of `evaluation-tables.json` and of ../shared/samples/pwc_evaluation_tables): a list
/// of tasks, each with datasets whose `sota.rows` give a model's metric values as strings.
/// Rows cite papers of the synthetic corpus by arXiv URL, so imported claims meet extracted ones.
public struct SyntheticResults: Sendable {
    public let corpus: SyntheticCorpus
    /// Rows per dataset table.
    public var rowsPerTable = 40
    /// Tables per task.
    public var tablesPerTask = 8

    public init(corpus: SyntheticCorpus) {
        self.corpus = corpus
    }

    /// Writes `records` result rows (one metric value each) citing papers `0..<papers`, as one
    /// JSON array, in pieces handed to `write`. Same seed, same arguments → same bytes.
    public func writeJSON(records: Int, papers: Int, to write: (String) throws -> Void) throws {
        var random = SplitMix64(seed: corpus.seed ^ 0x7E57_AB1E)
        let vocabulary = corpus.vocabulary
        try write("[")
        var written = 0
        var taskIndex = 0
        while written < records {
            if taskIndex > 0 { try write(",") }
            try write("\n  {\"categories\": [], \"datasets\": [")
            for table in 0..<tablesPerTask where written < records {
                if table > 0 { try write(",") }
                let dataset = vocabulary.datasets[random.skewed(vocabulary.datasets.count, power: 2)][0]
                let metricCount = 1 + random.below(2)
                let metrics = (0..<metricCount).map { _ in vocabulary.metrics[random.skewed(vocabulary.metrics.count, power: 2)][0] }
                let uniqueMetrics = metrics.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                try write("\n    {\"dataset\": \(JSONText.quoted(dataset)), \"dataset_citations\": [], \"dataset_links\": [], \"description\": \"\", \"sota\": {\"metrics\": [")
                try write(uniqueMetrics.map(JSONText.quoted).joined(separator: ", "))
                try write("], \"rows\": [")
                var row = 0
                while row < rowsPerTable, written < records {
                    if row > 0 { try write(",") }
                    let model = random.below(2) == 0
                        ? vocabulary.models[random.skewed(vocabulary.models.count, power: 2)][0]
                        : "\(random.pick(Self.prefixes))\(random.pick(Self.suffixes))-\(1 + random.below(200))"
                    let paper = random.below(max(1, papers))
                    let values = uniqueMetrics.map { metric in
                        "\(JSONText.quoted(metric)): \"\(SyntheticCorpus.number(random.unit() * 60 + 35, places: 1 + random.below(2)))\""
                    }
                    let date = String(format: "20%02d-%02d-%02d", 15 + random.below(9), 1 + random.below(12), 1 + random.below(28))
                    let paperID = SyntheticCorpus.arxivID(forIndex: paper)
                    try write("\n      {\"code_links\": [], \"metrics\": {\(values.joined(separator: ", "))}, \"model_links\": [], "
                        + "\"model_name\": \(JSONText.quoted(model)), \"paper_date\": \"\(date)\", "
                        + "\"paper_title\": \(JSONText.quoted(corpus.paper(at: paper).title)), "
                        + "\"paper_url\": \"https://arxiv.org/abs/\(paperID)\", \"uses_additional_data\": false}")
                    written += uniqueMetrics.count
                    row += 1
                }
                try write("]}, \"subdatasets\": []}")
            }
            try write("], \"description\": \"\", \"source_link\": null, \"subtasks\": [], \"synonyms\": [], \"task\": \"Synthetic task \(taskIndex + 1)\"}")
            taskIndex += 1
        }
        try write("\n]\n")
    }

    static let prefixes = ["Deep", "Sparse", "Hyper", "Meta", "Dual", "Omni", "Flash", "Mamba", "Graph", "Vision"]
    static let suffixes = ["Net", "Former", "Mixer", "Seg", "Det", "LM", "GAN", "Flow", "Rec", "Fuse"]
}
