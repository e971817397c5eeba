import Foundation

extension Interpreter {
    /// Loads `--seeds DIR`, or else the bundled seeds, at the latest snapshot.
    ///
    /// Returns false (after reporting why) when the seeds are broken: a session on a
    /// half-checked state would cite values nobody checked. Missing bundled seeds only warn.
    ///
    /// With `deferringDecode`, a current cached world is checked now but decoded only when the
    /// first command that needs it runs (``finishStart()``): `parley -c quit` never pays for it.
    /// The cache holds only worlds that loaded cleanly, so no message is lost by waiting.
    public func loadAtStart(_ directory: String?, deferringDecode: Bool = false,
                            cache: SeedCache = SeedCache()) -> Bool {
        seedCache = cache
        let url: URL
        let name: String
        if let directory {
            url = URL(fileURLWithPath: PathText.expandingTilde(directory), isDirectory: true)
            name = directory
        } else if let bundled = SeedLocator.bundled() {
            url = bundled
            name = "seeds"
        } else {
            console.writeError("warning: no bundled seeds found; use 'load DIR' or --seeds DIR\n")
            return true
        }
        if deferringDecode, let cached = cache.lookup(directory: url, displayName: name) {
            pendingStart = PendingStart(cached: cached, url: url, name: name, named: directory != nil)
            return true
        }
        do {
            begin(try cache.world(directory: url, displayName: name), url: url, name: name, named: directory != nil)
            return true
        } catch {
            report(error)
            return false
        }
    }

    /// Decodes the world a deferred start left in the cache and begins the session on it, as
    /// ``loadAtStart(_:deferringDecode:)`` would have; nothing when there is none pending.
    ///
    /// - Throws: what loading the seeds throws, should the cached bytes not decode after all.
    public func finishStart() throws {
        guard let pending = pendingStart else { return }
        pendingStart = nil
        let world = try seedCache.decoded(pending.cached)
            ?? World.load(directory: pending.url, displayName: pending.name)
        begin(world, url: pending.url, name: pending.name, named: pending.named)
    }

    private func begin(_ world: World, url: URL, name: String, named: Bool) {
        if named { session.defaultSeeds = (url, name) }
        session.begin(world, at: world.seeds.latest)
        session.startingSeeds = named ? url.standardizedFileURL.path : nil
    }
}

/// A start whose world is in the cache, checked but not yet decoded.
struct PendingStart {
    var cached: CachedWorld
    var url: URL
    var name: String
    /// Given with `--seeds` (rather than the bundled folder).
    var named: Bool
}
