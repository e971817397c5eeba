// swift-tools-version:6.0
import PackageDescription

// Start-up: reach generic types through their metadata accessors rather than mangled names, so
// the runtime need not demangle them and scan every conformance record to check a `CodingKey`
// or `Decodable` requirement the compiler already proved (a fifth of a cached start-up's
// instructions; README, Performance).
let startUp: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

let package = Package(
    name: "parley",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyKit", targets: ["ParleyKit"]),
        // Fixture paths and loaders shared by the tests, Fuzz/ and Benchmarks/ (one copy for all three).
        .library(name: "ParleyTestSupport", targets: ["ParleyTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // C interop for libedit, isolated: a module map plus inline shims for the variadic API.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        // glibc's mallopt and malloc_usable_size, which Swift's Glibc module leaves out (MemoryPolicy in
        // the executable, ThreadHeap in ParleyKit).
        .systemLibrary(name: "CMalloc"),
        // The line editor: prompt, history file, completion and Ctrl-C. Knows nothing of parley.
        .target(name: "LineEditing", dependencies: ["CLibEdit"]),
        // All of parley's logic; never touches the terminal.
        .target(
            name: "ParleyKit",
            dependencies: ["CMalloc", .product(name: "Yams", package: "Yams")],
            swiftSettings: startUp
        ),
        // Child processes with clean signals and descriptors: the pager, and the CLI tests' tmux
        // and pseudo-terminal children (one copy for both).
        .target(name: "Spawning"),
        // The thin executable: flags, then the REPL or batch loop.
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyKit",
                "LineEditing",
                "Spawning",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: startUp
        ),
        // Where the fixtures are, and the bundled world, for tests, fuzzers and benchmarks.
        .target(name: "ParleyTestSupport", dependencies: ["ParleyKit"]),
        .testTarget(name: "ParleyKitTests", dependencies: ["ParleyKit", "ParleyTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyKit", "ParleyTestSupport", "Spawning"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
