// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "spbelint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "spbelint", targets: ["spbelint"]),
        .library(name: "SPBELintCore", targets: ["SPBELintCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // A bump allocator that cmark-gfm parses large Markdown bodies with, piece by piece (plain C, no packages).
        .target(name: "CCmarkArena"),
        // Fixes glibc's mmap threshold so that a large run returns large blocks when it frees them (plain C).
        .target(name: "CMallocTuning"),
        // poppler-cpp is loaded with dlopen on the first PDF (see spbe_poppler.cpp), not linked:
        // building needs its headers (libpoppler-cpp-dev), running needs the library only for PDF.
        .target(name: "SPBEPoppler", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        .target(
            name: "SPBELintCore",
            dependencies: [
                "CLibXML2", "CCmarkGFM", "CCmarkArena", "SPBEPoppler",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .target(
            name: "SPBEIndex",
            dependencies: [
                "SPBELintCore",
                .product(name: "Yams", package: "Yams"),
            ]),
        .target(name: "SPBEReport", dependencies: ["SPBELintCore", "SPBEIndex"]),
        .executableTarget(
            name: "spbelint",
            dependencies: [
                "SPBELintCore", "SPBEIndex", "SPBEReport", "CMallocTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(
            name: "SPBELintCoreTests",
            dependencies: ["SPBELintCore", "CCmarkArena", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["XML/Fixtures", "Office/Fixtures", "Corpus/PlanKeys"]),
        .testTarget(name: "SPBEIndexTests", dependencies: ["SPBEIndex"]),
        .testTarget(name: "SPBEReportTests", dependencies: ["SPBEReport"]),
        .testTarget(name: "CLITests", dependencies: ["spbelint"]),
    ]
)
