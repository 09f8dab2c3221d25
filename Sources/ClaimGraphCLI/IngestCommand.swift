import ArgumentParser
import ClaimGraphCorpus
import ClaimGraphExtraction
import ClaimGraphStore
import Foundation

/// `claimgraph ingest`: read papers and result files, extract or import what they report, store it.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read papers and result files into the database: extract claims from abstracts, import leaderboards.",
        discussion: """
            With no file, ingests the bundled corpus (147 trending papers). The input
            format is told from each file's name and first bytes, or named with
            --input-format (alias --from; the global --format chooses the OUTPUT
            format):
              listing      paper listing text (title, blank line, abstract)
              jsonl        papers as JSON Lines (title, abstract, id, url, date,
                           authors)
              pwc-papers   Papers with Code papers-with-abstracts.json (streamed)
              arxiv        arXiv metadata JSON Lines (streamed)
              pwc-results  Papers with Code evaluation-tables.json
              model-index  OpenMMLab / PwC model-index YAML (Import: lists are followed)
              hf-card      Hugging Face model card README.md, or its bare YAML front
                           matter
              csv          leaderboard CSV (timm results-*.csv and Open LLM
                           Leaderboard headers are known; others need --map)

            CSV columns are named with --map ROLE=COLUMN, ROLE one of model, dataset,
            split, task, setting, paper, url, date, value (its metric from --metric,
            else the column header) or value[METRIC] (one per value column). --dataset
            names the dataset of every row.

            Guarantees: every file is checked before anything is written, and a
            malformed record (truncated JSON, a YAML error, a CSV row with missing
            columns) is reported with its file and line and writes NOTHING, unless
            --skip-bad, which reports it and ingests the rest. Result files are then
            written one transaction per file; streamed paper dumps in transactions of
            --batch-size papers (an I/O failure part-way leaves whole batches; running
            again finishes the job). Values "-", "" and "n/a" are counted as skipped;
            any other value that is not a number is reported with its record and not
            imported. Ingesting the same input again adds nothing. --aliases FILE.tsv
            (surface<TAB>canonical[<TAB>kind]) is applied after the files, merging
            stored entities as `claimgraph alias add` does.

            Examples:
              claimgraph ingest
              claimgraph ingest evaluation-tables.json model-index.yml --db my.sqlite
              claimgraph ingest results-imagenet.csv
              claimgraph ingest board.csv --map model=name \\
                  --map "value[top-1 accuracy]=acc1" --dataset ImageNet
              claimgraph ingest --from pwc-papers papers-with-abstracts.json --skip-bad
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        name: [.customLong("input-format"), .customLong("from")],
        help: "Input format (detected when left out).")
    var inputFormat: InputFormat?

    @Option(name: .customLong("map"), help: ArgumentHelp("CSV: which column holds what, as ROLE=COLUMN (repeatable).", valueName: "role=column"))
    var mappings: [String] = []

    @Option(help: "CSV: the dataset of every row, when no column names it.")
    var dataset: String?

    @Option(help: "CSV: the metric of the value=COLUMN column.")
    var metric: String?

    @Option(help: ArgumentHelp("Alias file to apply after ingesting: surface<TAB>canonical[<TAB>kind].", valueName: "file.tsv"))
    var aliases: String?

    @Flag(help: "Report malformed records and ingest the rest, instead of writing nothing.")
    var skipBad = false

    @Flag(name: .shortAndLong, help: "No progress bar on stderr.")
    var quiet = false

    // Every commit rewrites the index pages the batch touched (they are spread over the
    // indexes), so larger batches write less: at 100k papers, 10,000 a batch spent 2.6 s in the
    // kernel against 4.6 s for 1,000, for about 80 MB more memory (docs/BENCHMARKS.md).
    @Option(help: "Papers per transaction when streaming paper dumps.")
    var batchSize = PaperIngestor.defaultBatchSize

    @Argument(help: "Files of papers or results.")
    var files: [String] = []

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        let usesMapping = !mappings.isEmpty || dataset != nil || metric != nil
        if usesMapping, let inputFormat, inputFormat != .csv {
            throw ValidationError("--map, --dataset and --metric apply to CSV input, not \(inputFormat.rawValue)")
        }
        do {
            _ = try CSVMapping.parse(mappings, dataset: dataset, metric: metric)
        } catch let error as CSVMapping.MappingError {
            throw ValidationError(error.message)
        }
    }

    func run() throws {
        let console = Console.current
        let aliasLines = try aliases.map { try AliasFileReader.read(path: $0) } ?? []
        if files.isEmpty && aliases == nil {
            try ingestBundledCorpus(console)
            return
        }
        let mapping = try CSVMapping.parse(mappings, dataset: dataset, metric: metric)

        // Pass 1: read every file through without writing, so bad input writes nothing.
        var inputs: [(path: String, format: InputFormat)] = []
        var problems: [CorpusError] = []
        for file in files {
            let format = try inputFormat ?? InputFormat.detect(path: file)
            inputs.append((file, format))
            let progress = ProgressBar(console: console, label: "checking " + (file as NSString).lastPathComponent, total: Self.size(of: file), quiet: quiet)
            defer { progress.finish() }
            do {
                try check(file, format: format, mapping: mapping, progress: progress) { problems.append($0) }
            } catch let error as CorpusError where Self.isContentError(error) {
                problems.append(error)
            }
        }
        if !problems.isEmpty && !skipBad {
            for problem in problems { console.err("error: \(problem.errorDescription ?? "\(problem)")\n") }
            throw IngestError.badInput(problems: problems.count, files: Set(problems.map(Self.file(of:))).count)
        }

        // Pass 2: write.
        let store = try global.openForWriting()
        var rows: [[Cell]] = []
        var papers = IngestReport()
        var results = ImportReport()
        for input in inputs {
            let progress = ProgressBar(console: console, label: (input.path as NSString).lastPathComponent, total: Self.size(of: input.path), quiet: quiet)
            defer { progress.finish() }
            if input.format.holdsPapers {
                var notes: [ImportNote] = []
                let report = try ingestPapers(input.path, format: input.format, store: store, progress: progress, notes: &notes)
                papers += report
                results.notes += notes
                rows.append(row(input.path, input.format, records: nil, papers: report, claims: report.claimsAdded,
                                unchanged: nil, notes: notes, entities: report.entitiesAdded))
            } else {
                let report = try importResults(input.path, format: input.format, mapping: mapping, store: store, progress: progress)
                results += report
                rows.append(row(input.path, input.format, records: report.recordsRead, papers: nil, claims: report.claimsAdded,
                                unchanged: report.claimsUnchanged, notes: report.notes, noValue: report.noValue,
                                entities: report.entitiesAdded, papersAdded: report.papersAdded))
            }
        }
        var outcomes: [AliasOutcome] = []
        if !aliasLines.isEmpty {
            outcomes = try AliasTeacher(store: store).teach(aliasLines.map(AliasCommand.rule(from:)))
        }

        if !rows.isEmpty {
            let table = OutputTable(
                columns: Self.columns,
                rows: rows)
            TablePrinter.print([table], format: global.outputFormat(console), console: console)
        }
        for note in results.notes {
            let label = note.kind == .note ? "note" : "warning"
            console.err("\(label): \(note.description)\n")
        }
        for outcome in outcomes { console.err(AliasCommand.describe(outcome) + "\n") }
        guard !inputs.isEmpty else { return }
        let skipped = [
            (results.count(.noValue), "with no value"), (results.count(.unreadableValue), "not a number"),
            (results.count(.badRecord), "malformed"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        console.err(
            "ingested \(inputs.count) file\(inputs.count == 1 ? "" : "s") into \(store.path): "
                + "\(papers.papersRead) papers read (\(papers.papersAdded) added, \(papers.papersUpdated) updated), "
                + "\(results.recordsRead) result records read; claims added: \(papers.claimsAdded + results.claimsAdded)"
                + (results.claimsUnchanged > 0 ? ", \(results.claimsUnchanged) already stored" : "")
                + (skipped.isEmpty ? "" : "; skipped: " + skipped.joined(separator: ", ")) + "\n")
    }

    /// One row per file. `papers` … `mentions` describe papers (for a results file, `added` counts
    /// the papers its records named that were new); `records` … `bad_records` describe result records.
    static let columns = [
        "file", "format", "papers", "added", "updated", "unchanged", "new_entities", "mentions", "claims",
        "records", "claims_unchanged", "no_value", "unreadable", "bad_records",
    ]

    private func row(
        _ path: String, _ format: InputFormat, records: Int?, papers: IngestReport?, claims: Int, unchanged: Int?,
        notes: [ImportNote], noValue: Int = 0, entities: Int, papersAdded: Int? = nil
    ) -> [Cell] {
        func count(_ kind: ImportNote.Kind) -> Cell {
            .integer(kind == .noValue ? noValue : notes.filter { $0.kind == kind }.count)
        }
        return [
            .text(path), .text(format.rawValue), Cell(papers?.papersRead),
            .integer(papers?.papersAdded ?? papersAdded ?? 0), Cell(papers?.papersUpdated), Cell(papers?.papersUnchanged),
            .integer(entities), Cell(papers?.mentionsAdded), .integer(claims),
            Cell(records), Cell(unchanged), count(.noValue), count(.unreadableValue), count(.badRecord),
        ]
    }

    /// Reads a file through without writing, handing over each malformed record.
    private func check(
        _ path: String, format: InputFormat, mapping: CSVMapping, progress: ProgressBar, problem: (CorpusError) -> Void
    ) throws {
        var records = 0
        switch format {
        case .listing:
            _ = try PaperSource.read(path: path, format: .listing)
        case .jsonl, .pwcPapers, .arxiv:
            try PaperStreamReader.read(path: path, format: format, progress: { progress.update($0, records: records) }) { result in
                records += 1
                if case .failure(let error) = result { problem(error) }
            }
        case .pwcResults, .modelIndex, .hfCard, .csv:
            try ResultSource.read(path: path, format: format, mapping: mapping, progress: { progress.update($0, records: records) }) { item in
                records += 1
                if case .bad(let error) = item { problem(error) }
            }
        }
    }

    static func size(of path: String) -> Int64 {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
    }

    private func importResults(
        _ path: String, format: InputFormat, mapping: CSVMapping, store: ClaimGraphStore, progress: ProgressBar
    ) throws -> ImportReport {
        var records = 0
        return try ResultImporter(store: store).importFile(format: format, skipBad: skipBad) { emit in
            do {
                try ResultSource.read(path: path, format: format, mapping: mapping, progress: { progress.update($0, records: records) }) { item in
                    records += 1
                    try emit(item)
                }
            } catch let error as CorpusError where skipBad && Self.isContentError(error) {
                // What was read before the damage is kept; the damage is reported.
                try emit(.bad(error))
            }
        }
    }

    private func ingestPapers(
        _ path: String, format: InputFormat, store: ClaimGraphStore, progress: ProgressBar, notes: inout [ImportNote]
    ) throws -> IngestReport {
        let ingestor = PaperIngestor(store: store)
        if format == .listing { return try ingestor.ingest(PaperSource.read(path: path, format: .listing)) }
        var read = 0
        var skipped: [ImportNote] = []
        let skipBad = self.skipBad
        func skip(_ error: CorpusError) throws {
            guard skipBad else { throw error }
            skipped.append(ImportNote(skipped: error))
        }
        // Papers are pulled one at a time from the stream; the ingestor batches them.
        let stream = try PaperStream(path: path, format: format)
        func nextPaper() throws -> PaperRecord? {
            do {
                let paper = try stream.nextPaper(skipping: skip)
                if paper != nil { read += 1 }
                progress.update(stream.bytesRead, records: read)
                return paper
            } catch let error as CorpusError where skipBad && Self.isContentError(error) {
                // What was read before the damage is kept; the damage is reported.
                try skip(error)
                return nil
            }
        }
        // Extraction of the next batch overlaps the writing of the last (PaperIngestor+Batches).
        let report = try ingestor.ingest(batchSize: batchSize, from: nextPaper)
        notes += skipped
        return report
    }

    private func ingestBundledCorpus(_ console: Console) throws {
        let papers = try PaperSource.readBundledCorpus()
        let store = try global.openForWriting()
        let report = try PaperIngestor(store: store).ingest(papers)
        let table = OutputTable(
            columns: Self.columns,
            rows: [row(PaperSource.bundledCorpusName, .listing, records: nil, papers: report,
                       claims: report.claimsAdded, unchanged: nil, notes: [], entities: report.entitiesAdded)])
        TablePrinter.print([table], format: global.outputFormat(console), console: console)
        console.err("ingested \(report.papersRead) papers into \(store.path): \(report.papersAdded) added, \(report.papersUpdated) updated, \(report.papersUnchanged) unchanged; \(report.claimsAdded) claims added\n")
    }

    /// Problems in a file's content, which --skip-bad may skip; a missing file or a CSV that
    /// needs --map is never skipped.
    static func isContentError(_ error: CorpusError) -> Bool {
        switch error {
        case .malformedRecord, .badRecord, .invalidUTF8, .emptyFile, .noPapers: return true
        case .fileNotFound, .notAFile, .unreadable, .unknownFormat, .missingMapping: return false
        }
    }

    static func file(of error: CorpusError) -> String {
        switch error {
        case .fileNotFound(let path), .notAFile(let path), .unreadable(let path, _), .emptyFile(let path),
             .invalidUTF8(let path, _), .malformedRecord(let path, _, _), .noPapers(let path), .unknownFormat(let path),
             .badRecord(let path, _, _), .missingMapping(let path, _):
            return path
        }
    }
}

/// Why an ingest stopped before writing.
enum IngestError: Error, LocalizedError {
    case badInput(problems: Int, files: Int)

    var errorDescription: String? {
        switch self {
        case .badInput(let problems, let files):
            return "\(problems) malformed record\(problems == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") (listed above); nothing was written. Fix them, or pass --skip-bad to ingest the rest"
        }
    }
}

extension InputFormat: ExpressibleByArgument {}
extension PaperFormat: ExpressibleByArgument {}
