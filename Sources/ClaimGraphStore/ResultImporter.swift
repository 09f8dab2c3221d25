import ClaimGraphCorpus
import ClaimGraphExtraction
import Foundation
import GRDB

/// Why a record added no claim, or what was noticed while reading; each names its record.
public struct ImportNote: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        /// "-", "" or "n/a": the source reports no value. Counted, not a problem.
        case noValue = "no-value"
        /// A value that is not a number ("78.6/84.4", "Please tell us"): reported, never stored as 0.
        case unreadableValue = "unreadable-value"
        /// A malformed record skipped under --skip-bad.
        case badRecord = "bad-record"
        /// Something about the file rather than a record (an Import: naming a missing file).
        case note
    }

    public var kind: Kind
    public var location: String
    public var message: String

    public init(kind: Kind, location: String, message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    /// A malformed record skipped under --skip-bad.
    public init(skipped error: CorpusError) {
        self.init(kind: .badRecord, location: ResultImporter.location(of: error), message: ResultImporter.reason(of: error))
    }

    public var description: String { "\(location): \(message)" }
}

/// What importing one results file did.
public struct ImportReport: Sendable, Equatable, Codable {
    public var recordsRead = 0
    public var claimsAdded = 0
    /// Records whose claim was already stored (same file, record and metric).
    public var claimsUnchanged = 0
    public var papersAdded = 0
    public var entitiesAdded = 0
    /// Records whose value was "-", "" or "n/a": counted, not listed, so a huge file stays small.
    public var noValue = 0
    /// Every other note, each naming its record.
    public var notes: [ImportNote] = []

    public init() {}

    public func count(_ kind: ImportNote.Kind) -> Int {
        kind == .noValue ? noValue : notes.filter { $0.kind == kind }.count
    }

    public static func += (lhs: inout ImportReport, rhs: ImportReport) {
        lhs.recordsRead += rhs.recordsRead
        lhs.claimsAdded += rhs.claimsAdded
        lhs.claimsUnchanged += rhs.claimsUnchanged
        lhs.papersAdded += rhs.papersAdded
        lhs.entitiesAdded += rhs.entitiesAdded
        lhs.noValue += rhs.noValue
        lhs.notes += rhs.notes
    }
}

/// Writes results read from leaderboard files as imported claims: models, datasets and metrics
/// resolve through the same alias layer as extracted names, papers named by a record get a row
/// (with an empty abstract) so their claims join extracted ones, and every claim keeps its file,
/// record path and raw value. A claim's fingerprint is (file name, record path, metric), so
/// importing a file again adds nothing.
public struct ResultImporter: Sendable {
    public let store: ClaimGraphStore
    public let lexicon: Lexicon

    public init(store: ClaimGraphStore, lexicon: Lexicon = .bundled) {
        self.store = store
        self.lexicon = lexicon
    }

    /// Imports everything `read` hands over in ONE transaction: when `read` throws, or hands over
    /// a bad record and `skipBad` is false, nothing of the file is written.
    public func importFile(
        format: InputFormat, skipBad: Bool, _ read: ((ResultItem) throws -> Void) throws -> Void
    ) throws -> ImportReport {
        try store.writer.write { db in
            let resolver = EntityResolver(db: db, lexicon: lexicon)
            var report = ImportReport()
            var papers: [String: String] = [:]
            var resolved: [String: Int64?] = [:]
            try read { item in
                switch item {
                case .bad(let error):
                    guard skipBad else { throw error }
                    report.notes.append(ImportNote(skipped: error))
                case .note(let location, let message):
                    report.notes.append(ImportNote(kind: .note, location: location.description, message: message))
                case .result(let record):
                    report.recordsRead += 1
                    try write(
                        record, rule: "import:\(format.rawValue)", db: db, resolver: resolver, papers: &papers,
                        resolved: &resolved, report: &report)
                }
            }
            report.entitiesAdded = resolver.createdCount
            return report
        }
    }

    private func write(
        _ record: ResultRecord, rule: String, db: Database, resolver: EntityResolver, papers: inout [String: String],
        resolved: inout [String: Int64?], report: inout ImportReport
    ) throws {
        let value: Double
        let valueMax: Double?
        let unit: String?
        switch record.value {
        case .missing:
            report.noValue += 1
            return
        case .unreadable:
            report.notes.append(ImportNote(
                kind: .unreadableValue, location: record.location.description,
                message: "\(record.metric): \"\(record.rawValue)\" is not a number; not imported"))
            return
        case .number(let number, let max, let parsedUnit):
            (value, valueMax, unit) = (number, max, parsedUnit)
        }
        let fileName = (record.location.file as NSString).lastPathComponent
        let fingerprint = Self.fingerprint(file: Self.sourceName(record.location.file), record: record.location.path, metric: record.metric)
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM claim WHERE fingerprint = ?"), arguments: [fingerprint]) == true {
            report.claimsUnchanged += 1
            return
        }
        var dataset = record.dataset
        var split = [record.subset, record.split].compactMap { $0 }.joined(separator: " / ")
        // A config that is itself a member of the named suite ("cola" of "glue") is the dataset.
        if let subset = record.subset, let parent = record.dataset, let entry = lexicon.dataset(named: subset),
           let suite = lexicon.dataset(named: parent), entry.suites.contains(suite.name)
        {
            dataset = subset
            split = record.split ?? ""
        }
        // Leaderboards repeat the same few names thousands of times: remember them as written.
        func resolve(_ name: String, _ kind: EntityKind) throws -> Int64? {
            let key = "\(kind.rawValue)\u{1F}\(name)"
            if let known = resolved[key] { return known }
            let id = try resolver.resolve(name, kind: kind, surface: name, origin: "imported")
            resolved[key] = id
            return id
        }
        let modelID = try resolve(record.model, .model)
        let datasetID = try dataset.flatMap { try resolve($0, .dataset) }
        let metricID = try resolve(record.metric, .metric)
        let paperID = try paper(for: record, db: db, papers: &papers, report: &report)
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO claim (paper_id, model_id, dataset_id, split, metric_id, value, value_max, unit, kind,
                setting, evidence, source, source_file, source_record, raw_text, rule, fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'absolute', ?, ?, 'imported', ?, ?, ?, ?, ?)
            """)
        try insert.execute(arguments: [
            paperID, modelID, datasetID, split.isEmpty ? nil : split, metricID, value, valueMax, unit,
            record.setting, Self.evidence(for: record, fileName: fileName), record.location.file,
            record.location.line.map { "line \($0): \(record.location.path)" } ?? record.location.path,
            record.rawValue, rule, fingerprint,
        ])
        report.claimsAdded += db.changesCount
    }

    /// The paper a record names, found or created with an empty abstract. An existing paper
    /// (from an abstract, say) is linked to, never changed.
    private func paper(
        for record: ResultRecord, db: Database, papers: inout [String: String], report: inout ImportReport
    ) throws -> String? {
        guard let title = record.paperTitle ?? record.paperURL else { return nil }
        let candidate = PaperRecord(
            title: title, abstract: "", url: record.paperURL, date: record.paperDate,
            location: SourceLocation(file: record.location.file, line: record.location.line ?? 1))
        let id = PaperIdentity.id(for: candidate)
        if let known = papers[id] { return known }
        if try String.fetchOne(db, sql: "SELECT id FROM paper WHERE id = ?", arguments: [id]) == nil {
            let row = PaperRow(
                id: id, title: title, abstract: "", published: Self.isoDate(record.paperDate), url: record.paperURL,
                authors: "[]", sourceFile: record.location.file, sourceLine: record.location.line,
                contentHash: PaperIdentity.contentHash(title: title, abstract: ""))
            try row.insert(db)
            report.papersAdded += 1
        }
        papers[id] = id
        return id
    }

    /// Names every card or metafile shares: for these the folders say which one it is.
    static let genericFileNames: Set<String> = ["readme.md", "metafile.yml", "metafile.yaml", "model-index.yml", "model-index.yaml"]

    /// The file as named in fingerprints: its name, or for a generic name (README.md of a model
    /// card, metafile.yml) its last two folders too ("lidiya/bart-base-samsum/README.md"), so two
    /// cards with the same model name never collide.
    static func sourceName(_ path: String) -> String {
        let components = (path as NSString).pathComponents.filter { $0 != "/" }
        guard let last = components.last else { return path }
        guard genericFileNames.contains(last.lowercased()) else { return last }
        return components.suffix(3).joined(separator: "/")
    }

    /// What makes an imported claim the same claim when its file is read again: the file's name
    /// (`sourceName`: not its whole path, so a moved file is the same source), the record's path
    /// and the metric.
    static func fingerprint(file: String, record: String, metric: String) -> String {
        let digest = SHA256.digest(Array([file, record, metric].joined(separator: "\u{1F}").utf8))
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var text = "imported:"
        text.reserveCapacity(9 + 64)
        for byte in digest {
            text.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
            text.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
        }
        return text
    }

    /// "evaluation-tables.json: Question Answering / SQuAD1.1 / BERT-large: EM = 85.1".
    static func evidence(for record: ResultRecord, fileName: String) -> String {
        let model = record.model.isEmpty ? "(unnamed model)" : record.model
        let what = [record.task, record.dataset, record.subset, record.split, model].compactMap { $0 }
        let metric = record.label.map { "\(record.metric) (\($0))" } ?? record.metric
        let setting = record.setting.map { " [\($0)]" } ?? ""
        return "\(fileName): \(what.joined(separator: " / ")): \(metric) = \(record.rawValue)\(setting)"
    }

    /// Only ISO dates go into `published`; anything else stays in the source.
    private static func isoDate(_ text: String?) -> String? {
        guard let text, text.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil else { return nil }
        return String(text.prefix(10))
    }

    static func location(of error: CorpusError) -> String {
        switch error {
        case .malformedRecord(let path, let line, _): return "\(path):\(line)"
        case .badRecord(let path, let record, _): return "\(path): \(record)"
        case .invalidUTF8(let path, let line): return "\(path):\(line)"
        default: return error.errorDescription ?? "\(error)"
        }
    }

    static func reason(of error: CorpusError) -> String {
        switch error {
        case .malformedRecord(_, _, let reason), .badRecord(_, _, let reason): return reason
        default: return error.errorDescription ?? "\(error)"
        }
    }
}
