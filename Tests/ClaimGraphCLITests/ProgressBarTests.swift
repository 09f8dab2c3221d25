import Foundation
import Testing
@testable import ClaimGraphCLI

@Suite("Progress bar")
struct ProgressBarTests {
    final class Sink: @unchecked Sendable {
        var text = ""
    }

    private func console(stderrIsTerminal: Bool, sink: Sink) -> Console {
        Console(isTerminal: false, stderrIsTerminal: stderrIsTerminal, out: { _ in }, err: { sink.text += $0 })
    }

    @Test("drawn on a terminal stderr, then cleared")
    func terminal() {
        let sink = Sink()
        let bar = ProgressBar(console: console(stderrIsTerminal: true, sink: sink), label: "dump.json", total: 200, quiet: false)
        bar.update(100, records: 7)
        bar.finish()
        #expect(sink.text.contains("dump.json [###############---------------] 50% 7 records"))
        #expect(sink.text.hasSuffix("\r\u{1B}[2K"))
    }

    @Test("silent when stderr is piped, and with --quiet")
    func silent() {
        let piped = Sink()
        let bar = ProgressBar(console: console(stderrIsTerminal: false, sink: piped), label: "x", total: 10, quiet: false)
        bar.update(5, records: 1)
        bar.finish()
        let quiet = Sink()
        let quietBar = ProgressBar(console: console(stderrIsTerminal: true, sink: quiet), label: "x", total: 10, quiet: true)
        quietBar.update(5, records: 1)
        quietBar.finish()
        #expect(piped.text.isEmpty)
        #expect(quiet.text.isEmpty)
    }
}
