import ArgumentParser
import Foundation
import Testing
@testable import ClaimGraphCLI

@Suite("documentation")
struct DocumentationTests {
    static let commands = ClaimGraphCommand.configuration.subcommands

    @Test("every command has an abstract and an example")
    func everyCommandHasHelpAndExample() {
        for command in Self.commands {
            let configuration = command.configuration
            #expect(!configuration.abstract.isEmpty, "\(configuration.commandName ?? "?") has no abstract")
            #expect(configuration.discussion.contains("Example"), "\(configuration.commandName ?? "?") has no example")
        }
    }

    @Test("the README documents every command")
    func readmeDocumentsEveryCommand() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md"), encoding: .utf8)
        for command in Self.commands {
            let name = command.configuration.commandName ?? ""
            #expect(readme.contains("claimgraph \(name)"), "README does not mention `claimgraph \(name)`")
        }
    }
}
