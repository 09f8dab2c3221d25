import ClaimGraphCorpus
import Foundation

/// The importers' readers, each given the file name its format expects.
let formats: [(format: InputFormat, name: String)] = [
    (.pwcResults, "evaluation-tables.json"), (.pwcPapers, "papers-with-abstracts.json"), (.arxiv, "arxiv-metadata.jsonl"),
    (.modelIndex, "model-index.yml"), (.hfCard, "README.md"), (.csv, "results-imagenet.csv"),
]

/// One scratch folder per process (in memory where /dev/shm exists), a file per format in it.
let folder: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let path = (base as NSString).appendingPathComponent("claimgraph-fuzz-importers-\(getpid())")
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

/// libFuzzer entry point: the first byte picks a format, the rest is the file. Any thrown error is
/// a fine answer (the readers report bad records as values or errors); a trap is not, and a paper
/// must have a title and a location inside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImporters(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let (format, name) = formats[Int(data[0]) % formats.count]
    let path = (folder as NSString).appendingPathComponent(name)
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes: data + 1, count: size - 1))
    do {
        if format.holdsPapers {
            try PaperStreamReader.read(path: path, format: format) { result in
                if case .success(let paper) = result {
                    precondition(!paper.title.isEmpty, "a streamed paper without a title")
                    precondition(paper.location.line >= 1, "line numbers start at 1")
                    precondition(!(paper.title + paper.abstract).unicodeScalars.contains("\u{0}"), "a NUL reached a paper")
                }
            }
        } else {
            try ResultSource.read(path: path, format: format) { _ in }
        }
    } catch {
        // Refused: fine.
    }
    return 0
}
