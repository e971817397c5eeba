import CLibEdit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LineEditor {
    /// Runs the completer on the text before the cursor and edits the line accordingly.
    /// Returns a libedit `CC_*` code.
    func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer else {
            return UInt8(CC_ERROR)
        }
        let length = info.cursor.map { $0 - buffer } ?? 0
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: max(length, 0)),
                            as: UTF8.self)

        switch Completion.plan(lineBeforeCursor: before, candidates: completer(before)) {
        case .none:
            return UInt8(CC_ERROR)  // libedit beeps on CC_ERROR
        case let .replaceWord(deleteCount, insert):
            if deleteCount > 0 { el_deletestr(editLine, Int32(deleteCount)) }
            if !insert.isEmpty, el_insertstr(editLine, insert) != 0 { return UInt8(CC_ERROR) }
            return UInt8(CC_REFRESH)
        case let .list(candidates):
            showCandidates(candidates, editLine)
            // Redraw prompt and line below the list, as bash does.
            return UInt8(CC_REDISPLAY)
        }
    }

    private func showCandidates(_ candidates: [String], _ editLine: OpaquePointer) {
        let width = Int(parley_el_columns(editLine))
        let rows = CandidateColumns.layout(candidates.map(CandidateColumns.displayName),
                                           width: width > 0 ? width : 80)
        let out = parley_stdout()
        fputs("\n" + rows.joined(separator: "\n") + "\n", out)
        fflush(out)
    }
}

/// EL_ADDFN callback for TAB.
func completeCallback(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editLine, let editor = LineEditor.owner(of: editLine) else {
        return UInt8(CC_ERROR)
    }
    return editor.complete(editLine)
}
