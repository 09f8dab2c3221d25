import ClaimGraphCorpus
import Foundation

/// Runs a reader on fuzzer bytes the way `ingest` does: from a file, through the UTF-8 decoder.
public enum ReaderFuzzing {
    /// One scratch file per process, in memory where /dev/shm exists, rewritten for every input.
    private static let path: String = {
        let directory = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return (directory as NSString).appendingPathComponent("claimgraph-fuzz-\(getpid()).input")
    }()

    /// Reads `bytes` in `format`; a `CorpusError` is a fine answer, anything else (a crash, a
    /// paper that breaks the readers' promises) stops the fuzzer.
    public static func check(_ bytes: UnsafeRawBufferPointer, format: PaperFormat) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let papers: [PaperRecord]
        do {
            papers = try PaperSource.read(path: path, format: format)
        } catch is CorpusError {
            return
        } catch {
            fatalError("\(format) reader threw something other than a CorpusError: \(error)")
        }
        precondition(!papers.isEmpty, "a reader returned no papers without saying so")
        for paper in papers {
            precondition(!paper.title.isEmpty, "empty title at line \(paper.location.line)")
            precondition(paper.location.line >= 1, "line numbers start at 1")
            precondition(paper.location.file == path, "a paper must name the file it came from")
        }
    }
}
