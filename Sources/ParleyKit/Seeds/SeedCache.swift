#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// Keeps the assembled, checked world between runs, so start-up need not parse and check the
/// seeds again while neither they nor the program have changed.
///
///     let world = try SeedCache().world(directory: URL(fileURLWithPath: "seeds"), displayName: "seeds")
///
/// The cache holds the whole ``World``, laid out as a ``CachedWorldLayout``, as
/// ``CompactEncoder`` writes it through the types' synthesized `Codable` conformances (whatever
/// the world holds; nothing here names its fields). ``CompactDecoder`` reads it back in place;
/// the model types most of a world is made of (snapshots, stances, cited values, citations) and
/// the catalog's enums (formulas, references, effect kinds…) it reads by hand from those same
/// bytes, each reader failing the decode on a case or field it does not know, so the format is
/// the `Codable` one either way (`CompactReader+Model.swift`, `CompactReader+Catalog.swift`); on two
/// CPUs ``CachedWorld`` reads the layout's two halves at once, and falls back to the whole
/// decode when the layout has other fields than those it splits. The file sits behind a key: a
/// fingerprint of the name and bytes of every file in the seed folder, the folder's name as shown, parley's version and the running
/// program's file (size, modification time, inode), so a changed seed or a rebuilt program makes
/// it stale. A stale, damaged or unreadable cache is ignored and the seeds are loaded as usual.
/// Only a world that loaded cleanly is cached: a broken folder is checked, with every message,
/// each time. Files are written atomically. The last world given is also kept in memory under
/// its key, cache folder or not, so a `load` of an unchanged folder is not decoded again.
public struct SeedCache: Sendable {
    /// Where cache files go; nil turns the cache off.
    public var folder: String?
    /// The world this cache last gave, in memory: a script's `load` of the folder the session
    /// started on need not decode it a second time. Its key covers every seed file's bytes, so
    /// it is the world a decode would give.
    private let recent = RecentWorld()

    /// Bumped whenever the file layout changes (a test pins the layout of a small value).
    static let formatVersion: UInt64 = 2
    /// At most this many cached worlds (one per seed folder) are kept; the oldest go first.
    static let keptFiles = 8
    static let magic = Array("PRLYWRLD".utf8)
    static let headerSize = 32

    public init(folder: String? = SeedCache.defaultFolder()) {
        self.folder = folder
    }

    /// `$PARLEY_CACHE` when set (empty turns the cache off), else `$XDG_CACHE_HOME/parley`,
    /// else `~/.cache/parley`; nil when no home folder is known either.
    public static func defaultFolder(environment: (String) -> String? = SeedCache.variable) -> String? {
        if let explicit = environment("PARLEY_CACHE") { return explicit.isEmpty ? nil : explicit }
        // XDG says relative values are invalid and must be ignored.
        if let cache = environment("XDG_CACHE_HOME"), cache.hasPrefix("/") { return cache + "/parley" }
        guard let home = environment("HOME"), !home.isEmpty else { return nil }
        return home + "/.cache/parley"
    }

    /// One variable, without building the whole environment as `ProcessInfo` does.
    public static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The world in `directory`: from the cache when it is current, else loaded (and cached).
    ///
    /// - Throws: exactly what ``World/load(directory:displayName:)`` throws.
    public func world(directory: URL, displayName: String) throws -> World {
        let key = key(directory: directory, displayName: displayName)
        if let key, let world = recent.world(key: key) { return world }
        guard let key else { return try World.load(directory: directory, displayName: displayName) }
        let file = folder.map { $0 + "/" + Self.fileName(directory: directory, displayName: displayName) }
        if let file, let cached = Self.read(file, key: key), let world = decoded(cached) { return world }
        let world = try World.load(directory: directory, displayName: displayName)
        // A seed edited while it was being loaded must not be kept under the old key.
        if self.key(directory: directory, displayName: displayName) == key {
            recent.keep(world, key: key)
            if let folder, let file { Self.write(world, key: key, folder: folder, file: file) }
        }
        return world
    }

    /// The world a cached file holds, kept in memory as the latest under its key; nil when
    /// the bytes do not decode.
    public func decoded(_ cached: CachedWorld) -> World? {
        guard let world = cached.decoded() else { return nil }
        recent.keep(world, key: cached.key)
        return world
    }

    /// The cached world for `directory` when it is current and whole, not yet decoded; nil
    /// when there is none (or the cache is off), so the caller loads the seeds.
    ///
    ///     if let cached = SeedCache().lookup(directory: url, displayName: "seeds") { … cached.decoded() … }
    public func lookup(directory: URL, displayName: String) -> CachedWorld? {
        guard let folder, let key = key(directory: directory, displayName: displayName) else { return nil }
        return Self.read(folder + "/" + Self.fileName(directory: directory, displayName: displayName), key: key)
    }

    /// Everything the cached world depends on, fingerprinted; nil when a seed cannot be read
    /// (the loader then says why).
    func key(directory: URL, displayName: String) -> UInt64? {
        var hash = ContentHash()
        hash.add(Self.formatVersion)
        hash.add(ParleyVersion.current)
        hash.add(displayName)
        hash.add(directory.standardizedFileURL.path)
        guard let program = Self.programIdentity(),
              SeedFolderDigest.add(folder: directory.path, to: &hash) else { return nil }
        for part in program { hash.add(part) }
        return hash.value
    }

    /// One file per seed folder and program, named by their paths and the shown name: a debug
    /// and a release build reading the same seeds keep a file each instead of overwriting each
    /// other's on every start (a rebuild at the same path still replaces its own).
    static func fileName(directory: URL, displayName: String, program: String? = programPath()) -> String {
        var hash = ContentHash()
        hash.add(directory.standardizedFileURL.path)
        hash.add(displayName)
        hash.add(program ?? "")
        return "world-" + String(hash.value, radix: 16) + ".bin"
    }

    /// Where the running program's file is, links resolved; nil when unknown.
    static func programPath() -> String? {
        #if os(Linux)
        var buffer = [CChar](filling: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        return Bundle.main.executablePath
        #endif
    }

    /// The running program's size, modification time and inode: a rebuild changes them.
    static func programIdentity() -> [UInt64]? {
        #if os(Linux)
        let path = "/proc/self/exe"
        #else
        guard let path = Bundle.main.executablePath else { return nil }
        #endif
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if os(Linux)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        return [UInt64(truncatingIfNeeded: info.st_size), UInt64(truncatingIfNeeded: modified.tv_sec),
                UInt64(truncatingIfNeeded: modified.tv_nsec), UInt64(truncatingIfNeeded: info.st_ino),
                UInt64(truncatingIfNeeded: info.st_dev)]
    }

    /// The cached world, if the file is there, whole, and made under `key`.
    static func read(_ file: String, key: UInt64) -> CachedWorld? {
        guard let bytes = try? TextFile.readBytes(file, limit: 64 << 20), bytes.count >= headerSize,
              Array(bytes[0..<8]) == magic,
              field(bytes, 8) == key, field(bytes, 16) == UInt64(bytes.count - headerSize) else { return nil }
        var check = ContentHash()
        bytes.withUnsafeBytes { check.add(raw: UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
        guard field(bytes, 24) == check.value else { return nil }
        return CachedWorld(file: bytes, payloadOffset: headerSize, key: key)
    }

    private static func field(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in (offset..<offset + 8).reversed() { value = value << 8 | UInt64(bytes[index]) }
        return value
    }

    /// Writes the cache file whole (a temporary file, then a rename) and keeps the folder small.
    /// A failure only means no cache next time, so it is not reported.
    static func write(_ world: World, key: UInt64, folder: String, file: String) {
        guard let payload = try? CompactEncoder.encode(CachedWorldLayout(world)), makeFolder(folder) else { return }
        var check = ContentHash()
        check.add(payload)
        var bytes = magic
        CompactEncoder.append(key, bytes: 8, to: &bytes)
        CompactEncoder.append(UInt64(payload.count), bytes: 8, to: &bytes)
        CompactEncoder.append(check.value, bytes: 8, to: &bytes)
        bytes += payload
        let temporary = file + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glue.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let closed = close(descriptor) == 0
        guard written, closed, rename(temporary, file) == 0 else {
            unlink(temporary)
            return
        }
        prune(folder, keeping: file)
    }

    /// Makes the cache folder (and its parents) private to the user, if missing.
    private static func makeFolder(_ folder: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) { return isDirectory.boolValue }
        return (try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
    }

    /// Removes the oldest cached worlds beyond ``keptFiles`` (tests make many seed folders).
    private static func prune(_ folder: String, keeping file: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        var cached: [(path: String, modified: Int)] = []
        for name in names where name.hasPrefix("world-") && name.hasSuffix(".bin") {
            let path = folder + "/" + name
            var info = stat()
            guard path != file, stat(path, &info) == 0 else { continue }
            #if os(Linux)
            cached.append((path, Int(info.st_mtim.tv_sec)))
            #else
            cached.append((path, Int(info.st_mtimespec.tv_sec)))
            #endif
        }
        guard cached.count >= keptFiles else { return }
        for old in cached.sorted(by: { $0.modified < $1.modified }).prefix(cached.count - keptFiles + 1) {
            unlink(old.path)
        }
    }

    /// The system calls under names that don't clash with Swift's.
    private enum Glue {
        static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
            #if canImport(Glibc)
            Glibc.write(descriptor, buffer, count)
            #else
            Darwin.write(descriptor, buffer, count)
            #endif
        }
    }
}

/// The last world a ``SeedCache`` gave and its key, shared by the cache's copies.
final class RecentWorld: Sendable {
    private let latest = Mutex<(key: UInt64, world: World)?>(nil)

    func world(key: UInt64) -> World? {
        latest.withLock { $0?.key == key ? $0?.world : nil }
    }

    func keep(_ world: World, key: UInt64) {
        latest.withLock { $0 = (key, world) }
    }
}
