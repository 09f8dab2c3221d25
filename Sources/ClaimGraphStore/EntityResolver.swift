import ClaimGraphExtraction
import Foundation
import GRDB

/// Finds or creates the entity a name stands for, within one write transaction. Names meet
/// through the alias table, case- and punctuation-insensitively; a new entity known to the
/// lexicon brings its aliases, its suites and (for metrics) its direction along.
final class EntityResolver {
    private let db: Database
    private let lexicon: Lexicon
    private let cache: EntityCache
    private(set) var createdCount = 0

    /// `cache` may be shared by the transactions of one ingest, never across a rollback.
    init(db: Database, lexicon: Lexicon, cache: EntityCache = EntityCache()) {
        self.db = db
        self.lexicon = lexicon
        self.cache = cache
    }

    func resolve(_ name: String, kind: EntityKind, surface: String? = nil, origin: String = "extracted") throws -> Int64? {
        let key = cache.key(name)
        guard !key.isEmpty else { return nil }
        let cacheKey = "\(kind.nameSpace.first!.rawValue):\(key)"
        if let id = cache.ids[cacheKey] {
            try addAlias(surface, to: id, origin: origin)
            return id
        }
        let id: Int64
        if let existing = try Self.lookup(key: key, kinds: kind.nameSpace, in: db) {
            id = existing
        } else {
            id = try create(name: name, kind: kind, origin: origin)
        }
        cache.ids[cacheKey] = id
        try addAlias(surface, to: id, origin: origin)
        return id
    }

    /// The entity whose name or alias has this key; names win over aliases, lower ids break ties.
    static func lookup(key: String, kinds: [EntityKind], in db: Database) throws -> Int64? {
        let kindNames = kinds.map(\.rawValue)
        return try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT e.id FROM entity e
            WHERE e.kind IN (SELECT value FROM json_each(?)) AND e.name_key = ?
            UNION ALL
            SELECT a.entity_id FROM alias a JOIN entity e ON e.id = a.entity_id
            WHERE e.kind IN (SELECT value FROM json_each(?)) AND a.surface_key = ?
            LIMIT 1
            """), arguments: [JSONText.array(kindNames), key, JSONText.array(kindNames), key])
    }

    /// Datasets the annotation guideline keeps apart but the store files as one, because results
    /// reported on them are results on the same data: plain "ImageNet" in a leaderboard or beside
    /// an accuracy is the ILSVRC-2012 1,000-class set. Extraction output keeps names as written;
    /// ImageNet-21K, -R, -A, -V2 and the rest stay distinct.
    static let folded: [String: String] = ["ImageNet": "ImageNet-1K"]

    private func create(name: String, kind: EntityKind, origin: String) throws -> Int64 {
        var kind = kind
        var direction: String?
        var scale: String?
        var aliases: [String] = []
        var suites: [String] = []
        var canonical = name
        switch kind {
        case .dataset, .benchmark:
            if var entry = lexicon.dataset(named: name) {
                if let target = Self.folded[entry.name], let targetEntry = lexicon.dataset(named: target) { entry = targetEntry }
                canonical = entry.name
                kind = entry.type == .benchmark ? .benchmark : .dataset
                aliases = entry.aliases + Self.folded.filter { $0.value == entry.name }.map(\.key).sorted()
                suites = entry.suites
            }
        case .metric:
            if let entry = lexicon.metric(named: name) {
                canonical = entry.name
                aliases = entry.aliases
                direction = entry.direction.rawValue
                scale = entry.scale.rawValue
            } else {
                direction = MetricDirection.higher.rawValue
                scale = MetricScale.raw.rawValue
            }
        case .model:
            if let entry = lexicon.model(named: name) {
                canonical = entry.name
                aliases = entry.aliases
            }
        case .task:
            break
        }
        // The lexicon's canonical entity may already be stored under a key this name does not
        // reach (its aliases were not all written, or were taught later): join it.
        if canonical != name, let existing = try Self.lookup(key: NameKey.of(canonical), kinds: kind.nameSpace, in: db) {
            try addAlias(name, to: existing, origin: origin)
            return existing
        }
        var row = EntityRow(id: nil, kind: kind, name: canonical, nameKey: NameKey.of(canonical), direction: direction, scale: scale)
        try row.insert(db)
        guard let id = row.id else { throw DatabaseError(message: "entity insert returned no id") }
        createdCount += 1
        try addAlias(canonical, to: id, origin: "gazetteer")
        if canonical != name { try addAlias(name, to: id, origin: origin) }
        for alias in aliases { try addAlias(alias, to: id, origin: "gazetteer") }
        for suite in suites {
            if let suiteID = try resolve(suite, kind: .benchmark), suiteID != id {
                try db.execute(sql: "INSERT OR IGNORE INTO suite_member (suite_id, member_id) VALUES (?, ?)", arguments: [suiteID, id])
            }
        }
        return id
    }

    private func addAlias(_ surface: String?, to id: Int64, origin: String) throws {
        guard let surface, !surface.isEmpty else { return }
        let key = cache.key(surface)
        // (entity, key) is the alias table's primary key: a pair written once is ignored after.
        guard !key.isEmpty, cache.aliases.insert(EntityCache.AliasKey(entity: id, key: key)).inserted else { return }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO alias (entity_id, surface, surface_key, origin) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, surface, key, origin])
    }
}

/// What an ingest has resolved and written already, kept across its transactions so a name
/// seen before costs dictionary lookups instead of statements and Unicode normalisation.
/// Valid only while every transaction that filled it committed: drop it after a failure.
final class EntityCache {
    struct AliasKey: Hashable {
        var entity: Int64
        var key: String
    }

    /// "namespace:name_key" → entity id.
    var ids: [String: Int64] = [:]
    /// Aliases known to be stored.
    var aliases: Set<AliasKey> = []
    private var keys: [String: String] = [:]

    init() {}

    /// `NameKey.of(name)`, memoised.
    func key(_ name: String) -> String {
        if let key = keys[name] { return key }
        let key = NameKey.of(name)
        if keys.count < 1_000_000 { keys[name] = key }
        return key
    }
}

