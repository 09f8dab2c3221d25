import ClaimGraphExtraction
import ClaimGraphStore
import Foundation
import GRDB

/// An entity found by name.
public struct EntityRef: Sendable, Hashable, Codable {
    public var id: Int64
    public var kind: String
    public var name: String
}

/// Finds entities by any of their names, alias-aware, and suggests near names when none fits.
public enum EntityLookup {
    public static func find(_ name: String, kinds: [EntityKind], in db: Database) throws -> EntityRef {
        let key = NameKey.of(name)
        let kindNames = kinds.map(\.rawValue)
        let kindJSON = String(decoding: try JSONEncoder().encode(kindNames), as: UTF8.self)
        if let row = try Row.fetchOne(db, sql: """
            SELECT e.id, e.kind, e.name FROM entity e
            WHERE e.kind IN (SELECT value FROM json_each(?)) AND e.name_key = ?
            UNION ALL
            SELECT e.id, e.kind, e.name FROM alias a JOIN entity e ON e.id = a.entity_id
            WHERE e.kind IN (SELECT value FROM json_each(?)) AND a.surface_key = ?
            LIMIT 1
            """, arguments: [kindJSON, key, kindJSON, key])
        {
            return EntityRef(id: row["id"], kind: row["kind"], name: row["name"])
        }
        let label = kinds.contains(.dataset) ? "dataset or benchmark" : kindNames.joined(separator: " or ")
        throw StoreError.unknownEntity(kind: label, name: name, suggestions: try suggestions(for: name, kinds: kindNames, kindJSON: kindJSON, in: db))
    }

    /// Up to five names or aliases closest in edit distance to `name` (on their keys).
    static func suggestions(for name: String, kinds: [String], kindJSON: String, in db: Database) throws -> [String] {
        let key = NameKey.of(name)
        let rows = try Row.fetchAll(db, sql: """
            SELECT e.name AS name, a.surface_key AS key FROM alias a JOIN entity e ON e.id = a.entity_id
            WHERE e.kind IN (SELECT value FROM json_each(?))
            UNION
            SELECT e.name, e.name_key FROM entity e WHERE e.kind IN (SELECT value FROM json_each(?))
            """, arguments: [kindJSON, kindJSON])
        var best: [String: Int] = [:]
        for row in rows {
            let candidateName: String = row["name"]
            let candidateKey: String = row["key"]
            let distance = EditDistance.between(key, candidateKey)
            let containment = !key.isEmpty && (candidateKey.contains(key) || key.contains(candidateKey)) ? 1 : Int.max
            let score = min(distance, containment)
            if score <= max(2, key.count / 3) {
                best[candidateName] = min(best[candidateName] ?? Int.max, score)
            }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(5).map(\.key)
    }
}

/// Levenshtein distance over characters.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
