import CLibEdit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LineEditor {
    /// The escape sequences terminals send for Home, End, Delete and Ctrl-Left/Right. libedit
    /// binds only those of the current TERM's terminfo entry, so with TERM=xterm-256color inside
    /// tmux (which sends `ESC [1~` for Home) the keys inserted `~` or `5D`. Binding every common
    /// spelling makes them work whichever TERM is set.
    static let keySequences: [(sequence: String, function: String)] = {
        let home = ["[H", "OH", "[1~", "[7~"], end = ["[F", "OF", "[4~", "[8~"]
        let wordLeft = ["[1;5D", "[5D", "Od", "[1;3D"], wordRight = ["[1;5C", "[5C", "Oc", "[1;3C"]
        var bindings: [(String, String)] = []
        bindings += home.map { ($0, "ed-move-to-beg") }
        bindings += end.map { ($0, "ed-move-to-end") }
        bindings += wordLeft.map { ($0, "ed-prev-word") }
        bindings += wordRight.map { ($0, "em-next-word") }
        bindings.append(("[3~", "ed-delete-next-char"))
        return bindings.map { ("\u{1B}" + $0.0, $0.1) }
    }()

    /// What a bracketed paste starts and ends with (xterm's mode 2004).
    static let pasteStart = "\u{1B}[200~"
    static let pasteEnd = "\u{1B}[201~"

    func bindKeys(_ editLine: OpaquePointer) {
        for (sequence, function) in Self.keySequences {
            parley_el_bind(editLine, sequence, function)
        }
        parley_el_addfn(editLine, "parley-paste", "Insert pasted text as it is", pasteCallback)
        parley_el_bind(editLine, Self.pasteStart, "parley-paste")
    }

    /// Reads the pasted text up to the end marker and inserts it as typed text: a tab is a
    /// tab, not completion, and a newline does not run the line (the REPL runs each line
    /// when Enter is pressed).
    func insertPaste(_ editLine: OpaquePointer) -> UInt8 {
        var pasted: [UInt8] = []
        let end = Array(Self.pasteEnd.utf8)
        var byte: CChar = 0
        while el_getc(editLine, &byte) == 1 {
            pasted.append(UInt8(bitPattern: byte))
            if pasted.count >= end.count, Array(pasted.suffix(end.count)) == end {
                pasted.removeLast(end.count)
                break
            }
        }
        let text = PasteText.normalized(String(decoding: pasted, as: UTF8.self))
        guard !text.isEmpty else { return UInt8(CC_REFRESH) }
        return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
    }

    /// Turns bracketed paste on while a line is read, and off while a command runs, so a
    /// program that parley starts (a pager) never sees the markers.
    func setBracketedPaste(_ on: Bool) {
        guard Self.bracketedPasteWanted else { return }
        let out = parley_stdout()
        fputs(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l", out)
        fflush(out)
    }

    /// Not on terminals that cannot show escape codes.
    static var bracketedPasteWanted: Bool {
        guard let term = getenv("TERM").map({ String(cString: $0) }) else { return false }
        return !term.isEmpty && term != "dumb"
    }
}

/// Pasted text as it goes on the line: CR LF and CR become LF, a final newline is dropped
/// (the user presses Enter), other control characters except tab and newline are removed.
public enum PasteText {
    public static func normalized(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        result.unicodeScalars.removeAll { $0.value < 0x20 && $0 != "\t" && $0 != "\n" || $0.value == 0x7F }
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}

/// EL_ADDFN callback for the start of a bracketed paste.
func pasteCallback(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editLine, let editor = LineEditor.owner(of: editLine) else {
        return UInt8(CC_ERROR)
    }
    return editor.insertPaste(editLine)
}
