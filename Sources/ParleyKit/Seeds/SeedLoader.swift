import Foundation
import Yams

/// Reads and checks a seed folder, returning the complete documented state or every problem.
///
///     do {
///         let seeds = try SeedLoader.load(directory: URL(fileURLWithPath: "seeds"))
///         print(seeds.coverage)
///     } catch let problems as DiagnosticList {
///         print(DiagnosticRenderer.render(problems))   // seeds/actors.yaml:4:9: error: …
///     }
///
/// Loading is all-or-nothing: any problem in any file means no ``Seeds`` at all. The folder holds
/// `sources.yaml`, `actors.yaml`, `issues.yaml`, `timeline.yaml` and `snapshots/*.yaml`; other
/// files (such as the event catalog) are left to their own loaders.
public enum SeedLoader {
    public static let sourcesFile = "sources.yaml"
    public static let actorsFile = "actors.yaml"
    public static let issuesFile = "issues.yaml"
    public static let timelineFile = "timeline.yaml"
    public static let snapshotsFolder = "snapshots"

    /// Loads the seed folder at `directory`.
    ///
    /// - Parameter displayName: how the folder is named in diagnostics; by default its path,
    ///   relative to the current directory when it lies inside it.
    /// - Throws: ``DiagnosticList`` with every problem found, in file order.
    public static func load(directory: URL, displayName: String? = nil) throws -> Seeds {
        let assembler = SeedAssembler(directory: directory, displayName: displayName ?? Self.displayName(for: directory))
        return try assembler.assemble()
    }

    /// The folder's path as a user would type it: relative to the working directory if inside it.
    static func displayName(for directory: URL) -> String {
        let path = directory.standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if path == current { return "." }
        let prefix = current.hasSuffix("/") ? current : current + "/"
        if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        return path
    }
}
