import Testing
@testable import ClaimGraphCorpus

@Suite("Listing reader")
struct ListingReaderTests {
    @Test("the bundled corpus yields exactly 147 papers, each with a title and an abstract")
    func bundledCorpusHas147Papers() throws {
        let papers = try PaperSource.readBundledCorpus()
        #expect(papers.count == 147)
        #expect(papers.allSatisfy { !$0.title.isEmpty && $0.abstract.count > 200 })
        #expect(papers[0].title == "Exploring Transformer Backbones for Heterogeneous Treatment Effect Estimation")
        #expect(papers[0].location.line == 11)
    }

    @Test("page header lines are skipped, not read as papers")
    func headerLinesAreSkipped() throws {
        let text = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nMar 13\n\nA Title\n\nAn abstract.\n"
        let papers = try ListingReader.parse(text, file: "x.txt")
        #expect(papers.map(\.title) == ["A Title"])
        #expect(papers[0].abstract == "An abstract.")
        #expect(papers[0].location == SourceLocation(file: "x.txt", line: 11))
    }

    @Test("a title without an abstract is an error naming the file and line")
    func titleWithoutAbstractIsAnError() {
        #expect(throws: CorpusError.malformedRecord(path: "x.txt", line: 6, reason: "title \"Second\" has no abstract after it")) {
            try ListingReader.parse("First\n\nAbstract one.\n\n\nSecond\n", file: "x.txt").count
        }
    }

    @Test("a listing with nothing but header lines has no papers")
    func onlyHeaderLinesIsNoPapers() {
        #expect(throws: CorpusError.noPapers(path: "x.txt")) {
            try ListingReader.parse("new\n\nSubscribe\n", file: "x.txt")
        }
    }
}
