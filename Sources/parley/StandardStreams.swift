#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to stdout and stderr through the file descriptors, so output from the two
/// never interleaves out of order and a 10,000-line replay is not 10,000 system calls.
final class StandardStreams {
    private var pending: [UInt8] = []

    func write(_ text: String) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= 1 << 16 { flush() }
    }

    func writeError(_ text: String) {
        flush()
        Self.writeAll(Array(text.utf8), to: 2)
    }

    func flush() {
        guard !pending.isEmpty else { return }
        Self.writeAll(pending, to: 1)
        pending.removeAll(keepingCapacity: true)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc_write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // A closed pipe (e.g. `parley … | head`): drop output, carry on.
                }
                offset += written
            }
        }
    }

    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) != 0 }

    /// Columns of the terminal on stdout, else `$COLUMNS`, else 80.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = Environment.value("COLUMNS").flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    /// Rows of the terminal on stdout, else `$LINES`, else 24.
    static func terminalHeight() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        if let lines = Environment.value("LINES").flatMap(Int.init), lines > 0 { return lines }
        return 24
    }
}

@inline(__always)
private func Glibc_write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, buffer, count)
    #else
    return Darwin.write(fd, buffer, count)
    #endif
}

enum Environment {
    static func value(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        return String(cString: raw)
    }
}

/// The character set libedit decodes typed input with.
enum TextLocale {
    /// Makes the C library's character type UTF-8 even under a C or POSIX locale (M9: with
    /// `LC_ALL=C`, libedit dropped every non-ASCII character, so `note çağrı` was journaled as
    /// `note ar`). parley's own text is always UTF-8; only the character type is changed.
    static func ensureUTF8() {
        setlocale(LC_CTYPE, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
        if let all = getenv("LC_ALL") {
            // LC_ALL overrides LC_CTYPE; keep its other categories by moving it to LANG.
            setenv("LANG", String(cString: all), 1)
            unsetenv("LC_ALL")
        }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            setenv("LC_CTYPE", name, 1)
            if setlocale(LC_CTYPE, "") != nil, let codeset = nl_langinfo(nl_item(CODESET)),
               String(cString: codeset) == "UTF-8" { return }
        }
    }
}
