/// How the seed cache lays a world out: the settlement and conflict seeds beside the other
/// seeds rather than inside them, so the two decode workers get about the same share.
///
///     let bytes = try CompactEncoder.encode(CachedWorldLayout(world))
///     try CompactDecoder.decode(CachedWorldLayout.self, from: bytes).world   // == world
///
/// Inside ``Seeds`` they made the seeds' half much the longer; here one worker reads the seeds
/// and the other the settlement, the conflict and the catalog (``CachedWorld/inParallel(_:)``).
struct CachedWorldLayout: Codable {
    /// The seeds without their settlement and conflict.
    var seeds: Seeds
    var settlement: SettlementSeeds?
    var conflict: TalksConflict?
    var catalog: EventCatalog
    var directory: String

    /// The world laid out here.
    var world: World {
        var whole = seeds
        whole.settlement = settlement
        whole.conflict = conflict
        return World(seeds: whole, catalog: catalog, directory: directory)
    }

    /// The keys a layout has when its optional parts are present or not (a nil is left out).
    static func fieldCount(settlement: Bool, conflict: Bool) -> Int {
        3 + (settlement ? 1 : 0) + (conflict ? 1 : 0)
    }
}

extension CachedWorldLayout {
    // In an extension, so the memberwise initializer stays.
    init(_ world: World) {
        var seeds = world.seeds
        let settlement = seeds.settlement, conflict = seeds.conflict
        seeds.settlement = nil
        seeds.conflict = nil
        self.init(seeds: seeds, settlement: settlement, conflict: conflict, catalog: world.catalog,
                  directory: world.directory)
    }
}
