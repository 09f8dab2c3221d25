import Foundation

/// The form names are matched in: case- and punctuation-insensitive, so "ImageNet-1k",
/// "imagenet 1K" and "IMAGENET_1K" meet; a "+" counts, as "plus".
public enum NameKey {
    public static func of(_ name: String) -> String {
        // ASCII needs no normalisation: lower-case letters and digits straight from the bytes.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for byte in name.utf8 {
                if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 {
                    bytes.append(byte)
                } else if byte >= 0x41 && byte <= 0x5A {
                    bytes.append(byte + 32)
                } else if byte == 0x2B {
                    bytes.append(contentsOf: "plus".utf8)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
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
}
