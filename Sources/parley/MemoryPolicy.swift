#if os(Linux)
import CMalloc
#endif

/// Keeps freed memory in the process rather than handing it back to the kernel at once.
///
///     MemoryPolicy.install()   // first thing, before any thread starts
///
/// glibc returns a large freed block with `munmap`, and the top of a heap with `madvise` or
/// `brk`, and grows a thread's heap a page at a time with `mprotect`. Once two threads run on
/// two CPUs, every such call, and every first write to a page both may map, makes the kernel
/// interrupt the other CPU to flush its address cache (an IPI, which a virtual machine pays
/// for twice). Fixed thresholds stop the dynamic ones from sliding and keep blocks up to
/// 256 MB in the heap. A `simulate 10000` on two CPUs made 11–12 `munmap` calls and 2,901 page
/// faults, and now makes 5–6 and 2,529 (`strace -f -c`, `perf stat -e page-faults`). A worker's
/// heap still grows page by page (the search's 222–629 `mprotect` calls are unchanged), and the
/// peak grows by what is kept: 0.4 MB for `simulate 100000`, 1.4 MB for the search.
enum MemoryPolicy {
    static func install() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 256 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
        #endif
    }
}
