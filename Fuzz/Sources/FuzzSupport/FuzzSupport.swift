import Foundation
import ParleyTestSupport

/// Where the fuzzers find the repository's fixtures, and scratch folders they may write in.
public enum FuzzSupport {
    /// The repository root, as the tests and benchmarks find it (`PARLEY_ROOT` overrides).
    public static var repositoryRoot: URL { ParleyFixtures.root }

    /// The bundled seed folder.
    public static var seeds: URL { ParleyFixtures.seedsFolder }

    /// A fresh, empty folder under the system's temporary directory, for this process alone.
    public static func scratchFolder(_ name: String) -> URL {
        let base = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
            .appendingPathComponent("parley-\(name)-\(getpid())", isDirectory: true)
        try? FileManager.default.removeItem(at: base)
        do {
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        } catch {
            fatalError("fuzz harness: cannot create \(base.path): \(error)")
        }
        return base
    }

    /// Copies `source` (a file or folder) to `destination`, replacing what is there.
    public static func copy(_ source: URL, to destination: URL) {
        try? FileManager.default.removeItem(at: destination)
        do {
            try FileManager.default.copyItem(at: source, to: destination)
        } catch {
            fatalError("fuzz harness: cannot copy \(source.path) to \(destination.path): \(error)")
        }
    }

    /// Writes bytes to a file, or stops the fuzzer: a harness that cannot write proves nothing.
    public static func write(_ data: Data, to url: URL) {
        do {
            try data.write(to: url)
        } catch {
            fatalError("fuzz harness: cannot write \(url.path): \(error)")
        }
    }
}

import CFuzzerDriver

extension FuzzSupport {
    /// Builds the fixtures with `prepare` (see ``fixture(_:)``), then runs libFuzzer's driver
    /// (flags, corpus, mutation loop) on `testOneInput`.
    ///
    /// SwiftPM links each executable with `main` aliased to `<module>_main`, so each fuzzer
    /// defines that symbol with `@_cdecl` and calls this, rather than relying on libFuzzer's main.
    /// Relative paths among the arguments are made absolute first, since a fuzzer may change
    /// its working directory while preparing.
    public static func runDriver(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        prepare: () -> Void,
        _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt {
        let current = FileManager.default.currentDirectoryPath
        func absolute(_ path: String) -> String {
            path.hasPrefix("/") || path.isEmpty ? path : current + "/" + path
        }
        var arguments: [String] = []
        for index in 0..<Int(argc) {
            let argument = String(cString: argv[index]!)
            if index == 0 {
                arguments.append(argument)
            } else if argument.hasPrefix("-"), let equals = argument.firstIndex(of: "="),
                      ["-artifact_prefix", "-exact_artifact_path", "-dict", "-seed_inputs"]
                        .contains(String(argument[..<equals])) {
                let value = String(argument[argument.index(after: equals)...])
                arguments.append(String(argument[...equals]) + absolute(value))
            } else if argument.hasPrefix("-") {
                arguments.append(argument)
            } else {
                arguments.append(absolute(argument))
            }
        }
        fixture(prepare)
        #if PARLEY_LIBFUZZER
        // Kept for the whole run: libFuzzer holds on to argv.
        let copies = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: arguments.count + 1)
        for (index, argument) in arguments.enumerated() { copies[index] = strdup(argument) }
        copies[arguments.count] = nil
        var count = CInt(arguments.count)
        var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = copies
        return LLVMFuzzerRunDriver(&count, &vector, testOneInput)
        #else
        return replay(arguments.dropFirst().filter { !$0.hasPrefix("-") }, testOneInput)
        #endif
    }

    /// Without libFuzzer (a plain `swift build`, which has no -sanitize=fuzzer): runs each
    /// input file named, and every file in each folder named, through `testOneInput` once, so
    /// the harnesses build everywhere and can replay `Regressions/` without the sanitizers.
    static func replay(_ paths: [String], _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
        var inputs: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("no input '\(path)'\n".utf8))
                return 1
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                inputs += names.sorted().map { path + "/" + $0 }
            } else {
                inputs.append(path)
            }
        }
        for input in inputs {
            guard let bytes = FileManager.default.contents(atPath: input).map(Array.init) else { continue }
            _ = bytes.withUnsafeBufferPointer { testOneInput($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
        }
        print("replayed \(inputs.count) input\(inputs.count == 1 ? "" : "s") without libFuzzer")
        return 0
    }
}

extension FuzzSupport {
    /// Builds a value the fuzzer keeps for the whole process (the bundled world, a session),
    /// with LeakSanitizer told to ignore what it allocates.
    ///
    /// Why: Swift stores an enum's case in the spare bits of a payload's object pointer (every
    /// `indirect enum`, such as `Formula` and `Value`, and `Data`), so a live value held only
    /// through such an enum looks unreferenced to LeakSanitizer's conservative scan, and at exit
    /// every long-lived fixture would be reported as leaked. Per-input allocations are still
    /// checked: they are freed by the end of the input, or they are real leaks.
    public static func fixture<T>(_ build: () throws -> T) rethrows -> T {
        #if PARLEY_LIBFUZZER
        __lsan_disable()
        defer { __lsan_enable() }
        #endif
        return try build()
    }
}
