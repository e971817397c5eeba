import ParleyKit
#if os(Linux)
import CMalloc
#endif

/// Keeps freed memory in the process rather than handing it back to the kernel at once, and
/// grows the heaps in large steps.
///
///     MemoryPolicy.install()   // first thing, before any thread starts
///
/// glibc returns a large freed block with `munmap`, and the top of a heap with `madvise` or
/// `brk`; it grows the main heap with `brk` and a thread's heap a page at a time with
/// `mprotect`. Once two threads run on two CPUs, every such call changes the address space
/// both use, and may make the kernel interrupt the other CPU to flush its address cache (an
/// IPI, which a virtual machine pays for twice, and waits on when the host is not running the
/// other CPU). Fixed thresholds stop the dynamic ones from sliding and keep blocks up to 256 MB
/// in the heap: a `simulate 10000` on two CPUs made 11–12 `munmap` calls and 2,901 page faults,
/// and now makes 5–6 and 2,529 (`strace -f -c`, `perf stat -e page-faults`). Growing each heap
/// 8 MB at a time (`M_TOP_PAD`, ``ThreadHeap``) took the search's `mprotect` calls from 685 to
/// 20 and its `brk` calls from 34 to 8; the pages stay untouched until used, so the peak is as
/// before (28.9 MB for `simulate 100000`).
enum MemoryPolicy {
    static let step = 8 << 20

    static func install() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 256 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
        _ = mallopt(M_TOP_PAD, Int32(step))
        ThreadHeap.reserve.store(step, ordering: .relaxed)
        #endif
    }
}
