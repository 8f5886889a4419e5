// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "planctl",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "planctl", targets: ["planctl"]),
        .library(name: "Planner", targets: ["Planner"]),
        .executable(name: "planctl-bench", targets: ["planctl-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2")
    ],
    targets: [
        // Debian's libglpk-dev and libcsv-dev ship no pkg-config file, so the
        // module maps name the libraries directly (`link "glpk"`, `link "csv"`).
        .systemLibrary(name: "CGLPK", path: "Sources/CGLPK"),
        .systemLibrary(name: "CCSV", path: "Sources/CCSV"),
        // SHA-256 of the input files, in C so debug builds hash large catalogs quickly too.
        .target(name: "CSHA256"),
        // renameat2(RENAME_EXCHANGE), which swaps a finished report folder into place in one step.
        .target(name: "CRenameExchange"),
        .target(name: "Planner", dependencies: ["CGLPK", "CCSV", "CSHA256", "CRenameExchange"]),
        .executableTarget(
            name: "planctl",
            dependencies: [
                "Planner",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The seeded instance generator and timed runner behind scripts/bench.
        .target(name: "PlanBench", dependencies: ["Planner"]),
        .executableTarget(
            name: "planctl-bench",
            dependencies: [
                "PlanBench", "Planner",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlannerTests",
            // CGLPK lets the export tests re-read files with GLPK's own readers;
            // planctl: the end-to-end tests run the built executable.
            dependencies: ["Planner", "PlanBench", "CGLPK", "planctl"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
