import Testing
@testable import ClaimGraphExtraction

@Suite("Word windows")
struct WordWindowTests {
    @Test("an empty window has no first word and contains nothing")
    func emptyWindow() {
        let window = WordWindow(limit: 0)
        #expect(window.isEmpty)
        #expect(window.first == nil)
        #expect(!window.contains(KeyHasher.word("by")))
    }

    @Test("a window keeps up to ten words in order, and its prefixes are the shorter windows")
    func fullWindowKeepsOrder() {
        let words = (0..<WordWindow.capacity).map { KeyHasher.word("w\($0)") }
        var window = WordWindow(limit: WordWindow.capacity)
        for word in words { window.append(word) }
        #expect(Array(window) == words)
        #expect(window.count == 10)
        #expect(window[9] == words[9])
        #expect(Array(window.prefix(4)) == Array(words.prefix(4)))
        #expect(Array(window.dropFirst().prefix(2)) == [words[1], words[2]])
        #expect(window.contains(words[7]))
    }
}
