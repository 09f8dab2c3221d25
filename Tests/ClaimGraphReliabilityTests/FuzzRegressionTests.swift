import ClaimGraphCorpus
import ClaimGraphExtraction
import Foundation
import Testing

/// Inputs for the checks the fuzz targets in Fuzz/ make, run on every test run: tricky inputs
/// picked by hand, and every crashing input the fuzzers find (add it here, with the date and
/// the target, before fixing it). The checks are the targets' own, repeated here because the
/// fuzz package is separate.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
    static let readerInputs: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("only a BOM", [0xEF, 0xBB, 0xBF]),
        ("BOM then CRLF listing", [0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nAbstract.\r\n".utf8)),
        ("lone CR line ends", Array("Title\r\rAbstract.\r".utf8)),
        ("CR LF split by a NUL", Array("Title\r\u{0}\n\nAbstract.".utf8)),
        ("truncated UTF-8 at the end", Array("Title\n\nAbstract ".utf8) + [0xE2, 0x82]),
        ("U+2028 inside a title", Array("Title\u{2028}more\n\nAbstract.\n".utf8)),
        ("deep JSON", Array(String(repeating: "[", count: 5_000).utf8)),
        ("deep JSON object", Array(("{\"title\":" + String(repeating: "{\"a\":", count: 3_000)).utf8)),
        ("JSON with a lone surrogate", Array(#"{"title": "\udc00", "abstract": ""}"#.utf8)),
        ("JSON title of spaces", Array(#"{"title": "   ", "abstract": "x"}"#.utf8)),
        ("JSON with huge numbers", Array(#"{"title": "t", "abstract": "a", "id": 1e400, "date": -0, "authors": [1e999, null, {}]}"#.utf8)),
        ("JSON duplicate keys", Array(#"{"title": "a", "title": "b", "abstract": "c"}"#.utf8)),
        ("JSON in a listing", Array("{\"title\": \"x\"}\n\n{\"abstract\": \"y\"}\n".utf8)),
        ("date-like page chrome only", Array("Mar 13\n\nnew\n\nSubscribe\n".utf8)),
        ("a title with no abstract", Array("Only a title\n".utf8)),
    ]

    @Test("the readers answer every input with papers or a CorpusError", arguments: PaperFormat.allCases)
    func readersKeepTheirPromises(format: PaperFormat) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for (index, input) in Self.readerInputs.enumerated() {
            let path = try scratch.write("input\(index)", bytes: input.bytes)
            do {
                let papers = try PaperSource.read(path: path, format: format)
                #expect(!papers.isEmpty, "\(input.name)")
                for paper in papers {
                    #expect(!paper.title.isEmpty && paper.location.line >= 1 && paper.location.file == path, "\(input.name): \(paper)")
                    let hasNUL = (paper.title + paper.abstract).unicodeScalars.contains("\u{0}")
                    #expect(!hasNUL, "\(input.name): a NUL reached a paper")
                }
            } catch is CorpusError {
                // A clear refusal is a fine answer.
            } catch {
                Issue.record("\(input.name): \(format) reader threw \(error), not a CorpusError")
            }
        }
    }

    static let extractorInputs: [String] = [
        "",
        "\n",
        "Swin\u{0}-L\n58.7\u{0} box AP on COCO",
        "Title\nWe reach 1e999% top-1 on ImageNet and -0.0 FID, 99999999999999999999 AP.",
        "e\u{301}\u{301}\u{301} COCO\nCOCO e\u{301} 5\u{301}0.1 AP on COCO 🙂 ImageNet-1K 👩‍💻 81.2%",
        "Title\n+1.7 AP over Swin-L → 59.4 AP (57.7 → 59.4) ~ 1.5~2.0 FID on CIFAR-10.",
        "\u{FEFF}\u{2028}\nBERT\u{2029}86.7% accuracy on MNLI\r\n80.5 on GLUE",
        String(repeating: "COCO ", count: 2_000),
        "Title\n" + String(repeating: "1.0% ", count: 1_000),
    ]

    @Test("every span the extractor reports lies inside its field and quotes it exactly")
    func extractorSpansAreExact() {
        let extractor = Extractor()
        for text in Self.extractorInputs {
            let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let title = String(parts[0]), abstract = parts.count > 1 ? String(parts[1]) : ""
            let extraction = extractor.extract(title: title, abstract: abstract)
            func check(_ quoted: String, _ field: TextField, _ start: Int, _ end: Int) {
                let scalars = Array((field == .title ? title : abstract).unicodeScalars)
                guard 0 <= start, start <= end, end <= scalars.count else {
                    Issue.record("\(text.debugDescription.prefix(80)): span \(start)..<\(end) outside a \(field) of \(scalars.count) scalars")
                    return
                }
                let slice = String(String.UnicodeScalarView(scalars[start..<end]))
                #expect(slice == quoted, "\(text.debugDescription.prefix(80)): span \(start)..<\(end) is \(slice.debugDescription), not \(quoted.debugDescription)")
            }
            let mentions = extraction.datasets.flatMap(\.mentions) + extraction.models.flatMap(\.mentions) + extraction.metrics.flatMap(\.mentions)
            for mention in mentions { check(mention.text, mention.field, mention.start, mention.end) }
            for claim in extraction.claims {
                check(claim.evidence, claim.evidenceField, claim.evidenceStart, claim.evidenceEnd)
                #expect(claim.value.isFinite, "\(text.debugDescription.prefix(80)): value \(claim.value)")
            }
        }
    }
}

/// Found reading the importers' code for the fuzz target (a compiler warning): a `where` on a
/// two-pattern `case` guarded only the tab, so every space outside quotes was dropped.
@Suite("CSV fields")
struct CSVFieldTests {
    @Test("spaces inside an unquoted CSV field are kept; those around a quoted one are not")
    func spacesInUnquotedFieldsAreKept() throws {
        let rows = try CSVReader.rows("model name,top 1\nViT Huge 14,88.5\n\"quoted\"  ,1\n", path: "spaces.csv")
        #expect(rows.map(\.fields) == [["model name", "top 1"], ["ViT Huge 14", "88.5"], ["quoted", "1"]])
    }
}
