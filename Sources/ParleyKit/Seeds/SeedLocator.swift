import Foundation

/// Finds the bundled `seeds/` folder, so `parley` works from a checkout without flags.
///
///     if let folder = SeedLocator.bundled() {
///         let seeds = try SeedLoader.load(directory: folder)
///     }
///
/// Looks, in order, at `$PARLEY_SEEDS`; a `seeds/` folder beside the executable or in any folder
/// above it (`.build/debug/parley` sits three levels under the package root); the same from the
/// working directory; and last the package root this library was built from.
public enum SeedLocator {
    /// The environment variable that overrides the search.
    public static let environmentVariable = "PARLEY_SEEDS"

    /// The first seed folder found, or nil. Arguments default to this process's own.
    public static func bundled(
        executablePath: String? = ProcessInfo.processInfo.arguments.first,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        environment: [String: String] = SeedLocator.environment()
    ) -> URL? {
        if let override = environment[environmentVariable], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        var starts: [URL] = []
        if let executablePath, !executablePath.isEmpty {
            let executable = URL(fileURLWithPath: executablePath, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true))
            starts.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: currentDirectory, isDirectory: true))
        starts.append(packageRoot)
        for start in starts {
            if let found = search(upwardFrom: start) { return found }
        }
        return nil
    }

    /// The one variable the search reads, if set (not the whole environment, which costs a
    /// tenth of a cached start-up to build).
    public static func environment() -> [String: String] {
        SeedCache.variable(environmentVariable).map { [environmentVariable: $0] } ?? [:]
    }

    /// The package root at build time, from this file's path: `Sources/ParleyKit/Seeds/…`.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Seeds
            .deletingLastPathComponent()  // ParleyKit
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // package root
    }

    /// The nearest `seeds/` holding a sources manifest, at `start` or above it.
    static func search(upwardFrom start: URL) -> URL? {
        var folder = start.standardizedFileURL
        for _ in 0..<12 {
            let candidate = folder.appendingPathComponent("seeds", isDirectory: true)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(SeedLoader.sourcesFile).path) {
                return candidate
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }
}
