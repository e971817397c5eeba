import Synchronization

/// A world read from the seed cache and checked whole (key and checksum), not yet decoded.
///
///     if let cached = SeedCache().lookup(directory: url, displayName: "seeds") {
///         let world = cached.decoded()   // nil only if the bytes are not a world after all
///     }
///
/// Decoding is most of a cached start-up's work, so a session holds this until a command
/// needs the world (`parley -c quit` never does).
public struct CachedWorld: Sendable {
    /// The cache file's bytes, header included.
    let file: [UInt8]
    let payloadOffset: Int
    /// The key it was made under.
    let key: UInt64

    /// The world the bytes hold; nil when they cannot be decoded (the caller loads the seeds).
    ///
    /// With two CPUs the seeds and the catalog are read at once, one on each: decoding is what
    /// every command waits for on one core before its runs spread over both.
    public func decoded(workers: Int = CPUAffinity.usableCount) -> World? {
        file.withUnsafeBufferPointer { bytes in
            let payload = UnsafeBufferPointer(rebasing: bytes[payloadOffset...])
            if workers > 1, let world = Self.inParallel(Payload(bytes: payload)) { return world }
            return try? CompactDecoder.decode(World.self, from: payload)
        }
    }

    /// The bytes, handed to the worker that reads the catalog; valid until both have finished.
    struct Payload: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
    }

    /// The world's three fields read as ``CompactDecoder`` reads them whole, the catalog on a
    /// second worker; nil on any damage (the caller then decodes it whole, which fails too).
    static func inParallel(_ payload: Payload) -> World? {
        let parts = Mutex<(seeds: Seeds?, catalog: EventCatalog?, directory: String?)>((nil, nil, nil))
        _ = ParallelRuns(workers: 2).perform(2) { part in
            let bytes = payload.bytes
            if part == 0 {
                let seeds = try? CompactDecoder.decode(Seeds.self, field: "seeds", of: 3, from: bytes)
                let directory = try? CompactDecoder.decode(String.self, field: "directory", of: 3, from: bytes)
                parts.withLock { $0.seeds = seeds; $0.directory = directory }
            } else {
                let catalog = try? CompactDecoder.decode(EventCatalog.self, field: "catalog", of: 3, from: bytes)
                parts.withLock { $0.catalog = catalog }
            }
        }
        return parts.withLock { parts in
            guard let seeds = parts.seeds, let catalog = parts.catalog, let directory = parts.directory else { return nil }
            return World(seeds: seeds, catalog: catalog, directory: directory)
        }
    }
}
