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
