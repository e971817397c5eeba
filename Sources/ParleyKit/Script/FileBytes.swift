import Foundation

/// Reads a whole file, as `Data(contentsOf:)` does, without its leak on empty files.
///
///     let data = try FileBytes.read("seeds/actors.yaml")
///
/// On Linux, swift-foundation reads a file whose size is 0 into a 4 KiB buffer (files in /proc
/// report 0 yet have contents) and never frees it when nothing was read: every empty seed file,
/// catalog or KTAB file parley read leaked 4 KiB (found by fuzz-seeds under LeakSanitizer). An
/// empty regular file is read here through a file handle instead, which cannot block on one.
enum FileBytes {
    static func read(_ path: String) throws -> Data {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes, attributes[.type] as? FileAttributeType == .typeRegular,
              (attributes[.size] as? NSNumber)?.int64Value == 0 else {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        return try handle.readToEnd() ?? Data()
    }
}
