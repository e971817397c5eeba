import Foundation
import FuzzSupport
import ParleyKit

/// The script parser: a file read the way `run FILE` reads it (size, UTF-8 checks), split into
/// lines, each line parsed and its arguments lexed, and every diagnostic rendered with its caret.
/// The input is the file's bytes.
enum ScriptTarget {
    static let folder = FuzzSupport.scratchFolder("fuzz-script")
    static let file = folder.appendingPathComponent("input.parley")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    FuzzSupport.write(data, to: ScriptTarget.file)
    var sink = 0
    let text: String
    do {
        text = try TextFile.read(ScriptTarget.file.path)
    } catch {
        sink &+= DiagnosticRenderer.render(Diagnostic(error.message, at: error.location)).utf8.count
        // Go on with the bytes decoded leniently: the parser must also cope with U+FFFD.
        text = String(decoding: data, as: UTF8.self)
    }
    // The whole script at once, as `parse` does…
    do {
        let invocations = try ScriptParser.parse(text, file: "input.parley")
        sink &+= invocations.count
    } catch {
        sink &+= DiagnosticRenderer.render(error).utf8.count
    }
    // …and line by line, as the interpreter does, lexing each line's arguments.
    var lineNumber = 0
    for line in ScriptParser.lines(of: text) {
        lineNumber += 1
        do {
            guard let invocation = try ScriptParser.parseLine(line, file: "input.parley", lineNumber: lineNumber) else {
                continue
            }
            sink &+= invocation.rawArguments.utf8.count + invocation.rawArgumentsColumn
            let arguments = try invocation.lexArguments()
            for argument in arguments {
                sink &+= argument.scriptText.utf8.count
                if let value = argument.value { sink &+= value.description.utf8.count + value.text.utf8.count }
                sink &+= DiagnosticRenderer.render(invocation.error("check", at: argument)).utf8.count
            }
        } catch {
            sink &+= DiagnosticRenderer.render(error).utf8.count
        }
    }
    return sink == Int.min ? 1 : 0
}

/// The executable's entry point (see FuzzSupport.runDriver).
@_cdecl("fuzz_script_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    // Fixtures and the library's own lazily built statics, made once before fuzzing starts.
    FuzzSupport.runDriver(argc, argv, prepare: {
        _ = ScriptTarget.file
        warmUp("apply sanctions by=EU,US target=RU severity=0.7 \"a b\" 2025-01-01 8w --json # c\nbad line \u{1}\n")
    }) { data, size in
        fuzz(UnsafeRawPointer(data ?? UnsafePointer(bitPattern: 1)!), size)
    }
}

/// Runs one input outside the fuzzing loop.
func warmUp(_ text: String) { warmUp(Array(text.utf8)) }

func warmUp(_ bytes: [UInt8]) {
    _ = bytes.withUnsafeBytes { fuzz($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count) }
}
