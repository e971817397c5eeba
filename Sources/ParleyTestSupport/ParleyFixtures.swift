import Foundation
import ParleyKit

/// Where the tests, the fuzzers and the benchmarks find the repository's fixtures, and the
/// fixtures themselves, loaded the way the executable loads them. One copy for all three.
///
///     let world = ParleyFixtures.world()                       // the bundled seeds and catalog
///     let sanctions = ParleyFixtures.ktab("dummyData-a160.csv")
///
/// Set `PARLEY_ROOT` to read them from another checkout (a fuzzer run from a copied binary).
public enum ParleyFixtures {
    /// The repository root: this file is `Sources/ParleyTestSupport/ParleyFixtures.swift`.
    public static let root: URL = {
        if let root = ProcessInfo.processInfo.environment["PARLEY_ROOT"], !root.isEmpty {
            return URL(fileURLWithPath: root, isDirectory: true)
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // ParleyTestSupport
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // repository root
    }()

    /// The bundled seed folder.
    public static var seedsFolder: URL { root.appendingPathComponent("seeds", isDirectory: true) }

    /// The saved scenario scripts.
    public static var scenariosFolder: URL { root.appendingPathComponent("scenarios", isDirectory: true) }

    /// KTAB's scenario files (MIT; see `LICENSE-KTAB` beside them) and their reference runs.
    public static var ktabFolder: URL { root.appendingPathComponent("Tests/ParleyKitTests/Fixtures/ktab", isDirectory: true) }

    /// The path of a KTAB scenario file by name, `.csv` added.
    public static func ktabPath(_ name: String) -> String {
        ktabFolder.appendingPathComponent("\(name).csv").path
    }

    /// The path of KTAB's own run of a scenario, for comparison.
    public static func ktabReferencePath(_ name: String) -> String {
        ktabFolder.appendingPathComponent("reference/\(name).csv").path
    }

    /// A KTAB scenario file, read and checked; a broken fixture stops the run.
    public static func ktab(_ file: String) -> KTABScenario {
        do {
            return try KTABScenario.load(contentsOf: ktabFolder.appendingPathComponent(file).path, file: file)
        } catch {
            fatalError("cannot read \(file): \(DiagnosticRenderer.render(error))")
        }
    }

    /// The bundled seeds and event catalog; broken seeds stop the run.
    public static func world() -> World {
        do {
            return try World.load(directory: seedsFolder, displayName: "seeds")
        } catch {
            fatalError("cannot load the bundled seeds: \(error)")
        }
    }
}
