// swift-tools-version:6.0
import PackageDescription

// Layers, data flowing one way:
// corpus readers → extraction → store → queries → export; the CLI is a thin shell over them.
let package = Package(
    name: "ClaimGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claimgraph", targets: ["claimgraph"]),
        .library(name: "ClaimGraphCLI", targets: ["ClaimGraphCLI"]),
        // For the fuzz targets in Fuzz/, a package of its own that depends on this one.
        .library(name: "ClaimGraphCorpus", targets: ["ClaimGraphCorpus"]),
        .library(name: "ClaimGraphExtraction", targets: ["ClaimGraphExtraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Readers of papers and result files. Knows nothing of SQL.
        .target(
            name: "ClaimGraphCorpus",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/trending-papers.txt")]
        ),
        // Pure text → findings. No database, no I/O beyond its bundled lexicons.
        .target(
            name: "ClaimGraphExtraction",
            resources: [.copy("Resources")]
        ),
        // The SQL files in Schema/ and Queries/, carried into the binary's bundle.
        .target(
            name: "ClaimGraphSQLFiles",
            path: ".",
            // Only Schema/ and Queries/ are this target's; the rest of the tree belongs to others.
            exclude: ["Exports", "docs", "scripts", "Tests", "Fuzz", "Makefile", "README.md", ".ci"],
            sources: ["Sources/ClaimGraphSQLFiles"],
            resources: [.copy("Schema"), .copy("Queries")]
        ),
        // The entity layer: migrations, records, ingest.
        .target(
            name: "ClaimGraphStore",
            dependencies: [
                "ClaimGraphCorpus", "ClaimGraphExtraction", "ClaimGraphSQLFiles",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Read-only questions over the store.
        .target(
            name: "ClaimGraphQuery",
            dependencies: ["ClaimGraphStore", "ClaimGraphSQLFiles", "ClaimGraphExport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Graphviz's C library, rendered in-process.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // DOT model, encoder and renderer. Takes graphs, never text or SQL.
        .target(
            name: "ClaimGraphExport",
            dependencies: ["CGraphviz"]
        ),
        // Synthetic corpora and timers for `claimgraph bench` and scripts/bench.sh.
        .target(
            name: "ClaimGraphBench",
            dependencies: [
                "ClaimGraphCorpus", "ClaimGraphExtraction", "ClaimGraphStore", "ClaimGraphQuery",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The commands, in a library so tests run them in-process.
        .target(
            name: "ClaimGraphCLI",
            dependencies: [
                "ClaimGraphCorpus", "ClaimGraphExtraction", "ClaimGraphStore", "ClaimGraphQuery", "ClaimGraphExport",
                "ClaimGraphBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "claimgraph", dependencies: ["ClaimGraphCLI"]),
        // Fixtures and golden-file helpers shared by the test targets.
        .target(
            name: "ClaimGraphTestSupport",
            dependencies: ["ClaimGraphCorpus", "ClaimGraphExtraction", "ClaimGraphStore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/ClaimGraphTestSupport"
        ),
        .testTarget(name: "ClaimGraphCorpusTests", dependencies: ["ClaimGraphCorpus"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ClaimGraphExtractionTests", dependencies: ["ClaimGraphExtraction"]),
        .testTarget(name: "ClaimGraphStoreTests", dependencies: ["ClaimGraphStore", "ClaimGraphCorpus", "ClaimGraphExtraction", "ClaimGraphTestSupport"]),
        .testTarget(name: "ClaimGraphQueryTests", dependencies: ["ClaimGraphQuery", "ClaimGraphStore", "ClaimGraphCorpus", "ClaimGraphExtraction", "ClaimGraphTestSupport"]),
        .testTarget(name: "ClaimGraphExportTests", dependencies: ["ClaimGraphExport"]),
        .testTarget(name: "ClaimGraphBenchTests", dependencies: ["ClaimGraphBench", "ClaimGraphCorpus", "ClaimGraphStore", "ClaimGraphQuery", "ClaimGraphTestSupport"]),
        .testTarget(name: "ClaimGraphCLITests", dependencies: ["ClaimGraphCLI", "ClaimGraphStore", "ClaimGraphTestSupport"]),
        // Crash safety, concurrency, hostile input, read-only SQL, full disk: docs/RELIABILITY.md.
        // Some tests run the built `claimgraph` binary as a child process.
        .testTarget(
            name: "ClaimGraphReliabilityTests",
            dependencies: [
                "ClaimGraphCLI", "ClaimGraphStore", "ClaimGraphCorpus", "ClaimGraphExtraction", "ClaimGraphQuery",
                "ClaimGraphExport", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
    ]
)
