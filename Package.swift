// swift-tools-version: 6.1
import PackageDescription

// The commit `zhizao --version` names: scripts/package.sh passes it in ZHIZAO_COMMIT; a plain
// build names none (the manifest is cached, so it could not follow later commits anyway).
let buildCommit = Context.environment["ZHIZAO_COMMIT"].flatMap { commit in
    commit.count <= 48 && commit.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } ? commit : nil
} ?? ""

let package = Package(
    name: "zhizao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zhizao", targets: ["zhizao"]),
        .library(name: "ZhizaoKit", targets: ["ZhizaoKit"]),
        .library(name: "ZhizaoCEL", targets: ["ZhizaoCEL"]),
        .library(name: "ZhizaoLanguage", targets: ["ZhizaoLanguage"]),
    ],
    dependencies: [
        // Versions pinned to what the offline package mirror holds (see docs/DEVELOPING.md).
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
        .package(url: "https://github.com/attaswift/BigInt", exact: "6.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // LibYAML's C API from the system (Debian's libyaml-dev); scripts/package.sh links libyaml.a.
        .systemLibrary(name: "CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // The languages zhizao speaks and the bilingual phrase every catalog is made of.
        .target(name: "ZhizaoLanguage"),
        // The rule language: a CEL parser, static checker and evaluator. No dependency on the
        // scoring engine, so it can be tested and benchmarked on its own.
        .target(
            name: "ZhizaoCEL",
            dependencies: ["ZhizaoLanguage", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        // The scoring engine: rubrics, assessments, scoring, reports (grows issue by issue).
        .target(
            name: "ZhizaoKit",
            dependencies: [
                "ZhizaoLanguage",
                "ZhizaoCEL",
                // LibYAML: the event parser under YAMLReader.
                "CYaml",
                .product(name: "OrderedCollections", package: "swift-collections"),
                // Exact rational arithmetic for scores (SPEC §3.5).
                .product(name: "BigInt", package: "BigInt"),
                // SHA-256 fingerprints of rubrics and assessments (SPEC §3.10).
                .product(name: "Crypto", package: "swift-crypto"),
                // Report templates (Reports/*.mustache); escapes every value by default.
                .product(name: "Mustache", package: "swift-mustache"),
                // XLSX input: the workbook is a ZIP of XML parts (read with Foundation's XMLParser).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedFiles"]
        ),
        // Builds Rubrics/ and Reports/ into the library (see Plugins/EmbedFiles).
        .executableTarget(name: "embed-files", path: "Sources/embed-files"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["embed-files"]),
        // The commit the binary was built from, for `zhizao --version` (see buildCommit above).
        .target(name: "ZhizaoBuildInfo", cSettings: [.define("ZHIZAO_COMMIT", to: "\"\(buildCommit)\"")]),
        // The command line: a thin shell over ZhizaoKit.
        .executableTarget(
            name: "zhizao",
            dependencies: [
                "ZhizaoKit",
                "ZhizaoBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput of compiled expressions; run with `swift run -c release cel-benchmarks`.
        .executableTarget(
            name: "cel-benchmarks",
            dependencies: ["ZhizaoCEL"],
            path: "Benchmarks/CELBenchmarks"
        ),
        // Scoring throughput and process time; `swift build -c release && .build/release/scoring-benchmarks`.
        .executableTarget(
            name: "scoring-benchmarks",
            dependencies: ["ZhizaoKit"],
            path: "Benchmarks/ScoringBenchmarks"
        ),
        // Improvement-plan speed per shipped rubric; `Benchmarks/Plan/run.sh` (release build,
        // generates its data, also times `rank --reports`).
        .executableTarget(
            name: "plan-benchmarks",
            dependencies: ["ZhizaoKit"],
            path: "Benchmarks/Plan",
            exclude: ["run.sh"]
        ),
        // Helpers every test target shares: golden files (`expectSnapshot`), the package root,
        // running the built binary. Not a product.
        .target(name: "ZhizaoTestSupport", path: "Tests/ZhizaoTestSupport"),
        .testTarget(name: "ZhizaoCELTests", dependencies: ["ZhizaoCEL", "ZhizaoTestSupport"]),
        .testTarget(name: "ZhizaoKitTests", dependencies: ["ZhizaoKit", "ZhizaoTestSupport", .product(name: "Mustache", package: "swift-mustache")]),
        // End-to-end: runs the built `zhizao` binary and checks output and exit status.
        .testTarget(
            name: "ZhizaoCLITests",
            dependencies: ["zhizao", "ZhizaoKit", "ZhizaoTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["__Snapshots__"]  // golden files, read by expectSnapshot
        ),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (docs/ARCHITECTURE.md, "Fuzzing"), declared only when ZHIZAO_FUZZ is set:
// they link libFuzzer, so a normal build neither builds them nor needs the fuzzer runtime.
// `scripts/fuzz.sh` builds them apart (`ZHIZAO_FUZZ=1 swift build --scratch-path .build/fuzz`).
// zhizao's own modules get libFuzzer's coverage instrumentation and AddressSanitizer; the
// dependencies and the build tool `embed-files` are built as usual.
if Context.environment["ZHIZAO_FUZZ"] != nil {
    let sanitizers = "-sanitize=fuzzer,address"
    for target in package.targets where ["ZhizaoLanguage", "ZhizaoCEL", "ZhizaoKit"].contains(target.name) {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags([sanitizers])]
    }
    func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
        .executableTarget(name: name, dependencies: ["FuzzSupport"] + dependencies, path: "Fuzz/\(name)",
                          swiftSettings: [.unsafeFlags([sanitizers])], linkerSettings: [.unsafeFlags([sanitizers])])
    }
    package.targets += [
        .target(name: "FuzzSupport", dependencies: ["ZhizaoKit"], path: "Fuzz/FuzzSupport", swiftSettings: [.unsafeFlags([sanitizers])]),
        fuzzTarget("fuzz-yaml", ["ZhizaoKit"]),
        fuzzTarget("fuzz-csv", []),
        fuzzTarget("fuzz-xlsx", [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        fuzzTarget("fuzz-cel", ["ZhizaoKit", "ZhizaoCEL"]),
    ]
}
