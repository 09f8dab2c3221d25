import Foundation

/// Every kind of input `ingest` reads: papers to extract from, and result files to import.
public enum InputFormat: String, CaseIterable, Sendable {
    /// The paper-listing text format (a title line, a blank line, an abstract paragraph).
    case listing
    /// Papers as JSON Lines: `title`, `abstract`, optional `id`, `arxiv_id`, `url`, `date`, `authors`.
    case jsonl
    /// Papers with Code `evaluation-tables.json`: tasks → datasets → sota rows.
    case pwcResults = "pwc-results"
    /// Papers with Code `papers-with-abstracts.json`: one JSON array of papers, streamed.
    case pwcPapers = "pwc-papers"
    /// OpenMMLab / PwC `model-index` YAML metafiles (`Models`, `Collections`, `Import`).
    case modelIndex = "model-index"
    /// A Hugging Face model card: `model-index:` in the YAML front matter of README.md, or bare YAML.
    case hfCard = "hf-card"
    /// A leaderboard CSV, read through a column mapping or a known header (timm, Open LLM Leaderboard).
    case csv
    /// arXiv metadata JSON Lines (`id`, `title`, `abstract`, `categories`, `versions`), streamed.
    case arxiv

    /// Whether the format holds papers (run through the extractor) rather than results.
    public var holdsPapers: Bool {
        switch self {
        case .listing, .jsonl, .pwcPapers, .arxiv: return true
        case .pwcResults, .modelIndex, .hfCard, .csv: return false
        }
    }

    /// Tells the format from a file's name and its first bytes, without reading the rest.
    public static func detect(path: String) throws -> InputFormat {
        let head = try TextFile.head(path, bytes: 64 * 1024)
        return detect(head: head, path: path)
    }

    public static func detect(head: String, path: String) -> InputFormat {
        let lowerPath = path.lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if lowerPath.hasSuffix(".csv") || lowerPath.hasSuffix(".tsv") { return .csv }
        if trimmed.hasPrefix("[") {
            // A task list has "sota" tables; a paper list has "abstract"s (and no "sota").
            if head.contains("\"sota\"") { return .pwcResults }
            if head.contains("\"abstract\"") { return .pwcPapers }
            if head.contains("\"datasets\"") || head.contains("\"task\"") { return .pwcResults }
            return .pwcPapers
        }
        if trimmed.hasPrefix("{"), lowerPath.hasSuffix(".json") || lowerPath.hasSuffix(".jsonc"),
           head.contains("\"datasets\"") || head.contains("\"sota\"")
        {
            return .pwcResults
        }
        if trimmed.hasPrefix("{") {
            let firstLine = trimmed.prefix { $0 != "\n" }
            if firstLine.contains("\"versions\"") || firstLine.contains("\"categories\"") { return .arxiv }
            return .jsonl
        }
        if lowerPath.hasSuffix(".jsonl") || lowerPath.hasSuffix(".ndjson") { return .jsonl }
        let lines = head.split(omittingEmptySubsequences: true, whereSeparator: \.isLineBreak).map { $0.trimmingCharacters(in: .whitespaces) }
        if lines.contains(where: { $0.hasPrefix("model-index:") }) { return .hfCard }
        if lines.contains(where: { $0.hasPrefix("Models:") || $0.hasPrefix("Collections:") || $0.hasPrefix("Import:") }) {
            return .modelIndex
        }
        if lowerPath.hasSuffix("readme.md") || trimmed.hasPrefix("---") { return .hfCard }
        if lowerPath.hasSuffix(".yml") || lowerPath.hasSuffix(".yaml") { return .modelIndex }
        if let first = lines.first, first.contains(","), !first.contains(". "), first.split(separator: ",").count >= 2,
           lines.count > 1, lines[1].split(separator: ",", omittingEmptySubsequences: false).count == first.split(separator: ",", omittingEmptySubsequences: false).count
        {
            return .csv
        }
        return .listing
    }
}
