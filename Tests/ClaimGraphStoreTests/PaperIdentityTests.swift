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

    @Test("without an arXiv id the paper is named by a slug of its title")
    func slugOfTitle() {
        #expect(PaperIdentity.slug("Swin3D: A Pretrained Transformer Backbone!") == "swin3d-a-pretrained-transformer-backbone")
    }

    @Test("content hashes are SHA-256")
    func sha256() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
