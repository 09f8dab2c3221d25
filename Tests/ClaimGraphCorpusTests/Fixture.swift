import Foundation

/// Paths of the files under Fixtures/ (see Fixtures/SOURCES.md).
enum Fixture {
    static func path(_ relative: String) -> String {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            preconditionFailure("the Fixtures folder is missing from the test bundle")
        }
        return root.appendingPathComponent(relative).path
    }
}
