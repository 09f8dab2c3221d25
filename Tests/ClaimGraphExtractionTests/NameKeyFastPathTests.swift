import Testing
@testable import ClaimGraphExtraction

@Suite("Name keys, ASCII fast path")
struct NameKeyFastPathTests {
    @Test("ASCII names get the key the Unicode path gives them", arguments: [
        "ImageNet-1k", "imagenet 1K", "IMAGENET_1K", "ViT-B/16", "wav2vec 2.0", "HumanEval+", "", "  ", "F1 (macro)", "a\tb\nc",
        "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    ])
    func sameKey(_ name: String) {
        #expect(NameKey.asciiKey(name) == NameKey.unicodeKey(name))
        #expect(NameKey.of(name) == NameKey.unicodeKey(name))
    }

    @Test("non-ASCII names take the Unicode path", arguments: ["Café-Net", "ＩｍａｇｅＮｅｔ", "Ｆ1", "中文 NER"])
    func unicode(_ name: String) {
        #expect(NameKey.asciiKey(name) == nil)
        #expect(NameKey.of(name) == NameKey.unicodeKey(name))
    }
}
