import Foundation
import FuzzSupport
import ParleyKit

/// The seed loader and the event catalog loader. The first byte of the input picks a file of a
/// copy of the bundled seed folder; the rest replaces that file's text. Selectors 0–7 then load
/// the whole folder with `World.load` (seeds, cross-checks, catalog); selector 8 feeds the text
/// to `EventCatalogLoader.load` alone, the cheap path for catalog mutations. What loads is
/// rendered, and every event type of a catalog that loads is applied once to the baseline.
enum SeedsTarget {
    static let folder: URL = {
        let scratch = FuzzSupport.scratchFolder("fuzz-seeds")
        let seeds = scratch.appendingPathComponent("seeds", isDirectory: true)
        FuzzSupport.copy(FuzzSupport.seeds, to: seeds)
        return seeds
    }()

    /// Relative paths, in selector order; the last entry is the catalog-only selector.
    static let files = [
        "actors.yaml", "issues.yaml", "sources.yaml", "timeline.yaml",
        "snapshots/2025-03-19.yaml", "snapshots/2025-06-03.yaml", "snapshots/2025-07-23.yaml",
        "events.yaml", "events.yaml",
    ]

    /// The pristine text of each file, put back after every input.
    static let originals: [String: Data] = Dictionary(uniqueKeysWithValues: Set(files).map { name in
        (name, try! Data(contentsOf: folder.appendingPathComponent(name)))
    })

    /// The bundled world, for the catalog-only selector's actor and issue ids.
    static let world: World = try! World.load(directory: FuzzSupport.seeds, displayName: "seeds")

    static let model = BargainingModel(stoppingRule: StoppingRule(maximumTurns: 4), workerCount: 1)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count >= 1 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let selector = Int(bytes[0]) % SeedsTarget.files.count
    let body = Data(bytes.dropFirst())
    let name = SeedsTarget.files[selector]
    var sink = 0
    if selector == SeedsTarget.files.count - 1 {
        let text = String(decoding: body, as: UTF8.self)
        let world = SeedsTarget.world
        do {
            let catalog = try EventCatalogLoader.load(
                file: "seeds/events.yaml", text: text,
                actors: Set(world.seeds.actors.map(\.id)), issues: Set(world.seeds.issues.map(\.id)))
            sink &+= exercise(catalog, scenario: world.scenario(at: world.seeds.latest))
        } catch {
            sink &+= DiagnosticRenderer.render(error).utf8.count
        }
        return sink == Int.min ? 1 : 0
    }
    let url = SeedsTarget.folder.appendingPathComponent(name)
    FuzzSupport.write(body, to: url)
    defer { FuzzSupport.write(SeedsTarget.originals[name]!, to: url) }
    do {
        let world = try World.load(directory: SeedsTarget.folder, displayName: "seeds")
        let seeds = world.seeds
        sink &+= SeedSummary.render(seeds, at: seeds.latest, from: "seeds").utf8.count
        sink &+= ActorListing.render(seeds).utf8.count
        sink &+= IssueListing.render(seeds).utf8.count
        sink &+= SourceListing.render(seeds).utf8.count
        sink &+= seeds.citations.count
        for snapshot in seeds.snapshots {
            sink &+= world.scenario(at: snapshot).positions.values.count
        }
        sink &+= exercise(world.catalog, scenario: world.scenario(at: seeds.latest))
    } catch let list as DiagnosticList {
        sink &+= DiagnosticRenderer.render(list).utf8.count
    } catch let diagnostic as Diagnostic {
        sink &+= DiagnosticRenderer.render(diagnostic).utf8.count
    } catch {
        sink &+= "\(error)".utf8.count
    }
    return sink == Int.min ? 1 : 0
}

/// Applies each event type once, every parameter at its default or else a plain value of its kind.
func exercise(_ catalog: EventCatalog, scenario baseline: Scenario) -> Int {
    var sink = 0
    let applier = EventApplier(catalog: catalog, model: SeedsTarget.model, step: 1)
    for type in catalog.types {
        var arguments: [String: EventArgument] = [:]
        for parameter in type.parameters {
            if let value = parameter.defaultValue {
                arguments[parameter.name] = value
                continue
            }
            switch parameter.kind {
            case .actor: arguments[parameter.name] = .ids([baseline.actors[0]])
            case .actors: arguments[parameter.name] = .ids(Array(baseline.actors.prefix(2)))
            case .issue: arguments[parameter.name] = .ids([baseline.issues[0]])
            case .issues: arguments[parameter.name] = .ids(Array(baseline.issues.prefix(2)))
            case .event: arguments[parameter.name] = .ids([catalog.types[0].id])
            case .number, .days: arguments[parameter.name] = .number(parameter.range?.lowerBound ?? 1)
            }
        }
        var scenario = baseline
        do {
            let trace = try applier.apply(type, arguments: arguments, to: &scenario)
            sink &+= trace.count &+ scenario.scheduled.count
        } catch {
            sink &+= error.message.utf8.count
        }
    }
    return sink
}

/// The executable's entry point (see FuzzSupport.runDriver).
@_cdecl("fuzz_seeds_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    // Fixtures and the library's own lazily built statics, made once before fuzzing starts.
    FuzzSupport.runDriver(argc, argv, prepare: {
        _ = (SeedsTarget.folder, SeedsTarget.originals, SeedsTarget.world)
        for selector in [0, SeedsTarget.files.count - 1] {
            let name = SeedsTarget.files[selector]
            warmUp([UInt8(selector)] + SeedsTarget.originals[name]!)
        }
    }) { data, size in
        fuzz(UnsafeRawPointer(data ?? UnsafePointer(bitPattern: 1)!), size)
    }
}

/// Runs one input outside the fuzzing loop.
func warmUp(_ text: String) { warmUp(Array(text.utf8)) }

func warmUp(_ bytes: [UInt8]) {
    _ = bytes.withUnsafeBytes { fuzz($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count) }
}
