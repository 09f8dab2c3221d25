import Foundation

/// Reads any results file in the format told, handing over records one at a time.
public enum ResultSource {
    public static func read(
        path: String, format: InputFormat, mapping: CSVMapping? = nil, progress: ((Int64) -> Void)? = nil,
        _ body: (ResultItem) throws -> Void
    ) throws {
        switch format {
        case .pwcResults: try PwCResultsReader.read(path: path, progress: progress, body)
        case .modelIndex: try ModelIndexReader.read(path: path, body)
        case .hfCard: try HFCardReader.read(path: path, body)
        case .csv: try CSVResultReader.read(path: path, mapping: mapping, progress: progress, body)
        case .listing, .jsonl, .pwcPapers, .arxiv:
            preconditionFailure("\(format.rawValue) holds papers, not results")
        }
    }
}
