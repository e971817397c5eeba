import Foundation

extension Interpreter {
    /// Loads `--seeds DIR`, or else the bundled seeds, at the latest snapshot.
    ///
    /// Returns false (after reporting why) when the seeds are broken: a session on a
    /// half-checked state would cite values nobody checked. Missing bundled seeds only warn.
    public func loadAtStart(_ directory: String?) -> Bool {
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
        do {
            let world = try SeedCache().world(directory: url, displayName: name)
            if directory != nil { session.defaultSeeds = (url, name) }
            session.begin(world, at: world.seeds.latest)
            return true
        } catch {
            report(error)
            return false
        }
    }
}
