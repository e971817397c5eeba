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

    /// The world the bytes hold; nil when they cannot be decoded (the caller loads the seeds).
    public func decoded() -> World? {
        file.withUnsafeBufferPointer { bytes in
            try? CompactDecoder.decode(World.self, from: UnsafeBufferPointer(rebasing: bytes[payloadOffset...]))
        }
    }
}
