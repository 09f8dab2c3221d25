import Foundation

/// The form names are matched in: case- and punctuation-insensitive, so "ImageNet-1k",
/// "imagenet 1K" and "IMAGENET_1K" meet. Mirrors the gold scorer's normalisation.
public enum NameKey {
    public static func of(_ name: String) -> String {
        asciiKey(name) ?? unicodeKey(name)
    }

    /// Compatibility normalisation and lower-casing leave ASCII text ASCII (only the case
    /// changes), so an ASCII name gets the same key from its bytes alone. Most names are ASCII,
    /// and the Foundation normalisation costs about a microsecond per call: this is the
    /// extractor's innermost loop (docs/BENCHMARKS.md has the profile).
    static func asciiKey(_ name: String) -> String? {
        var utf8 = name.utf8
        if let key = utf8.withContiguousStorageIfAvailable(asciiKey(bytes:)) { return key }
        var copy = name
        copy.makeContiguousUTF8()
        utf8 = copy.utf8
        return utf8.withContiguousStorageIfAvailable(asciiKey(bytes:)) ?? nil
    }

    private static func asciiKey(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.contains(where: { $0 >= 0x80 }) { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    output[count] = byte + 32
                    count += 1
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    output[count] = byte
                    count += 1
                default:
                    continue
                }
            }
            return count
        }
    }

    static func unicodeKey(_ name: String) -> String {
        var key = ""
        key.reserveCapacity(name.utf8.count)
        for scalar in name.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                key.unicodeScalars.append(scalar)
            } else if scalar.properties.isAlphabetic && scalar.value > 0x7F {
                // Keep non-Latin letters so names in other scripts still have a key.
                key.unicodeScalars.append(scalar)
            }
        }
        return key
    }
}
