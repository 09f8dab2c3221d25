import ArgumentParser
import ClaimGraphCorpus
import ClaimGraphExtraction
import Foundation

/// `claimgraph extract`: run the extractor and print its findings in the gold schema.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what the extractor finds in papers, one JSON line each, in the gold annotation schema.",
        discussion: """
            No database is read or written. With no file, reads the bundled corpus.
            Example:
              claimgraph extract ../shared/gold/dev.papers.jsonl > pred.jsonl
              claimgraph extract --explain papers.txt
            """)

    enum Format: String, ExpressibleByArgument { case jsonl }

    @Option(name: .long, help: "Output format (jsonl: one object a paper).")
    var format: Format = .jsonl

    @Option(name: .long, help: "Input format (detected from the content when left out).")
    var inputFormat: PaperFormat?

    @Flag(name: .long, help: "Add, for each item, the rule that produced it.")
    var explain = false

    @Argument(help: "Listing or JSON Lines files of papers.")
    var files: [String] = []

    func run() throws {
        let console = Console.current
        let papers: [PaperRecord]
        if files.isEmpty {
            papers = try PaperSource.readBundledCorpus()
        } else {
            papers = try files.flatMap { try PaperSource.read(path: $0, format: inputFormat) }
        }
        let extractor = Extractor()
        for paper in papers {
            let extraction = extractor.extract(title: paper.title, abstract: paper.abstract)
            let record = GoldRecord(extraction, id: paper.externalID, explain: explain)
            console.out(try record.jsonLine() + "\n")
        }
    }
}
