import Foundation
import ParleyBenchSupport

// Writes the replay script: `parley-replay-script [COUNT] > replay.parley` (default 10,000 commands).
let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000
FileHandle.standardOutput.write(Data(ReplayScript.text(commands: count).utf8))
