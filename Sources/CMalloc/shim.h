#ifndef PARLEY_CMALLOC_SHIM_H
#define PARLEY_CMALLOC_SHIM_H
// glibc's allocator settings (mallopt), which Swift's Glibc module leaves out. Nothing on
// other systems: their allocators have no such knobs.
#if defined(__linux__)
#include <malloc.h>
#endif
#endif
