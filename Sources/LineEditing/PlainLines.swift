#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines read straight from a file descriptor, for input that is not a terminal (a pipe, a
/// file) and for questions when no line editor runs.
///
///     let input = PlainLines()          // stdin
///     while case .line(let text) = input.next() { … }
///
/// It reads with `read(2)` rather than the C library's `stdin`: there a Ctrl-C leaves the
/// stream's error flag set and the standard library's `readLine` retries the failed read at
/// full CPU for ever, and an end of file stays set so every later question answers itself.
/// Here Ctrl-C gives `.interrupted` once, and the caller decides what follows.
public final class PlainLines {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// How much of `buffer` is known to hold no newline, so a 1 MB line is scanned once, not
    /// once per chunk read.
    private var scanned = 0
    private var ended = false

    public init(descriptor: Int32 = 0) {
        self.descriptor = descriptor
    }

    /// The next line without its newline (a final line without one counts), `.endOfInput`
    /// at the end, or `.interrupted` when Ctrl-C broke the wait.
    public func next() -> LineInput {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                scanned = 0
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return .line(String(decoding: line, as: UTF8.self))
            }
            if ended {
                guard !buffer.isEmpty else { return .endOfInput }
                defer { buffer.removeAll(); scanned = 0 }
                return .line(String(decoding: buffer, as: UTF8.self))
            }
            scanned = buffer.count
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
            } else if count == 0 {
                ended = true
            } else if errno == EINTR {
                if Interrupt.takePending() { return .interrupted }
            } else {
                ended = true
            }
        }
    }

    /// Lets reading go on after an end of input, e.g. a Ctrl-D answer on a terminal.
    public func forgetEnd() { ended = false }
}
