import Foundation

/// What a session reasons about: the documented state and the event catalog beside it.
///
///     let world = try World.load(directory: URL(fileURLWithPath: "seeds"))
///     world.catalog.type(named: "summit")
public struct World: Sendable, Equatable, Codable {
    public var seeds: Seeds
    public var catalog: EventCatalog
    /// The folder the seeds came from, as the user named it.
    public var directory: String

    public static let catalogFile = "events.yaml"

    /// Loads the seeds and the catalog in `directory`; all or nothing.
    public static func load(directory: URL, displayName: String? = nil) throws -> World {
        let seeds = try SeedLoader.load(directory: directory, displayName: displayName)
        let catalogURL = directory.appendingPathComponent(catalogFile)
        let folder = displayName ?? directory.path
        let name = folder == "." ? catalogFile : folder + "/" + catalogFile
        guard FileManager.default.fileExists(atPath: catalogURL.path) else {
            throw Diagnostic("missing event catalog '\(name)'")
        }
        let text: String
        do {
            text = try TextFile.read(catalogURL.path, shownAs: name)
        } catch {
            throw error.diagnostic
        }
        let catalog = try EventCatalogLoader.load(
            file: name, text: text, actors: Set(seeds.actors.map(\.id)), issues: Set(seeds.issues.map(\.id)))
        // The timeline names catalog types, so it is checked once both are loaded.
        let problems = DocumentedEvents.check(seeds, catalog: catalog)
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return World(seeds: seeds, catalog: catalog, directory: displayName ?? directory.path)
    }

    /// The scenario a snapshot describes: every stance, capability and uncertainty from the seeds,
    /// and what documented events before it left pending (an ultimatum's deadline).
    public func scenario(at snapshot: Snapshot) -> Scenario {
        let actors = seeds.actors.map(\.id)
        let issues = seeds.issues.map(\.id)
        var positions: [Double] = []
        var saliences: [Double] = []
        var uncertainties: [Double] = []
        for actor in actors {
            for issue in issues {
                // The loader guarantees every snapshot is complete.
                let stance = snapshot.stance(actor: actor, issue: issue)!
                positions.append(stance.position.value)
                saliences.append(stance.salience.value)
                uncertainties.append(stance.uncertainty ?? 0)
            }
        }
        var scenario = Scenario(date: snapshot.date, actors: actors, issues: issues,
                                capabilities: seeds.actors.map { snapshot.capabilities[$0.id]?.value ?? $0.capability.value },
                                positions: positions, saliences: saliences, uncertainties: uncertainties)
        scenario.scheduled = DocumentedEvents.pending(at: snapshot, seeds: seeds, catalog: catalog, scenario: scenario)
        scenario.settlement = SettlementTerms(seeds: seeds.settlement, date: snapshot.date, actors: actors, issues: issues)
        return scenario
    }
}
