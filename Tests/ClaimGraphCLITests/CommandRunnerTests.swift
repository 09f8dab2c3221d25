import Testing
@testable import ClaimGraphCLI

@Suite("Command runner")
struct CommandRunnerTests {
    @Test("an unknown subcommand exits 64 with the usage error on stderr")
    func unknownSubcommandIsUsageError() {
        let captured = CapturedConsole()
        let code = CommandRunner.run(["no-such-command"], console: captured.console)
        #expect(code == 64)
        #expect(captured.stderr.contains("error:"))
    }

    @Test("--version prints the version and exits 0")
    func versionIsPrinted() {
        let run = CLIRun(["--version"])
        #expect(run.code == 0)
        #expect(run.stdout == ClaimGraphVersion.current + "\n")
    }
}
