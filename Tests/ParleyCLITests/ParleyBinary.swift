import Foundation
import ParleyTestSupport

/// The built `parley` executable, run as a user would run it.
enum ParleyBinary {
    static let packageRoot = ParleyFixtures.root

    static var path: String {
        if let path = ProcessInfo.processInfo.environment["PARLEY_BIN"], !path.isEmpty { return path }
        return packageRoot.appendingPathComponent(".build/debug/parley").path
    }

    struct Result: Equatable {
        var stdout: String
        var stderr: String
        var status: Int32
        /// `.exit` unless the process died of a signal (a crash, or the timeout's kill).
        var reason: Process.TerminationReason = .exit
    }

    /// Runs parley with `arguments` in `directory`, feeding `stdin`; colour and history off.
    static func run(_ arguments: [String], in directory: URL, stdin: String = "",
                    environment extra: [String: String] = [:]) throws -> Result {
        try run(arguments, in: directory, stdinBytes: Data(stdin.utf8), environment: extra)
    }

    /// As above, with raw bytes on stdin (NULs, invalid UTF-8). A run longer than `timeout`
    /// seconds is killed, so a hang fails the test instead of stalling the suite.
    static func run(_ arguments: [String], in directory: URL, stdinBytes: Data,
                    environment extra: [String: String] = [:], timeout: Double = 60) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["PARLEY_HISTORY"] = ""
        environment["COLUMNS"] = "80"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        // Files rather than pipes: nothing can fill up and stall the child.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputURL = scratch.appendingPathComponent("stdin")
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        try stdinBytes.write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        let outputData = try Data(contentsOf: outputURL)
        let errorData = try Data(contentsOf: errorURL)
        return Result(stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData, as: UTF8.self),
                      status: process.terminationStatus, reason: process.terminationReason)
    }
}
