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
            With no file, ingests the bundled corpus (147 trending papers). A file with a bad record
            changes nothing: every file is checked before the first write. JSON Lines files are
            streamed and written in transactions of --batch-size papers; other files are one
            transaction each. Ingesting the same papers again adds nothing.
            Example:
              claimgraph ingest
              claimgraph ingest papers.jsonl --db my.sqlite
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Input format (detected from the content when left out).")
    var inputFormat: PaperFormat?

    @Argument(help: "Listing (.txt) or JSON Lines (.jsonl) files of papers.")
    var files: [String] = []

    @Option(name: .long, help: "Papers per transaction when streaming a JSON Lines file.")
    var batchSize = 2_000

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
    }

    /// A file read whole (listings, small), or a JSON Lines file streamed in batches.
    enum Input {
        case papers([PaperRecord])
        case stream(path: String)
    }

    func run() throws {
        let console = Console.current
        // Read or validate every file before opening the database, so bad input writes nothing.
        // JSON Lines files are checked line by line in constant memory and read again to ingest.
        var inputs: [(name: String, input: Input)] = []
        if files.isEmpty {
            inputs.append((PaperSource.bundledCorpusName, .papers(try PaperSource.readBundledCorpus())))
        } else {
            for file in files {
                if try PaperSource.format(ofFile: file, told: inputFormat) == .jsonl {
                    _ = try JSONLinesStream.validate(path: file)
                    inputs.append((file, .stream(path: file)))
                } else {
                    inputs.append((file, .papers(try PaperSource.read(path: file, format: inputFormat))))
                }
            }
        }
        let store = try global.openForWriting()
        let ingestor = PaperIngestor(store: store)
        var total = IngestReport()
        var rows: [[Cell]] = []
        for input in inputs {
            let report: IngestReport
            switch input.input {
            case .papers(let papers):
                report = try ingestor.ingest(papers)
            case .stream(let path):
                let stream = try JSONLinesStream(path: path)
                report = try ingestor.ingest(batchSize: batchSize) { try stream.next() }
            }
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
