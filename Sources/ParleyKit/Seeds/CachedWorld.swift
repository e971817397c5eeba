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

    /// The world the bytes hold (a ``CachedWorldLayout``); nil when they cannot be decoded (the
    /// caller loads the seeds).
    ///
    /// With two CPUs the world is read in two halves at once, one on each: decoding is what
    /// every command waits for on one core before its runs spread over both.
    public func decoded(workers: Int = CPUAffinity.usableCount) -> World? {
        file.withUnsafeBufferPointer { bytes in
            let payload = UnsafeBufferPointer(rebasing: bytes[payloadOffset...])
            if workers > 1, let world = Self.inParallel(Payload(bytes: payload)) { return world }
            return (try? CompactDecoder.decode(CachedWorldLayout.self, from: payload))?.world
        }
    }

    /// The bytes, handed to the worker that reads the second half; valid until both have finished.
    struct Payload: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
    }

    /// The layout's fields read as ``CompactDecoder`` reads them whole: the settlement, conflict
    /// and catalog on one worker, the seeds and folder on another (7.8 M and 6.9 M instructions
    /// since the catalog's enums are read by hand); nil on any damage (the caller then decodes
    /// it whole, which fails too).
    static func inParallel(_ payload: Payload) -> World? {
        struct Halves {
            var first: (settlement: SettlementSeeds?, conflict: TalksConflict?, catalog: EventCatalog)?
            var second: (seeds: Seeds, directory: String)?
        }
        let halves = Mutex(Halves())
        _ = ParallelRuns(workers: 2).perform(2) { part in
            let bytes = payload.bytes
            // Damage leaves a half unset; a missing optional part is a nil. Each half reads its
            // fields in the order they were written, which is the order the key look-ups expect.
            // The longer half is part 0, which this thread takes at once, while the started
            // thread is still waking.
            do {
                if part == 0 {
                    let settlement = try CompactDecoder.decode(SettlementSeeds.self, field: "settlement", from: bytes)
                    let conflict = try CompactDecoder.decode(TalksConflict.self, field: "conflict", from: bytes)
                    guard let catalog = try CompactDecoder.decode(EventCatalog.self, field: "catalog", from: bytes)
                    else { return }
                    halves.withLock { $0.first = (settlement, conflict, catalog) }
                } else {
                    guard let seeds = try CompactDecoder.decode(Seeds.self, field: "seeds", from: bytes),
                          let directory = try CompactDecoder.decode(String.self, field: "directory", from: bytes)
                    else { return }
                    halves.withLock { $0.second = (seeds, directory) }
                }
            } catch {}
        }
        let (first, second) = halves.withLock { ($0.first, $0.second) }
        guard let first, let second,
              // A field neither half reads would be dropped: the layout must have no other.
              (try? CompactDecoder.fieldCount(in: payload.bytes))
                == CachedWorldLayout.fieldCount(settlement: first.settlement != nil, conflict: first.conflict != nil)
        else { return nil }
        return CachedWorldLayout(seeds: second.seeds, settlement: first.settlement, conflict: first.conflict,
                                 catalog: first.catalog, directory: second.directory).world
    }
}
