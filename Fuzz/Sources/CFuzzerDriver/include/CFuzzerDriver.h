// libFuzzer's driver entry point, from compiler-rt (linked by -sanitize=fuzzer).
// SwiftPM gives every executable its own entry symbol (`<module>_main`, aliased to `main` at link
// time), so libFuzzer's own main is never used; each fuzzer's entry calls this instead.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

// LeakSanitizer's interface (compiler-rt, linked by -sanitize=address). Allocations made between
// __lsan_disable() and __lsan_enable() on this thread are never reported as leaks; the fuzzers use
// this only while building the fixtures they keep for the whole process (see FuzzSupport.fixture).
void __lsan_disable(void);
void __lsan_enable(void);
