import Synchronization

#if canImport(Glibc)
import Glibc
import CMalloc
#endif

/// How much of its heap a started thread takes at once, before its first run.
///
///     ThreadHeap.reserve.store(8 << 20, ordering: .relaxed)   // the executable, at start-up
///
/// glibc gives each thread after the first a heap of its own and grows it a page at a time, one
/// `mprotect` call per step: a search on two CPUs made 685–745 of them, on one CPU 15
/// (`strace -f -c`). Each changes the address space both threads share while the other one runs.
/// Taking `reserve` bytes once and freeing them grows the heap in one step; the heap keeps its
/// size (a freed top is returned to the kernel only above glibc's trim threshold), so later
/// blocks need no call, and the pages stay untouched until used. Only worth it with an
/// `M_MMAP_THRESHOLD` above `reserve`, which only the executable sets: 0, the default, does nothing.
public enum ThreadHeap {
    public static let reserve = Atomic<Int>(0)

    /// Grows the calling thread's heap by `reserve` bytes (on glibc; elsewhere nothing).
    static func grow() {
        #if canImport(Glibc)
        let bytes = reserve.load(ordering: .relaxed)
        guard bytes > 0, let block = malloc(bytes) else { return }
        // Asked of the block, so the compiler cannot drop the pair as unused.
        _ = malloc_usable_size(block)
        free(block)
        #endif
    }
}
