import Foundation
import Testing
@testable import ClaimGraphCorpus

@Suite("Streamed readers")
struct StreamReaderTests {
    private func temporaryFile(_ text: String, name: String = "stream.json") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func elements(_ text: String, chunkSize: Int) throws -> [(Any, Int)] {
        var stream = JSONArrayStream(path: try temporaryFile(text))
        stream.chunkSize = chunkSize
        var result: [(Any, Int)] = []
        try stream.forEach { element in result.append((try element.get().value, try element.get().line)) }
        return result
    }

    @Test("elements split across chunks of any size come out whole, with their lines", arguments: [1, 2, 3, 7, 64, 1 << 20])
    func chunkBoundaries(chunkSize: Int) throws {
        let text = "[\n {\"a\": \"x]},\\\"y\"},\n {\"b\": [1, {\"c\": 2}]},\n 3, \"s,]\"\n]\n"
        let found = try elements(text, chunkSize: chunkSize)
        #expect(found.count == 4)
        #expect((found[0].0 as? [String: String])?["a"] == "x]},\"y")
        #expect(found.map(\.1) == [2, 3, 4, 4])
        #expect(found[3].0 as? String == "s,]")
    }

    @Test("an empty array has no elements; text after the array and a missing comma are errors")
    func edges() throws {
        #expect(try elements("[ ]", chunkSize: 4).isEmpty)
        #expect(throws: CorpusError.self) { try elements("[1] x", chunkSize: 4) }
        #expect(throws: CorpusError.self) { try elements("[{\"a\":1} {\"b\":2}]", chunkSize: 4) }
        #expect(throws: CorpusError.self) { try elements("{\"a\": 1}", chunkSize: 4) }
    }

    @Test("an element that is not valid JSON is handed over as an error and the rest still read")
    func badElement() throws {
        var stream = JSONArrayStream(path: try temporaryFile("[{\"a\": 1}, {\"b\": tru}, {\"c\": 3}]"))
        stream.chunkSize = 5
        var good = 0
        var bad: [CorpusError] = []
        try stream.forEach { element in
            switch element {
            case .success: good += 1
            case .failure(let error): bad.append(error)
            }
        }
        #expect(good == 2)
        #expect(bad.count == 1)
    }

    @Test("PwC papers stream as papers with arXiv ids, authors and dates")
    func pwcPapers() throws {
        let path = Fixture.path("papers/papers-with-abstracts.json")
        #expect(try InputFormat.detect(path: path) == .pwcPapers)
        var papers: [PaperRecord] = []
        try PaperStreamReader.read(path: path, format: .pwcPapers) { papers.append(try $0.get()) }
        #expect(papers.map(\.title) == ["A Test Paper About [Brackets] and \"Quotes\"", "Second Paper"])
        #expect(papers[0].arxivID == "2101.00001")
        #expect(papers[0].authors == ["Ada Lovelace", "Alan Turing"])
        #expect(papers[0].location.line == 2)
        #expect(papers[1].abstract == "")
    }

    @Test("arXiv metadata: wrapped titles joined, the first version's date, authors from authors_parsed")
    func arxiv() throws {
        let path = Fixture.path("papers/arxiv-metadata.jsonl")
        #expect(try InputFormat.detect(path: path) == .arxiv)
        var papers: [PaperRecord] = []
        try PaperStreamReader.read(path: path, format: .arxiv) { papers.append(try $0.get()) }
        #expect(papers.count == 2)
        #expect(papers[0].title == "Calculation of prompt diphoton production cross sections")
        #expect(papers[0].abstract == "A fully differential calculation in perturbative QCD is presented.")
        #expect(papers[0].date == "2007-04-02")
        #expect(papers[0].authors == ["A. Person", "B. Person"])
        #expect(papers[1].arxivID == "2103.14030")
        #expect(papers[1].location.line == 2)
    }

    @Test("formats are told from the first bytes", arguments: [
        ("x.csv", "a,b\n1,2\n", InputFormat.csv),
        ("x.json", "[{\"task\": \"QA\", \"datasets\": []}]", .pwcResults),
        ("x.json", "[{\"paper_url\": \"u\", \"title\": \"t\", \"abstract\": \"a\"}]", .pwcPapers),
        ("x.jsonl", "{\"title\": \"t\", \"abstract\": \"a\"}\n", .jsonl),
        ("metafile.yml", "Collections:\n  - Name: X\n", .modelIndex),
        ("README.md", "---\nmodel-index:\n- name: m\n---\n", .hfCard),
        ("papers.txt", "A Title\n\nAn abstract.\n", .listing),
    ])
    func detection(path: String, head: String, format: InputFormat) {
        #expect(InputFormat.detect(head: head, path: path) == format)
    }

    @Test("an alias file reads surface, canonical and kind; a bad kind names its line")
    func aliasFile() throws {
        let lines = try AliasFileReader.parse("# comment\nImageNet\tImageNet-1K\tdataset\nTop 1 Accuracy\ttop-1 accuracy\n", file: "a.tsv")
        #expect(lines.map(\.surface) == ["ImageNet", "Top 1 Accuracy"])
        #expect(lines.map(\.kind) == ["dataset", nil])
        #expect(throws: CorpusError.malformedRecord(path: "a.tsv", line: 1, reason: "unknown kind \"colour\"; use dataset, model, metric")) {
            try AliasFileReader.parse("a\tb\tcolour\n", file: "a.tsv")
        }
    }
}

@Suite("CSV reader")
struct CSVReaderTests {
    @Test("RFC 4180: quoted commas, doubled quotes, newlines in quotes, CRLF, spaces around quotes")
    func quoting() throws {
        let rows = try CSVReader.rows("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\", \"spaced\" \n", path: "t.csv")
        #expect(rows.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "spaced"]])
        #expect(rows.map(\.line) == [1, 2, 3])
    }

    @Test("an unclosed quote and text after a closing quote name their line")
    func errors() {
        #expect(throws: CorpusError.malformedRecord(path: "t.csv", line: 2, reason: "a quoted field is never closed")) {
            try CSVReader.rows("a,b\n\"open,1\n", path: "t.csv")
        }
        #expect(throws: CorpusError.malformedRecord(path: "t.csv", line: 1, reason: "text after a closing quote (field 1)")) {
            try CSVReader.rows("\"a\"b,c\n", path: "t.csv")
        }
    }
}

@Suite("Pulled streams")
struct PulledStreamTests {
    private func temporaryFile(_ text: String, name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("lines: LF and CRLF, a byte-order mark, no final newline")
    func lines() throws {
        let reader = try LineReader(path: try temporaryFile("\u{FEFF}one\r\ntwo\n\nthree", name: "l.txt"))
        var lines: [String] = []
        var numbers: [Int] = []
        while let (line, number) = try reader.next() {
            lines.append(line)
            numbers.append(number)
        }
        #expect(lines == ["one", "two", "", "three"])
        #expect(numbers == [1, 2, 3, 4])
    }

    @Test("papers pulled one by one; a bad record is handed to skip and the next one follows")
    func pulledPapers() throws {
        let path = try temporaryFile("[{\"title\": \"A\", \"abstract\": \"x\"}, {\"abstract\": \"no title\"}, {\"title\": \"B\"}]", name: "p.json")
        let stream = try PaperStream(path: path, format: .pwcPapers)
        var skipped: [CorpusError] = []
        var titles: [String] = []
        while let paper = try stream.nextPaper(skipping: { skipped.append($0) }) { titles.append(paper.title) }
        #expect(titles == ["A", "B"])
        #expect(skipped.count == 1)
        #expect(stream.bytesRead > 0)
    }
}

@Suite("NUL characters in streamed input")
struct StreamedNULTests {
    @Test("an escaped NUL in a streamed JSON element is a bad record, not text cut short")
    func escapedNUL() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("p.json").path
        try "[{\"title\": \"A\\u0000B\", \"abstract\": \"x\"}, {\"title\": \"C\", \"abstract\": \"y\"}]".write(toFile: path, atomically: true, encoding: .utf8)
        var titles: [String] = []
        var bad: [CorpusError] = []
        try PaperStreamReader.read(path: path, format: .pwcPapers) { result in
            switch result {
            case .success(let paper): titles.append(paper.title)
            case .failure(let error): bad.append(error)
            }
        }
        #expect(titles == ["C"])
        #expect(bad.count == 1)
    }
}
