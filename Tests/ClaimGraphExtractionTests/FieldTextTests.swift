import Testing
@testable import ClaimGraphExtraction

@Suite("Field text")
struct FieldTextTests {
    static let samples = [
        "", "a", "BERT-base", "naïve café", "日本語のテキスト", "emoji 🙂 and 𝔘nicode", "e\u{0301}", "ÆØÅ 95.1%",
        "ImageNet-1K/22K, RefCOCO+ and C++", "data.Specifically, x.", "tab\tand\nnewline\u{00A0}nbsp",
    ]

    @Test("the scalars of a text are its Unicode scalars, whatever their UTF-8 length")
    func scalarsDecodeEveryLength() {
        for sample in Self.samples {
            #expect(FieldText.scalars(of: sample) == Array(sample.unicodeScalars), "\(sample)")
        }
    }

    @Test("a substring between scalar offsets is that stretch of the text, in any script")
    func substringIsTheTextsOwn() {
        for sample in Self.samples {
            let text = FieldText(sample, field: .abstract)
            let scalars = Array(sample.unicodeScalars)
            for start in 0...scalars.count {
                for end in start...scalars.count {
                    var expected = ""
                    expected.unicodeScalars.append(contentsOf: scalars[start..<end])
                    #expect(text.substring(start, end) == expected)
                }
            }
        }
    }

    @Test("a substring outside the text is clamped to it, and an inverted one is empty")
    func substringClamps() {
        let text = FieldText("COCO", field: .title)
        #expect(text.substring(-3, 2) == "CO")
        #expect(text.substring(2, 99) == "CO")
        #expect(text.substring(3, 1) == "")
        #expect(FieldText("", field: .title).substring(0, 5) == "")
    }

    @Test("a word's fingerprints are those of its text as written, lower-cased and as a name key")
    func tokenFingerprintsMatchTheirText() {
        for sample in Self.samples + ["Kinectics-400 GPT-4o ÉCOLE Straße HumanEval++ x86_64 a@b"] {
            let text = FieldText(sample, field: .abstract)
            for index in text.tokens.indices where text.tokens[index].isWord {
                let word = text.text(index)
                let key = KeyHasher.key(word)
                #expect(text.tokens[index].lower == KeyHasher.word(word), "\(word)")
                #expect(text.tokens[index].key == key.hash, "\(word)")
                #expect(text.tokens[index].keyCount == key.count, "\(word)")
            }
        }
    }

    @Test("a link is one token that names nothing; words starting with h or w are words")
    func linksAreOneToken() {
        let text = FieldText("Code at https://github.com/x/y (see HTTP://a.b and www.c.org), which we host.", field: .abstract)
        let words = text.tokens.indices.filter { text.tokens[$0].isWord }.map { text.text($0) }
        #expect(words == ["Code", "at", "see", "and", "which", "we", "host"])
        let links = text.tokens.indices.filter { !text.tokens[$0].isWord && text.tokens[$0].length > 1 }.map { text.text($0) }
        #expect(links == ["https://github.com/x/y", "HTTP://a.b", "www.c.org),"])
    }
}
