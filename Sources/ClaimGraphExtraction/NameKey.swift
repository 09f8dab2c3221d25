import Foundation

/// The form names are matched in: case- and punctuation-insensitive, so "ImageNet-1k",
/// "imagenet 1K" and "IMAGENET_1K" meet; a "+" counts, as "plus".
public enum NameKey {
    public static func of(_ name: String) -> String {
        // ASCII needs no normalisation: lower-case letters and digits straight from the bytes, written
        // into the key's own storage (no byte array; keys of up to 15 bytes allocate nothing).
        if let key = asciiKey(name) { return key }
        var key = ""
        key.reserveCapacity(name.utf8.count)
        for scalar in name.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                key.unicodeScalars.append(scalar)
            } else if scalar == "+" {
                // "HumanEval+" and "RefCOCO+" are other datasets than "HumanEval" and "RefCOCO".
                key += "plus"
            } else if scalar.properties.isAlphabetic && scalar.value > 0x7F {
                // Keep non-Latin letters so names in other scripts still have a key.
                key.unicodeScalars.append(scalar)
            }
        }
        return key
    }

    /// The key of an all-ASCII name, or nil when the name has other scalars.
    private static func asciiKey(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var count = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 || byte >= 0x41 && byte <= 0x5A {
                    count &+= 1
                } else if byte == 0x2B {
                    count &+= 4
                }
            }
            return String(unsafeUninitializedCapacity: count) { key in
                var n = 0
                for byte in bytes {
                    if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 {
                        key[n] = byte; n &+= 1
                    } else if byte >= 0x41 && byte <= 0x5A {
                        key[n] = byte + 32; n &+= 1
                    } else if byte == 0x2B {
                        key[n] = 0x70; key[n + 1] = 0x6C; key[n + 2] = 0x75; key[n + 3] = 0x73
                        n &+= 4
                    }
                }
                return n
            }
        }
    }
}
