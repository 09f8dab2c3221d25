import ClaimGraphCorpus
import ClaimGraphExtraction
import ClaimGraphStore
import Foundation
import Testing
@testable import ClaimGraphCLI

/// Exports/*.dot are generated files: each must be exactly what `claimgraph export` draws today
/// from the bundled corpus, ingested here into a fresh in-memory database.
@Suite("Committed exports are up to date")
struct ExportsFreshnessTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let exports = root.appendingPathComponent("Exports")
    static let refresh = "scripts/refresh-exports.sh"

    /// The extractor's lexicon ships with the extraction layer; without it there is no corpus graph.
    static var lexiconAvailable: Bool { (try? Lexicon.loadBundled()) != nil }

    struct Entry: CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var testDescription: String { name }
    }

    /// Exports/exports.tsv: NAME, then the export command's selection, tab-separated.
    static func manifest() throws -> [Entry] {
        let text = try String(contentsOf: exports.appendingPathComponent("exports.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { line in
            let fields = line.split(separator: "\t").map(String.init)
            return Entry(name: fields[0], arguments: Array(fields.dropFirst()))
        }
    }

    @Test(
        "each export in Exports/exports.tsv matches a fresh render from the bundled corpus",
        .enabled(if: lexiconAvailable, "the bundled lexicon is not in this build, so the corpus yields no graph to compare"))
    func upToDate() throws {
        let store = try ClaimGraphStore.inMemory()
        _ = try PaperIngestor(store: store).ingest(try PaperSource.readBundledCorpus())
        for entry in try Self.manifest() {
            let committedURL = Self.exports.appendingPathComponent(entry.name + ".dot")
            let committed = try? String(contentsOf: committedURL, encoding: .utf8)
            let command = try ExportCommand.parse(entry.arguments)
            let fresh: String
            do {
                fresh = try command.dotText(from: store)
            } catch {
                #expect(committed == nil, "Exports/\(entry.name).dot is stale: `claimgraph export \(entry.arguments.joined(separator: " "))` now fails (\(error.localizedDescription)); run \(Self.refresh)")
                continue
            }
            guard let committed else {
                Issue.record("Exports/\(entry.name).dot is missing; run \(Self.refresh)")
                continue
            }
            if committed != fresh {
                Issue.record("Exports/\(entry.name).dot is out of date (\(Self.firstDifference(committed, fresh))); run \(Self.refresh)")
            }
            for suffix in ["svg", "png"] {
                let path = Self.exports.appendingPathComponent("\(entry.name).\(suffix)").path
                #expect(FileManager.default.fileExists(atPath: path), "Exports/\(entry.name).\(suffix) is missing; run \(Self.refresh)")
            }
        }
    }

    /// Where two texts first differ, as a line number and both versions of that line.
    static func firstDifference(_ old: String, _ new: String) -> String {
        let a = old.components(separatedBy: "\n"), b = new.components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) where index >= a.count || index >= b.count || a[index] != b[index] {
            let was = index < a.count ? a[index] : "(end of file)"
            let now = index < b.count ? b[index] : "(end of file)"
            return "line \(index + 1) is \(was.debugDescription), now \(now.debugDescription)"
        }
        return "same lines"
    }

    @Test("every file in Exports/ is listed in Exports/exports.tsv")
    func noStrays() throws {
        let names = Set(try Self.manifest().map(\.name))
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.exports.path).filter { $0 != "exports.tsv" }
        for file in files.sorted() {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            #expect(names.contains(name), "Exports/\(file) is not in Exports/exports.tsv; delete it or list it and run \(Self.refresh)")
        }
    }

    @Test("the manifest's selections parse as export commands")
    func manifestParses() throws {
        for entry in try Self.manifest() {
            #expect(throws: Never.self, "Exports/exports.tsv: \(entry.name)") { try ExportCommand.parse(entry.arguments) }
        }
    }
}
