import Testing
@testable import ClaimGraphExtraction

@Suite("Name keys")
struct NameKeyTests {
    @Test("case, spacing and punctuation variants of a name share one key")
    func variantsMeet() {
        #expect(NameKey.of("ImageNet-1k") == NameKey.of("imagenet 1K"))
        #expect(NameKey.of("CIFAR100") == NameKey.of("CIFAR-100"))
        #expect(NameKey.of("CIFAR-10") != NameKey.of("CIFAR-100"))
        #expect(NameKey.of("HumanEval+") != NameKey.of("HumanEval"))
    }
}

@Suite("Name keys, edge cases")
struct NameKeyEdgeTests {
    @Test("a key keeps lower-cased letters and digits, spells out each plus, and may be empty")
    func keyLettersDigitsAndPlus() {
        #expect(NameKey.of("") == "")
        #expect(NameKey.of("-- / --") == "")
        #expect(NameKey.of("RefCOCO+") == "refcocoplus")
        #expect(NameKey.of("C++") == "cplusplus")
        #expect(NameKey.of("A Long Benchmark Name, Version 2 (Test-Dev)") == "alongbenchmarknameversion2testdev")
    }

    @Test("a name with other scripts keeps its letters, lower-cased and normalised")
    func keyOfOtherScripts() {
        #expect(NameKey.of("Ünïcode-1") == "ünïcode1")
        #expect(NameKey.of("ÜNÏCODE 1") == NameKey.of("ünïcode-1"))
        #expect(NameKey.of("日本語 Bench") == "日本語bench")
    }
}
