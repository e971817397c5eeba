// swift-tools-version:6.1
// parley's benchmarks: a separate package so the main build stays light. `make bench` runs them.
import PackageDescription

let package = Package(
    name: "parley-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "parley", path: ".."),
        // The harness; the MallocInterposer trait alone (not the Linux runtime interposer, which
        // needs a package this machine's mirror lacks).
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Shared set-up: fixture paths, the loaded world, the replay script, a collecting console.
        .target(
            name: "ParleyBenchSupport",
            dependencies: [.product(name: "ParleyKit", package: "parley"),
                           .product(name: "ParleyTestSupport", package: "parley")]
        ),
        // package-benchmark suite: `swift package benchmark` (or `make bench` at the root).
        .executableTarget(
            name: "ParleyBenchmarks",
            dependencies: [
                "ParleyBenchSupport",
                .product(name: "ParleyKit", package: "parley"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ParleyBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Engine time per turn for n = 10…160 actors on one dimension, and the fitted exponent.
        .executableTarget(
            name: "parley-scaling",
            dependencies: ["ParleyBenchSupport", .product(name: "ParleyKit", package: "parley")]
        ),
        // Writes the 10,000-command replay script, for hyperfine and /usr/bin/time on the binary.
        .executableTarget(
            name: "parley-replay-script",
            dependencies: ["ParleyBenchSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
