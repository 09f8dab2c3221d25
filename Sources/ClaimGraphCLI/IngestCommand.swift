import ArgumentParser
import ClaimGraphCorpus
import ClaimGraphStore
import Foundation

/// `claimgraph ingest`: read papers, extract what they report, store it.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read papers into the database, extracting datasets, models, metrics and claims.",
        discussion: """
            With no file, ingests the bundled corpus (147 trending papers). Each file is one transaction:
            a file with a bad record changes nothing. Ingesting the same papers again adds nothing.
            Example:
              claimgraph ingest
              claimgraph ingest papers.jsonl --db my.sqlite
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Input format (detected from the content when left out).")
    var inputFormat: PaperFormat?

    @Argument(help: "Listing (.txt) or JSON Lines (.jsonl) files of papers.")
    var files: [String] = []

    func run() throws {
        let console = Console.current
        // Read and parse every file before opening the database, so bad input writes nothing.
        var inputs: [(name: String, papers: [PaperRecord])] = []
        if files.isEmpty {
            inputs.append((PaperSource.bundledCorpusName, try PaperSource.readBundledCorpus()))
        } else {
            for file in files { inputs.append((file, try PaperSource.read(path: file, format: inputFormat))) }
        }
        let store = try global.openForWriting()
        let ingestor = PaperIngestor(store: store)
        var total = IngestReport()
        var rows: [[Cell]] = []
        for input in inputs {
            let report = try ingestor.ingest(input.papers)
            total += report
            rows.append([
                .text(input.name), .integer(report.papersRead), .integer(report.papersAdded),
                .integer(report.papersUpdated), .integer(report.papersUnchanged), .integer(report.entitiesAdded),
                .integer(report.mentionsAdded), .integer(report.claimsAdded),
            ])
        }
        let table = OutputTable(
            columns: ["file", "papers", "added", "updated", "unchanged", "new_entities", "mentions", "claims"],
            rows: rows)
        TablePrinter.print([table], format: global.outputFormat(console), console: console)
        console.err("ingested \(total.papersRead) papers into \(store.path): \(total.papersAdded) added, \(total.papersUpdated) updated, \(total.papersUnchanged) unchanged; \(total.claimsAdded) claims added\n")
    }
}

extension PaperFormat: ExpressibleByArgument {}
