// TEMPORARY local scaffold; replaced by the lineedit branch. DO NOT COMMIT.
import Foundation
public enum LineInput { case line(String), interrupted, endOfInput }
public final class LineEditor {
    public init(programName: String, prompt: String, historyFile: URL?, completer: @escaping (String) -> [String]) {}
    public func readLine() -> LineInput { if let l = Swift.readLine() { return .line(l) }; return .endOfInput }
    public func addToHistory(_ line: String) {}
    public func saveHistory() throws {}
}
public enum Interrupt { public static func install() {}; public static var isPending: Bool { false }; public static func clear() {} }
public enum HistoryLocation { public static func resolve(environment: [String: String]) -> URL? { nil } }
