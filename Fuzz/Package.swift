// swift-tools-version:6.0
// parley's libFuzzer targets (issue 7): a separate package so the main build stays light.
// `make fuzz` at the root builds them with -sanitize=fuzzer,address and runs each in turn;
// docs/RELIABILITY.md has the figures and the exact build command.
import PackageDescription

// Each fuzzer names its own entry symbol (`<module>_main`, see FuzzSupport.runDriver), so no
// file may be read as top-level code, which would define that symbol a second time.
// fuzz.sh adds -DPARLEY_LIBFUZZER with -sanitize=fuzzer; a plain `swift build` gets harnesses
// that replay the inputs they are given.
let entry: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "parley-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "parley", path: ".."),
    ],
    targets: [
        // Paths of the repository's fixtures and a scratch folder per fuzzer.
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", .product(name: "ParleyKit", package: "parley"),
                                                    .product(name: "ParleyTestSupport", package: "parley")]),
        // Declares libFuzzer's LLVMFuzzerRunDriver, which each fuzzer's entry point calls.
        .target(name: "CFuzzerDriver"),
        // Each fuzzer defines LLVMFuzzerTestOneInput and an entry point that hands it to libFuzzer.
        .executableTarget(name: "fuzz-script", dependencies: ["FuzzSupport", .product(name: "ParleyKit", package: "parley")],
                          swiftSettings: entry),
        .executableTarget(name: "fuzz-seeds", dependencies: ["FuzzSupport", .product(name: "ParleyKit", package: "parley")],
                          swiftSettings: entry),
        .executableTarget(name: "fuzz-ktab", dependencies: ["FuzzSupport", .product(name: "ParleyKit", package: "parley")],
                          swiftSettings: entry),
        .executableTarget(name: "fuzz-interpreter", dependencies: ["FuzzSupport", .product(name: "ParleyKit", package: "parley")],
                          swiftSettings: entry),
    ],
    swiftLanguageModes: [.v6]
)
