// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the text readers and the extractor, kept out of the main package so the
// default build and test run never see them. Build and run with scripts/fuzz.sh.
let package = Package(
    name: "ClaimGraphFuzz",
    dependencies: [.package(name: "ClaimGraph", path: "..")],
    targets: [
        // Shared by the targets: where inputs land on disk, and the invariants every reader keeps.
        .target(name: "FuzzSupport", dependencies: [.product(name: "ClaimGraphCorpus", package: "ClaimGraph")]),
        .executableTarget(name: "FuzzListing", dependencies: ["FuzzSupport", .product(name: "ClaimGraphCorpus", package: "ClaimGraph")]),
        .executableTarget(name: "FuzzJSONLines", dependencies: ["FuzzSupport", .product(name: "ClaimGraphCorpus", package: "ClaimGraph")]),
        .executableTarget(name: "FuzzExtractor", dependencies: [.product(name: "ClaimGraphExtraction", package: "ClaimGraph")]),
        .executableTarget(name: "FuzzImporters", dependencies: [.product(name: "ClaimGraphCorpus", package: "ClaimGraph")]),
    ]
)
