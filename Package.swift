// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NIABriefing",
    products: [
        .executable(name: "ingest", targets: ["IngestTool"]),
        .executable(name: "extract", targets: ["ExtractTool"]),
        .executable(name: "aggregate", targets: ["AggregateTool"]),
        .executable(name: "render", targets: ["RenderTool"]),
        .executable(name: "bench", targets: ["Bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "BriefingCore"),
        .target(name: "Ingest", dependencies: ["BriefingCore"]),
        .target(name: "Extract", dependencies: ["BriefingCore"]),
        .target(name: "Aggregate", dependencies: ["BriefingCore"]),
        .systemLibrary(
            name: "CCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .target(name: "Render", dependencies: ["BriefingCore", "CCairo"]),
        .target(name: "CommandSupport", dependencies: [
            "BriefingCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        .executableTarget(name: "IngestTool", dependencies: [
            "Ingest", "CommandSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "ExtractTool", dependencies: [
            "Extract", "CommandSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "AggregateTool", dependencies: [
            "Aggregate", "CommandSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "RenderTool", dependencies: [
            "Render", "CommandSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        .executableTarget(name: "Bench", dependencies: ["Ingest", "Extract", "Aggregate", "Render"], path: "Sources/Bench"),

        .testTarget(name: "BriefingCoreTests", dependencies: ["BriefingCore"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "Ingest"], exclude: ["Fixtures"]),
        .testTarget(name: "AggregateTests", dependencies: ["Aggregate", "Extract", "Ingest"]),
        .testTarget(name: "RenderTests", dependencies: ["Render"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Ingest", "Extract", "Aggregate", "Render"], exclude: ["Fixtures"]),
    ]
)
