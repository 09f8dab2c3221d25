import ArgumentParser
import ClaimGraphCorpus
import ClaimGraphStore
import Foundation

/// `claimgraph alias`: teach the alias layer that two names are one thing.
struct AliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Teach ClaimGraph that names mean the same dataset, model or metric.",
        discussion: """
            Example:
              claimgraph alias add ImageNet ImageNet-1K --kind dataset
            """,
        subcommands: [AliasAddCommand.self])

    /// The kinds a user may teach aliases for (benchmarks count as datasets).
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case dataset, model, metric

        var entityKind: EntityKind {
            switch self {
            case .dataset: return .dataset
            case .model: return .model
            case .metric: return .metric
            }
        }
    }

    static func rule(from line: AliasLine) -> AliasRule {
        AliasRule(
            surface: line.surface, canonical: line.canonical,
            kind: line.kind.flatMap(Kind.init(rawValue:))?.entityKind, origin: line.location.description)
    }

    static func describe(_ outcome: AliasOutcome) -> String {
        var text = "alias: \"\(outcome.surface)\" → \(outcome.kind) \"\(outcome.canonical)\""
        if let merged = outcome.merged {
            text += "; merged \"\(merged)\" into it (\(outcome.claimsMoved) claims, \(outcome.mentionsMoved) mentions, \(outcome.aliasesMoved) aliases moved)"
        } else if outcome.mentionsMoved > 0 {
            text += "; \(outcome.mentionsMoved) mentions moved"
        }
        return text
    }
}

/// `claimgraph alias add SURFACE CANONICAL`: one alias, re-resolving what is stored.
struct AliasAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Make SURFACE a name of CANONICAL, merging a stored entity named SURFACE into it.",
        discussion: """
            Claims, mentions, suite memberships and aliases of the merged entity move to the canonical
            one in one transaction, so leaderboards and comparisons see one dataset whichever source
            named it. The kind is taken from what is stored unless --kind says it. For many aliases at
            once, use `claimgraph ingest --aliases FILE.tsv`.
            Example:
              claimgraph alias add ImageNet ImageNet-1K --kind dataset
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The name as some source writes it.")
    var surface: String

    @Argument(help: "The name it stands for.")
    var canonical: String

    @Option(help: "What the names name (inferred from the database when left out).")
    var kind: AliasCommand.Kind?

    func run() throws {
        let store = try global.openForWriting()
        let outcomes = try AliasTeacher(store: store).teach([
            AliasRule(surface: surface, canonical: canonical, kind: kind?.entityKind)
        ])
        let rows = outcomes.map { outcome -> [Cell] in
            [.text(outcome.surface), .text(outcome.canonical), .text(outcome.kind), Cell(outcome.merged),
             .integer(outcome.claimsMoved), .integer(outcome.mentionsMoved), .integer(outcome.aliasesMoved)]
        }
        global.emit(
            [OutputTable(columns: ["surface", "canonical", "kind", "merged", "claims_moved", "mentions_moved", "aliases_moved"], rows: rows)],
            empty: "nothing changed")
    }
}
