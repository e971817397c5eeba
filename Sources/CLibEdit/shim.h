// Fixed-argument wrappers for libedit's variadic calls, which Swift cannot call directly,
// and accessors for the C stdio globals that Swift 6 strict concurrency refuses.
#ifndef PARLEY_CLIBEDIT_SHIM_H
#define PARLEY_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <stddef.h>

static inline FILE *parley_stdin(void) { return stdin; }
static inline FILE *parley_stdout(void) { return stdout; }
static inline FILE *parley_stderr(void) { return stderr; }

// A prompt that is never freed, for a prompt callback that lost its editor.
static inline char *parley_empty_prompt(void) { return (char *)""; }

// Callback shapes, named so Swift sees plain @convention(c) function types.
typedef char *(*parley_prompt_fn)(EditLine *);
typedef unsigned char (*parley_edit_fn)(EditLine *, int);

// MARK: el_set / el_get

static inline int parley_el_set_prompt(EditLine *el, parley_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}

static inline int parley_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

// Attaches the history; passes libedit's own `history` function, which is variadic.
static inline int parley_el_set_hist(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int parley_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int parley_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *parley_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int parley_el_addfn(EditLine *el, const char *name, const char *help,
                                  parley_edit_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

// Binds one key sequence (e.g. "^I") to a named editor function.
static inline int parley_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}

// Terminal width as libedit tracks it (EL_SIGNAL keeps it current on SIGWINCH).
static inline int parley_el_columns(EditLine *el) {
    int cols = 0;
    if (el_get(el, EL_GETTC, "co", &cols, (void *)NULL) != 0) return 0;
    return cols;
}

// MARK: history

static inline int parley_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int parley_history_setunique(History *h, int on) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, on);
}

static inline int parley_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int parley_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int parley_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

// Moves through the history (H_LAST, H_PREV, ...) and returns the entry, or NULL at the end.
static inline const char *parley_history_step(History *h, int op) {
    HistEvent ev;
    if (history(h, &ev, op) != 0) return NULL;
    return ev.str;
}

#endif
