import ClaimGraphExtraction
import Foundation
import GRDB

/// "SURFACE means CANONICAL": one alias a user teaches.
public struct AliasRule: Sendable, Equatable {
    public var surface: String
    public var canonical: String
    /// Dataset (benchmarks included), model or metric; nil to infer from what is stored.
    public var kind: EntityKind?
    /// Where the rule came from, for messages ("aliases.tsv:3").
    public var origin: String?

    public init(surface: String, canonical: String, kind: EntityKind? = nil, origin: String? = nil) {
        self.surface = surface
        self.canonical = canonical
        self.kind = kind
        self.origin = origin
    }
}

/// What teaching one alias changed.
public struct AliasOutcome: Sendable, Equatable, Codable {
    public var surface: String
    public var canonical: String
    public var kind: String
    /// The name of the entity that was merged into the canonical one, if any.
    public var merged: String?
    public var claimsMoved = 0
    public var mentionsMoved = 0
    public var aliasesMoved = 0
}

/// Problems with an alias rule, with messages a user can act on.
public enum AliasError: Error, LocalizedError, Equatable {
    case unknownNames(surface: String, canonical: String, origin: String?)
    case ambiguousKind(name: String, kinds: [String], origin: String?)
    case emptyName(origin: String?)

    public var errorDescription: String? {
        switch self {
        case .unknownNames(let surface, let canonical, let origin):
            return prefix(origin) + "neither \"\(surface)\" nor \"\(canonical)\" is stored; pass --kind dataset|model|metric to create \"\(canonical)\""
        case .ambiguousKind(let name, let kinds, let origin):
            return prefix(origin) + "\"\(name)\" names a \(kinds.joined(separator: " and a ")); say which with --kind (or a third column in the alias file)"
        case .emptyName(let origin):
            return prefix(origin) + "an alias needs a surface and a canonical name"
        }
    }

    private func prefix(_ origin: String?) -> String { origin.map { "\($0): " } ?? "" }
}

/// Teaches aliases and re-resolves what is already stored: when the surface names an entity of
/// its own, that entity is merged into the canonical one (its claims, mentions, suite
/// memberships and aliases repointed, then the emptied entity deleted), so `compare` and
/// `conflicts` see one entity whichever source named it. All rules apply in one transaction.
public struct AliasTeacher: Sendable {
    public let store: ClaimGraphStore
    public let lexicon: Lexicon

    public init(store: ClaimGraphStore, lexicon: Lexicon = .bundled) {
        self.store = store
        self.lexicon = lexicon
    }

    public func teach(_ rules: [AliasRule]) throws -> [AliasOutcome] {
        try store.writer.write { db in
            try rules.map { try teach($0, db: db) }
        }
    }

    private func teach(_ rule: AliasRule, db: Database) throws -> AliasOutcome {
        let surface = rule.surface.trimmingCharacters(in: .whitespaces)
        let canonicalName = rule.canonical.trimmingCharacters(in: .whitespaces)
        let surfaceKey = NameKey.of(surface)
        let canonicalKey = NameKey.of(canonicalName)
        guard !surfaceKey.isEmpty, !canonicalKey.isEmpty else { throw AliasError.emptyName(origin: rule.origin) }

        let kind = try rule.kind ?? inferKind(surfaceKey: surfaceKey, canonicalKey: canonicalKey, rule: rule, db: db)
        let resolver = EntityResolver(db: db, lexicon: lexicon)
        guard let canonical = try resolver.resolve(canonicalName, kind: kind, surface: canonicalName, origin: "user") else {
            throw AliasError.emptyName(origin: rule.origin)
        }
        let canonicalRow = try EntityRow.fetchOne(db, key: canonical)!
        var outcome = AliasOutcome(surface: surface, canonical: canonicalRow.name, kind: canonicalRow.kind.rawValue)
        let kinds = kind.nameSpace.map(\.rawValue)

        // An entity named by the surface is the same thing: merge it.
        let named = try Int64.fetchAll(db, sql: """
            SELECT id FROM entity WHERE name_key = ? AND kind IN (SELECT value FROM json_each(?)) AND id <> ? ORDER BY id
            """, arguments: [surfaceKey, JSONText.array(kinds), canonical])
        for entity in named {
            outcome.merged = try String.fetchOne(db, sql: "SELECT name FROM entity WHERE id = ?", arguments: [entity])
            try merge(entity, into: canonical, db: db, outcome: &outcome)
        }
        // Another entity that only has the surface as an alias gives the alias up, and its
        // mentions written that way follow it.
        let aliased = try Int64.fetchAll(db, sql: """
            SELECT a.entity_id FROM alias a JOIN entity e ON e.id = a.entity_id
            WHERE a.surface_key = ? AND e.kind IN (SELECT value FROM json_each(?)) AND a.entity_id <> ? ORDER BY a.entity_id
            """, arguments: [surfaceKey, JSONText.array(kinds), canonical])
        for entity in aliased {
            try db.execute(sql: "DELETE FROM alias WHERE entity_id = ? AND surface_key = ?", arguments: [entity, surfaceKey])
            let mentions = try Row.fetchAll(db, sql: "SELECT id, surface FROM mention WHERE entity_id = ?", arguments: [entity])
            for mention in mentions where NameKey.of(mention["surface"] as String) == surfaceKey {
                try db.execute(sql: "UPDATE OR IGNORE mention SET entity_id = ? WHERE id = ?", arguments: [canonical, mention["id"] as Int64])
                outcome.mentionsMoved += db.changesCount
            }
        }
        try db.execute(
            sql: "INSERT INTO alias (entity_id, surface, surface_key, origin) VALUES (?, ?, ?, 'user') ON CONFLICT DO UPDATE SET origin = 'user'",
            arguments: [canonical, surface, surfaceKey])
        return outcome
    }

    /// Repoints everything that refers to `source` at `target`, then deletes `source`.
    private func merge(_ source: Int64, into target: Int64, db: Database, outcome: inout AliasOutcome) throws {
        for column in ["model_id", "dataset_id", "metric_id", "baseline_id"] {
            try db.execute(sql: "UPDATE claim SET \(column) = ? WHERE \(column) = ?", arguments: [target, source])
            outcome.claimsMoved += db.changesCount
        }
        // The same mention may exist for both; the canonical one's stays.
        try db.execute(sql: "UPDATE OR IGNORE mention SET entity_id = ? WHERE entity_id = ?", arguments: [target, source])
        outcome.mentionsMoved += db.changesCount
        try db.execute(sql: "DELETE FROM mention WHERE entity_id = ?", arguments: [source])
        // A suite cannot contain itself.
        try db.execute(sql: """
            DELETE FROM suite_member WHERE (suite_id = ? AND member_id = ?) OR (suite_id = ? AND member_id = ?)
            """, arguments: [source, target, target, source])
        try db.execute(sql: "UPDATE OR IGNORE suite_member SET suite_id = ? WHERE suite_id = ?", arguments: [target, source])
        try db.execute(sql: "UPDATE OR IGNORE suite_member SET member_id = ? WHERE member_id = ?", arguments: [target, source])
        try db.execute(sql: "DELETE FROM suite_member WHERE suite_id = ? OR member_id = ?", arguments: [source, source])
        try db.execute(sql: "UPDATE OR IGNORE alias SET entity_id = ? WHERE entity_id = ?", arguments: [target, source])
        outcome.aliasesMoved += db.changesCount
        // The merged entity's own name stays findable.
        if let row = try EntityRow.fetchOne(db, key: source) {
            try db.execute(
                sql: "INSERT OR IGNORE INTO alias (entity_id, surface, surface_key, origin) VALUES (?, ?, ?, 'user')",
                arguments: [target, row.name, row.nameKey])
        }
        try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [source])
    }

    /// The kind the stored names agree on: the canonical name's, else the surface's.
    private func inferKind(surfaceKey: String, canonicalKey: String, rule: AliasRule, db: Database) throws -> EntityKind {
        func kinds(of key: String) throws -> [EntityKind] {
            let names = try String.fetchAll(db, sql: """
                SELECT DISTINCT kind FROM entity WHERE name_key = ?
                UNION SELECT DISTINCT e.kind FROM alias a JOIN entity e ON e.id = a.entity_id WHERE a.surface_key = ?
                """, arguments: [key, key])
            // Datasets and benchmarks share a name space; count them once.
            var seen: [EntityKind] = []
            for kind in names.compactMap(EntityKind.init(rawValue:)) where kind != .task {
                let space = kind.nameSpace.first!
                if !seen.contains(space) { seen.append(space) }
            }
            return seen.sorted { $0.rawValue < $1.rawValue }
        }
        for (key, name) in [(canonicalKey, rule.canonical), (surfaceKey, rule.surface)] {
            let found = try kinds(of: key)
            if found.count == 1 { return found[0] }
            if found.count > 1 { throw AliasError.ambiguousKind(name: name, kinds: found.map(\.rawValue), origin: rule.origin) }
        }
        throw AliasError.unknownNames(surface: rule.surface, canonical: rule.canonical, origin: rule.origin)
    }
}
