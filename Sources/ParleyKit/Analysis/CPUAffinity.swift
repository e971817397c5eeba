#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// How many CPUs this process may run on: what `taskset` or a container allows, not how many
/// the machine has.
///
///     CPUAffinity.usableCount   // 1 under `taskset -c 0`, 2 on this project's machine
///
/// On Linux it counts the CPUs in the process's affinity mask (`sched_getaffinity`); elsewhere,
/// and if that call fails, it falls back to the active processor count.
public enum CPUAffinity {
    public static let usableCount: Int = {
        #if os(Linux)
        if let count = affinityCount(), count > 0 { return count }
        #endif
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    #if os(Linux)
    private typealias GetAffinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32

    /// The bits set in the affinity mask. Glibc declares the call only for GNU sources, which
    /// Swift's import does not enable, so it is looked up by name.
    private static func affinityCount() -> Int? {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "sched_getaffinity") else { return nil }
        let getAffinity = unsafeBitCast(symbol, to: GetAffinity.self)
        // 1024 CPUs' worth of mask, as glibc's cpu_set_t.
        var mask = [UInt64](filling: 0, count: 16)
        let result = mask.withUnsafeMutableBytes { getAffinity(0, $0.count, $0.baseAddress!) }
        guard result == 0 else { return nil }
        return mask.reduce(0) { $0 + $1.nonzeroBitCount }
    }
    #endif
}
