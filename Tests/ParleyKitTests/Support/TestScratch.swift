import Foundation

/// Files the tests write, under one folder of this test process that goes when it exits:
/// thousands of runs had left a folder each in the temporary directory.
///
///     let folder = TestScratch.folder("parley-brief")   // …/parley-tests-PID/parley-brief-UUID
enum TestScratch {
    static let root: String = {
        let path = NSTemporaryDirectory() + "parley-tests-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestScratch.root) }
        return path
    }()

    /// A new, empty folder named `prefix-UUID` under ``root``.
    static func folder(_ prefix: String) -> URL {
        let url = URL(fileURLWithPath: root).appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
