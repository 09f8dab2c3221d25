import ArgumentParser
import ClaimGraphCorpus
import ClaimGraphExtraction
import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    @Flag(name: .long, help: "Print extraction throughput (papers/s, MB/s of title and abstract text) to stderr.")
    var stats = false

    @Flag(name: .long, help: "Extract without printing the findings (with --stats, to time the extractor alone).")
    var quiet = false

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
        var extractionTime: Duration = .zero
        var cpuSeconds = 0.0
        var bytes = 0
        let clock = ContinuousClock()
        for paper in papers {
            var extraction: PaperExtraction?
            let cpuStart = Self.threadCPUSeconds()
            extractionTime += clock.measure {
                extraction = extractor.extract(title: paper.title, abstract: paper.abstract)
            }
            cpuSeconds += Self.threadCPUSeconds() - cpuStart
            bytes += paper.title.utf8.count + paper.abstract.utf8.count
            if !quiet, let extraction {
                let record = GoldRecord(extraction, id: paper.externalID, explain: explain)
                console.out(try record.jsonLine() + "\n")
            }
        }
        if stats {
            let seconds = Double(extractionTime.components.seconds) + Double(extractionTime.components.attoseconds) / 1e18
            let megabytes = Double(bytes) / 1_000_000
            console.err(String(
                format: "extracted %d papers, %.2f MB of text in %.3f s wall (%.1f MB/s, %.0f papers/s), %.3f s CPU (%.1f MB/s, %.0f papers/s per core)\n",
                papers.count, megabytes, seconds, megabytes / max(seconds, 1e-9), Double(papers.count) / max(seconds, 1e-9),
                cpuSeconds, megabytes / max(cpuSeconds, 1e-9), Double(papers.count) / max(cpuSeconds, 1e-9)))
        }
    }

    /// CPU time of this thread, so throughput per core is measured even on a busy machine.
    private static func threadCPUSeconds() -> Double {
        #if canImport(Glibc)
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        #else
        return Double(clock_gettime_nsec_np(CLOCK_THREAD_CPUTIME_ID)) / 1e9
        #endif
    }
}
