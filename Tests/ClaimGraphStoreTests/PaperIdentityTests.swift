import ClaimGraphCorpus
import Testing
@testable import ClaimGraphStore

@Suite("Paper identity")
struct PaperIdentityTests {
    @Test("an arXiv id, from the field or the URL, names the paper")
    func arxivIDWins() {
        let location = SourceLocation(file: "f", line: 1)
        #expect(PaperIdentity.id(for: PaperRecord(title: "T", abstract: "", arxivID: "2103.14030v2", location: location)) == "2103.14030")
        #expect(PaperIdentity.id(for: PaperRecord(title: "T", abstract: "", url: "https://arxiv.org/abs/1706.03762", location: location)) == "1706.03762")
    }

    @Test("arXiv ids are recognised as the old pattern matcher recognised them", arguments: [
        ("2103.14030v2", "2103.14030"), ("2103.1403", "2103.1403"), ("2103.140301", "2103.14030"), ("arXiv:1706.03762", "1706.03762"),
        (" 1706.03762 ", "1706.03762"), ("cs/0112017v1", "cs/0112017"), ("math.GT/0309136", "math.GT/0309136"),
        ("hep-th/9901001", "hep-th/9901001"), ("2103.140", nil), ("210.14030", nil), ("2103-14030", nil), ("CS/0112017", nil),
        ("cs/011201", nil), ("math.gt/0309136", nil), ("/0112017", nil), ("", nil), ("https://arxiv.org/abs/2103.14030", nil),
    ] as [(String, String?)])
    func arxivIDPatterns(candidate: String, expected: String?) {
        #expect(PaperIdentity.arxivID(candidate) == expected)
    }

    @Test("without an arXiv id the paper is named by a slug of its title")
    func slugOfTitle() {
        #expect(PaperIdentity.slug("Swin3D: A Pretrained Transformer Backbone!") == "swin3d-a-pretrained-transformer-backbone")
    }

    @Test("content hashes are SHA-256")
    func sha256() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // FIPS 180-2's two-block and million-character examples.
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
