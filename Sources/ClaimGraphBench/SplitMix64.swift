import Foundation

/// A tiny seeded generator (Steele, Lea and Flood's SplitMix64), so a benchmark corpus is the
/// same bytes for the same seed on every platform and Swift version; `SystemRandomNumberGenerator`
/// and the standard library's `random` methods make no such promise.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound`, by multiply-shift (bias below 2^-32 for the small bounds used here).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int((UInt64(bound).multipliedFullWidth(by: next())).high)
    }

    /// A value in `[0, 1)` with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// An index into `count` items skewed towards the front (u^power), so a few names are hubs
    /// and most are rare, as on Papers with Code.
    public mutating func skewed(_ count: Int, power: Double = 3) -> Int {
        min(count - 1, Int(Double(count) * pow(unit(), power)))
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// Fisher–Yates with this generator.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, below(index + 1))
        }
    }
}
