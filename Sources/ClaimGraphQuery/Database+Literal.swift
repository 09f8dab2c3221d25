import GRDB

// Fetching an SQL literal (GRDB's interpolation, every value bound) without spelling out an
// SQLRequest at each call.

extension Row {
    static func fetchAll(_ db: Database, literal: SQL) throws -> [Row] {
        try fetchAll(db, SQLRequest<Row>(literal: literal))
    }
}

extension DatabaseValueConvertible where Self: StatementColumnConvertible {
    static func fetchAll(_ db: Database, literal: SQL) throws -> [Self] {
        try fetchAll(db, SQLRequest<Self>(literal: literal))
    }

    static func fetchOne(_ db: Database, literal: SQL) throws -> Self? {
        try fetchOne(db, SQLRequest<Self>(literal: literal))
    }
}
