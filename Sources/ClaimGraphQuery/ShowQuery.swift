import ClaimGraphStore
import Foundation
import GRDB

/// Everything known about one paper (by id or title) or one entity (by any of its names).
public enum ShowQuery {
    public static func run(_ name: String, in db: Database) throws -> [ResultSet] {
        if let paperID = try String.fetchOne(db, sql: """
            SELECT id FROM paper WHERE id = ? OR title = ? COLLATE NOCASE ORDER BY id LIMIT 1
            """, arguments: [name, name])
        {
            return try paper(paperID, in: db)
        }
        let entity = try EntityLookup.find(name, kinds: EntityKind.allCases, in: db)
        return try self.entity(entity, in: db)
    }

    static func paper(_ id: String, in db: Database) throws -> [ResultSet] {
        [
            try ResultSet.fetch(db, sql: """
                SELECT id, title, published, url, source_file, source_line, abstract FROM paper WHERE id = ?
                """, arguments: [id], title: "paper"),
            try ResultSet.fetch(db, sql: """
                SELECT e.kind, e.name, m.role, group_concat(DISTINCT m.surface) AS mentions
                FROM mention m JOIN entity e ON e.id = m.entity_id WHERE m.paper_id = ?
                GROUP BY e.id, m.role ORDER BY e.kind, e.name, m.role
                """, arguments: [id], title: "entities"),
            try claims(where: "c.paper_id = ?", arguments: [id], in: db),
        ]
    }

    static func entity(_ entity: EntityRef, in db: Database) throws -> [ResultSet] {
        [
            try ResultSet.fetch(db, sql: """
                SELECT e.id, e.kind, e.name, e.direction, e.scale,
                    (SELECT group_concat(surface, ' | ') FROM (SELECT surface FROM alias WHERE entity_id = e.id ORDER BY surface)) AS aliases,
                    (SELECT group_concat(name, ', ') FROM (SELECT s.name FROM suite_member sm JOIN entity s ON s.id = sm.suite_id WHERE sm.member_id = e.id ORDER BY s.name)) AS part_of,
                    (SELECT group_concat(name, ', ') FROM (SELECT d.name FROM suite_member sm JOIN entity d ON d.id = sm.member_id WHERE sm.suite_id = e.id ORDER BY d.name)) AS members
                FROM entity e WHERE e.id = ?
                """, arguments: [entity.id], title: entity.kind),
            try ResultSet.fetch(db, sql: """
                SELECT p.id, p.title, group_concat(DISTINCT m.role) AS roles
                FROM mention m JOIN paper p ON p.id = m.paper_id WHERE m.entity_id = ?
                GROUP BY p.id ORDER BY p.title COLLATE NOCASE, p.id
                """, arguments: [entity.id], title: "papers"),
            try claims(
                where: "? IN (c.model_id, c.dataset_id, c.metric_id, c.baseline_id)", arguments: [entity.id], in: db),
        ]
    }

    /// Claims in the gold schema's field names.
    static func claims(where condition: String, arguments: StatementArguments, in db: Database) throws -> ResultSet {
        try ResultSet.fetch(db, sql: """
            SELECT mo.name AS model, d.name AS dataset, c.split, mt.name AS metric, c.value, c.value_max,
                c.unit, c.kind, b.name AS baseline, c.setting, c.paper_id AS paper, c.source, c.evidence
            FROM claim c
            LEFT JOIN entity mo ON mo.id = c.model_id
            LEFT JOIN entity d ON d.id = c.dataset_id
            LEFT JOIN entity mt ON mt.id = c.metric_id
            LEFT JOIN entity b ON b.id = c.baseline_id
            WHERE \(condition)
            ORDER BY c.paper_id, c.evidence_start, c.id
            """, arguments: arguments, title: "claims")
    }
}
