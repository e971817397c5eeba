#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fingerprints a seed folder: the name and bytes of every file in it and its subfolders,
/// in name order, whatever files the loaders of the day read.
///
///     var hash = ContentHash()
///     SeedFolderDigest.add(folder: "seeds", to: &hash)   // false if something can't be read
enum SeedFolderDigest {
    /// Deeper than any seed folder; also stops a symbolic link that loops.
    static let maximumDepth = 8

    /// Adds the folder's contents to `hash`; false when a file or folder cannot be read.
    @discardableResult
    static func add(folder: String, to hash: inout ContentHash, depth: Int = 0) -> Bool {
        guard depth < maximumDepth, let names = names(in: folder) else { return false }
        hash.add(UInt64(names.count))
        for name in names {
            let path = folder + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { return false }
            hash.add(name)
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                hash.add(1)
                guard add(folder: path, to: &hash, depth: depth + 1) else { return false }
            case S_IFREG:
                hash.add(2)
                guard let bytes = try? ScriptFile.readBytes(path) else { return false }
                hash.add(bytes)
            default:
                // A pipe or device: never read (it could block), but its presence counts.
                hash.add(3)
            }
        }
        return true
    }

    /// The folder's entries, sorted by their bytes; nil when it cannot be listed.
    static func names(in folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
