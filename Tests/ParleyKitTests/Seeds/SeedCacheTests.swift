import Foundation
import Testing
@testable import ParleyKit

/// The start-up cache never changes a result: a cached world equals the freshly loaded one, a
/// changed seed or a damaged cache file is noticed, and a broken seed still reports every error.
@Suite("Seeds: the start-up cache")
struct SeedCacheTests {
    /// A copy of the bundled seeds and an empty cache folder, side by side in a temporary folder.
    struct Scratch {
        let root: URL
        var seeds: URL { root.appendingPathComponent("seeds") }
        var cache: String { root.appendingPathComponent("cache").path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cache-tests-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: seedTestsPackageRoot.appendingPathComponent("seeds"), to: seeds)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        func edit(_ file: String, _ old: String, _ new: String) throws {
            let url = seeds.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let range = try #require(text.range(of: old))
            try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
        }

        var cacheFiles: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).filter { $0.hasSuffix(".bin") }
        }

        var cacheFile: String { cache + "/" + SeedCache.fileName(directory: seeds, displayName: "seeds") }

        func fresh() throws -> World { try World.load(directory: seeds, displayName: "seeds") }

        func cached() throws -> World { try SeedCache(folder: cache).world(directory: seeds, displayName: "seeds") }

        /// What loading throws, rendered as the user sees it.
        func rendered(_ load: () throws -> World) -> String {
            do {
                _ = try load()
                return "loaded"
            } catch let list as DiagnosticList {
                return DiagnosticRenderer.render(list)
            } catch let diagnostic as Diagnostic {
                return DiagnosticRenderer.render(diagnostic)
            } catch {
                return "\(error)"
            }
        }
    }

    @Test func cachedWorldEqualsTheFreshlyLoadedOne() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fresh = try scratch.fresh()
        #expect(try scratch.cached() == fresh)  // a miss: loads and writes
        #expect(scratch.cacheFiles.count == 1)
        // The file itself decodes to the same world, and a second start reads it.
        let key = try #require(SeedCache(folder: scratch.cache).key(directory: scratch.seeds, displayName: "seeds"))
        #expect(SeedCache.read(scratch.cacheFile, key: key)?.decoded() == fresh)
        #expect(try scratch.cached() == fresh)
    }

    @Test func aChangedSeedMakesTheCacheStale() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let before = try scratch.cached()
        try scratch.edit("snapshots/2025-07-23.yaml", "value: 95", "value: 94")
        let fresh = try scratch.fresh()
        #expect(fresh != before)
        #expect(try scratch.cached() == fresh)
        // A new file in the folder counts too, whatever its name.
        let before2 = try #require(SeedCache(folder: scratch.cache).key(directory: scratch.seeds, displayName: "seeds"))
        try Data("x: 1\n".utf8).write(to: scratch.seeds.appendingPathComponent("settlement.yaml"))
        #expect(SeedCache(folder: scratch.cache).key(directory: scratch.seeds, displayName: "seeds") != before2)
    }

    @Test func aDamagedCacheIsIgnored() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fresh = try scratch.cached()
        let key = try #require(SeedCache(folder: scratch.cache).key(directory: scratch.seeds, displayName: "seeds"))
        let good = try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile))
        for damage in [Data(), good.prefix(20), good.prefix(good.count / 2), good + Data([0])] {
            try damage.write(to: URL(fileURLWithPath: scratch.cacheFile))
            #expect(SeedCache.read(scratch.cacheFile, key: key) == nil)
            #expect(try scratch.cached() == fresh)  // loads afresh and rewrites
        }
        var flipped = [UInt8](good)
        flipped[flipped.count / 3] ^= 0x40
        try Data(flipped).write(to: URL(fileURLWithPath: scratch.cacheFile))
        #expect(SeedCache.read(scratch.cacheFile, key: key) == nil)
        #expect(try scratch.cached() == fresh)
    }

    /// Behind the checksum, the decoder itself refuses damaged bytes rather than crashing.
    @Test func theDecoderRefusesDamagedBytes() throws {
        let world = try World.load(directory: seedTestsPackageRoot.appendingPathComponent("seeds"), displayName: "seeds")
        let bytes = try CompactEncoder.encode(world)
        #expect(try CompactDecoder.decode(World.self, from: bytes) == world)
        for damaged in DamagedBytes.copies(of: bytes, seed: 7, count: 60) {
            // Either an error or, when the change hit a value's bytes, some world: never a crash.
            _ = try? CompactDecoder.decode(World.self, from: damaged)
        }
    }

    /// On two CPUs the layout's two halves decode at once, into the world one decode gives,
    /// with the settlement and conflict seeds or without; damaged bytes fail that way too (and
    /// never crash).
    @Test func theWorldDecodesInTwoPartsAsInOne() throws {
        let world = try World.load(directory: seedTestsPackageRoot.appendingPathComponent("seeds"), displayName: "seeds")
        #expect(world.seeds.settlement != nil && world.seeds.conflict != nil)
        var bare = world
        bare.seeds.settlement = nil
        bare.seeds.conflict = nil
        var noConflict = world
        noConflict.seeds.conflict = nil
        for whole in [world, bare, noConflict] {
            let bytes = try CompactEncoder.encode(CachedWorldLayout(whole))
            try bytes.withUnsafeBufferPointer { payload in
                let split = try #require(CachedWorld.inParallel(CachedWorld.Payload(bytes: payload)))
                #expect(split == whole)
                #expect(split == (try CompactDecoder.decode(CachedWorldLayout.self, from: payload)).world)
            }
        }
        let bytes = try CompactEncoder.encode(CachedWorldLayout(world))
        for damaged in DamagedBytes.copies(of: bytes, seed: 8, count: 40) {
            damaged.withUnsafeBufferPointer { payload in
                let split = CachedWorld.inParallel(CachedWorld.Payload(bytes: payload))
                let whole = (try? CompactDecoder.decode(CachedWorldLayout.self, from: payload))?.world
                if split != nil { #expect(split == whole) }
            }
        }
    }

    /// A layout with a field neither half reads is not split (that field would be lost).
    @Test func anUnknownFieldIsNotSplitAway() throws {
        /// The layout's own fields, then one more in the same keyed container.
        struct Wider: Encodable {
            var layout: CachedWorldLayout
            enum Extra: String, CodingKey { case extra }
            func encode(to encoder: any Encoder) throws {
                try layout.encode(to: encoder)
                var more = encoder.container(keyedBy: Extra.self)
                try more.encode(1, forKey: .extra)
            }
        }
        let world = try World.load(directory: seedTestsPackageRoot.appendingPathComponent("seeds"), displayName: "seeds")
        let bytes = try CompactEncoder.encode(Wider(layout: CachedWorldLayout(world)))
        // The extra field really is in the layout's container, beside the layout's own.
        let fields = try bytes.withUnsafeBufferPointer { try CompactDecoder.fieldCount(in: $0) }
        #expect(fields == CachedWorldLayout.fieldCount(settlement: true, conflict: true) + 1)
        bytes.withUnsafeBufferPointer { payload in
            #expect(CachedWorld.inParallel(CachedWorld.Payload(bytes: payload)) == nil)
        }
    }

    /// A first start on the folder, which finds no cache, loads the seeds and writes one.
    func warm(_ scratch: Scratch) {
        let interpreter = Interpreter(console: Console(write: { _ in }))
        #expect(interpreter.loadAtStart(scratch.seeds.path, deferringDecode: true, cache: SeedCache(folder: scratch.cache)))
        #expect(interpreter.pendingStart == nil && interpreter.session.world != nil)
    }

    /// What a session prints, started from the seeds (no cache) or from a warm cache with the
    /// decoding put off until the first command; the commands include a journal replay.
    func transcript(_ scratch: Scratch, deferred: Bool) -> (String, Bool) {
        var out = ""
        let interpreter = Interpreter(console: Console(write: { out += $0 }, writeError: { out += $0 }))
        let cache = SeedCache(folder: deferred ? scratch.cache : nil)
        #expect(interpreter.loadAtStart(scratch.seeds.path, deferringDecode: deferred, cache: cache))
        let pending = interpreter.pendingStart != nil
        #expect(interpreter.replay(journalLine: "apply sanctions by=EU target=RU severity=0.5", file: "j", lineNumber: 1))
        for line in ["show", "advance 2", "forecast", "simulate 40 seed=3", "branches", "load " + scratch.seeds.path, "show"] {
            out += "» \(line)\n"
            interpreter.execute(line: line, file: "<stdin>")
        }
        return (out, pending)
    }

    @Test func aDeferredStartPrintsWhatALoadedOneDoes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        warm(scratch)
        let (loaded, loadedPending) = transcript(scratch, deferred: false)
        let (deferred, deferredPending) = transcript(scratch, deferred: true)
        #expect(!loadedPending && deferredPending)
        #expect(loaded.contains("Forecast") || loaded.count > 1000)
        #expect(deferred == loaded)
    }

    /// `quit` never needs the world, so a deferred start that only quits decodes nothing.
    @Test func quitLeavesADeferredWorldUndecoded() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        warm(scratch)
        let interpreter = Interpreter(console: Console(write: { _ in }))
        #expect(interpreter.loadAtStart(scratch.seeds.path, deferringDecode: true, cache: SeedCache(folder: scratch.cache)))
        #expect(interpreter.execute(line: "quit", file: "<command-line>"))
        #expect(interpreter.quitRequested && interpreter.pendingStart != nil && interpreter.session.world == nil)
        #expect(interpreter.execute(line: "show", file: "<command-line>"))
        let fresh = try World.load(directory: scratch.seeds, displayName: scratch.seeds.path)
        #expect(interpreter.pendingStart == nil && interpreter.session.world == fresh)
    }

    @Test func aBrokenSeedReportsEveryErrorWithTheCacheOn() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.cached()  // a current cache of the good folder
        try scratch.edit("snapshots/2025-07-23.yaml", "value: 95", "value: 120")
        try scratch.edit("actors.yaml", "id: RU", "id: RU\n    bogus: 1")
        try scratch.edit("events.yaml", "description:", "descriptin:")
        let expected = scratch.rendered { try scratch.fresh() }
        #expect(expected != "loaded")
        #expect(expected.contains("error:"))
        // Twice: a failed load is never cached.
        #expect(scratch.rendered { try scratch.cached() } == expected)
        #expect(scratch.rendered { try scratch.cached() } == expected)
    }

    /// `load DIR at=…` goes through the cache too: a folder unchanged since it last loaded
    /// cleanly is decoded, not parsed again, and prints what a fresh load prints; a broken one is
    /// checked, with every message, each time.
    @Test func theLoadCommandUsesTheCache() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        func run(_ lines: [String], cache: SeedCache) -> String {
            var output = ""
            let interpreter = Interpreter(console: Console(write: { output += $0 }, writeError: { output += $0 }))
            interpreter.seedCache = cache
            for line in lines { _ = interpreter.execute(line: line, file: "<command-line>") }
            return output
        }
        let commands = ["load \(scratch.seeds.path) at=2025-06-03", "show"]
        let uncached = run(commands, cache: SeedCache(folder: nil))
        #expect(uncached.contains("snapshot 2025-06-03"))
        #expect(scratch.cacheFiles.isEmpty)
        #expect(run(commands, cache: SeedCache(folder: scratch.cache)) == uncached)  // a miss: loads and writes
        #expect(scratch.cacheFiles.count == 1)
        #expect(run(commands, cache: SeedCache(folder: scratch.cache)) == uncached)  // a hit
        try scratch.edit("actors.yaml", "id: RU", "id: RU\n    bogus: 1")
        let broken = run(["load \(scratch.seeds.path)"], cache: SeedCache(folder: nil))
        #expect(broken.contains("error:"))
        #expect(run(["load \(scratch.seeds.path)"], cache: SeedCache(folder: scratch.cache)) == broken)
    }

    /// A script that starts with `load` of the folder the session started on gets the world
    /// already in memory, not a second decode; a changed seed still gives the new world.
    @Test func aSecondLoadOfTheSameFolderReusesTheWorld() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        warm(scratch)
        let cache = SeedCache(folder: scratch.cache)
        let interpreter = Interpreter(console: Console(write: { _ in }, writeError: { _ in }))
        #expect(interpreter.loadAtStart(scratch.seeds.path, deferringDecode: true, cache: cache))
        try interpreter.finishStart()
        let started = try #require(interpreter.session.world)
        // With the file gone, only the kept world can answer without parsing the seeds again,
        // which would write the file anew.
        #expect(scratch.cacheFiles.count == 1)
        for file in scratch.cacheFiles { try FileManager.default.removeItem(atPath: scratch.cache + "/" + file) }
        #expect(try cache.world(directory: scratch.seeds, displayName: scratch.seeds.path) == started)
        #expect(scratch.cacheFiles.isEmpty)
        try scratch.edit("snapshots/2025-07-23.yaml", "value: 95", "value: 94")
        let edited = try cache.world(directory: scratch.seeds, displayName: scratch.seeds.path)
        #expect(edited != started)
        #expect(edited == (try World.load(directory: scratch.seeds, displayName: scratch.seeds.path)))
    }

    @Test func theCacheFolderFollowsTheEnvironment() {
        let env = { (values: [String: String]) in { (name: String) in values[name] } }
        #expect(SeedCache.defaultFolder(environment: env(["PARLEY_CACHE": "/x", "HOME": "/h"])) == "/x")
        #expect(SeedCache.defaultFolder(environment: env(["PARLEY_CACHE": "", "HOME": "/h"])) == nil)
        #expect(SeedCache.defaultFolder(environment: env(["XDG_CACHE_HOME": "/c", "HOME": "/h"])) == "/c/parley")
        #expect(SeedCache.defaultFolder(environment: env(["XDG_CACHE_HOME": "rel", "HOME": "/h"])) == "/h/.cache/parley")
        #expect(SeedCache.defaultFolder(environment: env([:])) == nil)
    }

    /// A debug and a release build reading the same seeds keep a cache file each, so neither
    /// rewrites the other's on every start; the same program always finds its own.
    @Test func eachProgramKeepsItsOwnCacheFile() throws {
        let seeds = URL(fileURLWithPath: "/tmp/seeds")
        let debug = SeedCache.fileName(directory: seeds, displayName: "seeds", program: "/r/.build/debug/parley")
        let release = SeedCache.fileName(directory: seeds, displayName: "seeds", program: "/r/.build-static/release/parley")
        #expect(debug != release)
        #expect(debug == SeedCache.fileName(directory: seeds, displayName: "seeds", program: "/r/.build/debug/parley"))
        let running = try #require(SeedCache.programPath())
        #expect(running.hasPrefix("/"))
        #expect(SeedCache.fileName(directory: seeds, displayName: "seeds") ==
                SeedCache.fileName(directory: seeds, displayName: "seeds", program: running))
    }
}
