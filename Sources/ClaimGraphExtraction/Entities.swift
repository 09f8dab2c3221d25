/// A dataset, model or metric being assembled from its mentions in both fields.
struct EntityRecord {
    var kind: MatchKind
    var name: String
    var key: String
    var type: DatasetType = .dataset
    var datasetRole: DatasetRole = .mentioned
    var modelRole: ModelRole = .mentioned
    var rule: String
    var mentions: [Mention] = []
    var suites: [String] = []
    /// Where its mentions are, for the rules that read around them.
    var places: [Place] = []
    var fromLexicon: Bool
    /// Set by a rule that saw it introduced or proposed; later rules do not demote it.
    var contributed = false
}

/// A mention's tokens in one field.
struct Place: Hashable {
    var field: TextField
    var tokens: Range<Int>
}

/// The entities of one paper, keyed by name key so each name is one entity.
struct EntityTable {
    private(set) var records: [EntityRecord] = []
    /// Reserved up front: a paper has a dozen or more names, and growing the table from empty
    /// rehashed every key several times.
    private var byKey: [String: Int] = Dictionary(minimumCapacity: 32)

    /// A name's key (a "+" counts, so RefCOCO+ and HumanEval+ stay apart from their bases).
    static func key(_ name: String) -> String { NameKey.of(name) }

    func index(of name: String) -> Int? { byKey[EntityTable.key(name)] }

    subscript(index: Int) -> EntityRecord {
        get { records[index] }
        set { records[index] = newValue }
    }

    /// Adds a mention to the entity of that name, creating it if new. A name already taken by a
    /// different kind stays with its first kind unless `override` is set.
    @discardableResult
    mutating func add(
        _ kind: MatchKind, name: String, mention: Mention, place: Place, rule: String, fromLexicon: Bool,
        override: Bool = false
    ) -> Int? {
        let key = EntityTable.key(name)
        guard !key.isEmpty else { return nil }
        if let existing = byKey[key] {
            if records[existing].kind != kind {
                guard override else { return nil }
                records[existing].kind = kind
                records[existing].rule = rule
            }
            if !records[existing].places.contains(place) {
                records[existing].mentions.append(mention)
                records[existing].places.append(place)
            }
            return existing
        }
        byKey[key] = records.count
        records.append(EntityRecord(kind: kind, name: name, key: key, rule: rule, mentions: [mention], places: [place], fromLexicon: fromLexicon))
        return records.count - 1
    }

    /// Another surface form for an existing entity (an acronym's long form), found by the key of its name.
    mutating func addAlias(_ index: Int, mention: Mention, place: Place) {
        guard !records[index].places.contains(place) else { return }
        records[index].mentions.append(mention)
        records[index].places.append(place)
        let aliasKey = EntityTable.key(mention.text)
        if byKey[aliasKey] == nil { byKey[aliasKey] = index }
    }

    /// Takes back one mention: a name inside a longer name is not a mention of its own.
    mutating func removePlace(_ index: Int, _ place: Place) {
        guard let offset = records[index].places.firstIndex(of: place) else { return }
        records[index].places.remove(at: offset)
        records[index].mentions.remove(at: offset)
    }

    mutating func remove(where predicate: (EntityRecord) -> Bool) {
        records.removeAll(where: predicate)
        byKey = [:]
        for (offset, record) in records.enumerated() {
            byKey[record.key] = offset
            for mention in record.mentions where byKey[EntityTable.key(mention.text)] == nil { byKey[EntityTable.key(mention.text)] = offset }
        }
    }
}
