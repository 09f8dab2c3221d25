import ArgumentParser
import Foundation

/// `claimgraph`: who reports what on which benchmark.
public struct ClaimGraphCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "claimgraph",
        abstract: "Build and query a graph of ML papers, datasets, models, metrics and benchmark claims.",
        discussion: """
            Start with `claimgraph ingest` (no file: the bundled corpus of 147 papers), then ask:
              claimgraph papers --dataset COCO
              claimgraph stats
            """,
        version: ClaimGraphVersion.current,
        subcommands: [
            IngestCommand.self,
            AliasCommand.self,
            ExtractCommand.self,
            StatsCommand.self,
            PapersCommand.self,
            ShowCommand.self,
            DatasetsCommand.self,
            ModelsCommand.self,
            MetricsCommand.self,
            LeaderboardCommand.self,
            CompareCommand.self,
            ConflictsCommand.self,
            NeighborsCommand.self,
            PathCommand.self,
            SearchCommand.self,
            QueryCommand.self,
            SQLCommand.self,
            ExportCommand.self,
            BenchCommand.self,
        ]
    )

    public init() {}
}

/// Runs the command line in-process, the way `main` does, and returns the exit code.
public enum CommandRunner {
    public static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
        Console.$current.withValue(console) {
            do {
                var command = try ClaimGraphCommand.parseAsRoot(arguments)
                try command.run()
                return 0
            } catch {
                let code = ClaimGraphCommand.exitCode(for: error)
                if code == .success {
                    // --help and --version are printed as results.
                    console.out(ClaimGraphCommand.fullMessage(for: error) + "\n")
                    return 0
                }
                console.err("error: " + message(for: error) + "\n")
                if code == .validationFailure { return 64 }
                return code.rawValue == 0 ? 1 : (code == .failure ? 1 : code.rawValue)
            }
        }
    }

    static func message(for error: Error) -> String {
        if let local = error as? LocalizedError, let description = local.errorDescription { return description }
        let full = ClaimGraphCommand.fullMessage(for: error)
        return full.hasPrefix("Error: ") ? String(full.dropFirst(7)) : full
    }
}

/// The version `claimgraph --version` prints; raised with every change to the schema or the
/// command line's contracts.
public enum ClaimGraphVersion {
    public static let current = "0.2.0"
}
