/// A set of 64-bit fingerprints with open addressing. The fingerprints are already FNV hashes, so
/// they index the table directly instead of being hashed again (Set<UInt64> would run SipHash on each).
struct FingerprintSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private var hasZero = false
    private(set) var count = 0

    init(minimumCapacity: Int = 8) {
        var capacity = 8
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    init<S: Sequence>(_ values: S) where S.Element == UInt64 {
        let array = Array(values)
        self.init(minimumCapacity: array.count)
        for value in array { insert(value) }
    }

    /// The union of several sets.
    init(merging sets: [FingerprintSet]) {
        self.init(minimumCapacity: sets.reduce(0) { $0 + $1.count })
        for set in sets {
            if set.hasZero { insert(0) }
            for value in set.slots where value != 0 { insert(value) }
        }
    }

    @inline(__always)
    private func slot(_ value: UInt64) -> Int { Int(truncatingIfNeeded: value ^ (value >> 29)) & mask }

    @inline(__always)
    func contains(_ value: UInt64) -> Bool {
        if value == 0 { return hasZero }
        var i = slot(value)
        while true {
            let here = slots[i]
            if here == value { return true }
            if here == 0 { return false }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ value: UInt64) {
        if value == 0 { if !hasZero { hasZero = true; count += 1 }; return }
        if (count + 1) * 2 > slots.count { grow() }
        var i = slot(value)
        while slots[i] != 0 {
            if slots[i] == value { return }
            i = (i + 1) & mask
        }
        slots[i] = value
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        count = hasZero ? 1 : 0
        for value in old where value != 0 { insert(value) }
    }
}

/// Fingerprint → value, for the gazetteer's forms: a fingerprint set of keys plus the values by key.
struct FingerprintMap<Value: Sendable>: Sendable {
    private var keys: [UInt64] = Array(repeating: 0, count: 16)
    private var values: [Value?] = Array(repeating: nil, count: 16)
    private var mask = 15
    private(set) var count = 0

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    /// The zero fingerprint is folded onto one so it can mark an empty slot.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    subscript(key: UInt64) -> Value? {
        get {
            let key = Self.stored(key)
            var i = slot(key)
            while true {
                let here = keys[i]
                if here == key { return values[i] }
                if here == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            let key = Self.stored(key)
            if (count + 1) * 2 > keys.count { grow() }
            var i = slot(key)
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1; keys[i] = key }
            values[i] = newValue
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 { self[key] = value }
    }
}
