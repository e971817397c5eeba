// Fixed-argument wrappers for libedit's variadic calls, which Swift cannot call directly,
// and accessors for the C stdio globals that Swift 6 strict concurrency refuses.
#ifndef PARLEY_CLIBEDIT_SHIM_H
#define PARLEY_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stdio.h>

static inline FILE *parley_stdin(void) { return stdin; }
static inline FILE *parley_stdout(void) { return stdout; }
static inline FILE *parley_stderr(void) { return stderr; }

#endif
