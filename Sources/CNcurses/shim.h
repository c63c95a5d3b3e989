#ifndef GUILD_CNCURSES_SHIM_H
#define GUILD_CNCURSES_SHIM_H

// Without NCURSES_WIDECHAR there is no cchar_t, wget_wch or mvwadd_wch.
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

// glibc hides wcwidth from Swift's Glibc module (it needs _XOPEN_SOURCE).
extern int wcwidth(wchar_t c);

// Attribute and key macros Swift cannot import.
static const attr_t GUILD_A_NORMAL = A_NORMAL;
static const attr_t GUILD_A_BOLD = A_BOLD;
static const attr_t GUILD_A_DIM = A_DIM;
static const attr_t GUILD_A_ITALIC = A_ITALIC;
static const attr_t GUILD_A_UNDERLINE = A_UNDERLINE;
static const attr_t GUILD_A_REVERSE = A_REVERSE;

static inline int guild_key_f(int n) { return KEY_F(n); }
static inline int guild_key_f0(void) { return KEY_F0; }

static const mmask_t GUILD_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t GUILD_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t GUILD_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t GUILD_BUTTON2_PRESSED = BUTTON2_PRESSED;
static const mmask_t GUILD_BUTTON2_RELEASED = BUTTON2_RELEASED;
static const mmask_t GUILD_BUTTON3_PRESSED = BUTTON3_PRESSED;
static const mmask_t GUILD_BUTTON3_RELEASED = BUTTON3_RELEASED;
static const mmask_t GUILD_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t GUILD_BUTTON5_PRESSED = BUTTON5_PRESSED;

// C globals are "not concurrency-safe" to read from Swift 6; read them here instead.
static inline int guild_colors(void) { return COLORS; }
static inline int guild_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *guild_stdin(void) { return stdin; }
static inline FILE *guild_stdout(void) { return stdout; }
static inline WINDOW *guild_stdscr(void) { return stdscr; }

// True when the current LC_CTYPE codeset is UTF-8 (Swift never calls setlocale itself).
static inline int guild_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

// A process started by a parent with a blocked signal mask (Foundation.Process does this)
// would never see SIGWINCH, so the terminal starts from an empty mask.
static inline int guild_unblock_all_signals(void) {
    sigset_t none;
    sigemptyset(&none);
    return pthread_sigmask(SIG_SETMASK, &none, NULL);
}

// Signal handling lives in C so the handlers only touch async-signal-safe state:
// quit signals record their number for the run loop; crash signals restore the
// terminal, put back the previous handler and re-raise so the usual crash report follows.

#define GUILD_TERMINAL_RESET "\033[?2004l\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?25h"

static volatile sig_atomic_t *guild_quit_signal_slot(void) {
    static volatile sig_atomic_t slot = 0;
    return &slot;
}

static volatile sig_atomic_t *guild_curses_active_slot(void) {
    static volatile sig_atomic_t active = 0;
    return &active;
}

static struct sigaction *guild_saved_actions(void) {
    static struct sigaction saved[65];
    return saved;
}

static void guild_on_quit_signal(int sig) {
    *guild_quit_signal_slot() = sig;
}

static void guild_on_crash_signal(int sig) {
    if (*guild_curses_active_slot()) {
        *guild_curses_active_slot() = 0;
        endwin();
        ssize_t ignored = write(STDOUT_FILENO, GUILD_TERMINAL_RESET, sizeof(GUILD_TERMINAL_RESET) - 1);
        (void)ignored;
    }
    sigaction(sig, &guild_saved_actions()[sig], NULL);
    raise(sig);
    // Still alive: the previous handler returned (Swift's backtracer does for a signal sent
    // with kill). Make the signal fatal so the process never runs on with curses ended.
    struct sigaction fatal;
    memset(&fatal, 0, sizeof fatal);
    fatal.sa_handler = SIG_DFL;
    sigemptyset(&fatal.sa_mask);
    sigaction(sig, &fatal, NULL);
    raise(sig);
}

static inline void guild_set_curses_active(int active) { *guild_curses_active_slot() = active; }
static inline int guild_curses_is_active(void) { return *guild_curses_active_slot(); }

// The quit signal received (SIGINT, SIGTERM, SIGHUP), or 0.
static inline int guild_quit_signal(void) { return *guild_quit_signal_slot(); }

// Installs the quit handler without SA_RESTART so a blocking read returns early.
static inline int guild_install_quit_handler(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = guild_on_quit_signal;
    sigemptyset(&action.sa_mask);
    return sigaction(sig, &action, &guild_saved_actions()[sig]);
}

static inline int guild_install_crash_handler(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = guild_on_crash_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER | SA_ONSTACK;
    return sigaction(sig, &action, &guild_saved_actions()[sig]);
}

// Puts back the handler that was there before guild_install_*_handler.
static inline int guild_restore_handler(int sig) {
    return sigaction(sig, &guild_saved_actions()[sig], NULL);
}

// Job control. In raw mode Ctrl-Z reaches Guild as a character, not as SIGTSTP; a SIGTSTP sent from outside
// (kill -TSTP) is recorded like a quit signal, and SIGCONT (after `fg`, or a SIGSTOP from outside) too, so the run loop
// gives the terminal back before stopping and repaints everything once it runs again.
static volatile sig_atomic_t *guild_stop_request_slot(void) {
    static volatile sig_atomic_t slot = 0;
    return &slot;
}

static volatile sig_atomic_t *guild_continued_slot(void) {
    static volatile sig_atomic_t slot = 0;
    return &slot;
}

static void guild_on_job_signal(int sig) {
    if (sig == SIGTSTP) *guild_stop_request_slot() = 1;
    if (sig == SIGCONT) *guild_continued_slot() = 1;
}

// Installs the SIGTSTP and SIGCONT recorders (without SA_RESTART, so a blocking read returns early).
static inline int guild_install_job_handler(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = guild_on_job_signal;
    sigemptyset(&action.sa_mask);
    return sigaction(sig, &action, &guild_saved_actions()[sig]);
}

// Whether a SIGTSTP arrived since the last call (and forgets it).
static inline int guild_take_stop_request(void) {
    int requested = *guild_stop_request_slot();
    *guild_stop_request_slot() = 0;
    return requested;
}

// Whether the process was continued since the last call (and forgets it).
static inline int guild_take_continued(void) {
    int continued = *guild_continued_slot();
    *guild_continued_slot() = 0;
    return continued;
}

// Stops the job as Ctrl-Z in a shell does: SIGTSTP to the whole process group with its default action, so the shell
// sees the job stopped and prints its prompt. Returns once the job is continued (`fg`), with the recorder back in place.
static inline void guild_stop_job(void) {
    struct sigaction stop, recorder;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &recorder);
    sigset_t tstp;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &tstp, NULL);
    kill(0, SIGTSTP);
    sigaction(SIGTSTP, &recorder, NULL);
    *guild_stop_request_slot() = 0;
}

static struct sigaction *guild_outside_recorder(void) {
    static struct sigaction saved;
    return &saved;
}

// While another program has the terminal (the user's editor, in Guild's process group): a Ctrl-Z stops Guild with it,
// so the shell sees the whole job stopped and `fg` continues all of it, instead of a recorder noting a stop for a run
// loop that is not running. `guild_end_outside` puts the recorder back.
static inline void guild_begin_outside(void) {
    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, guild_outside_recorder());
}

static inline void guild_end_outside(void) {
    sigaction(SIGTSTP, guild_outside_recorder(), NULL);
    *guild_stop_request_slot() = 0;
}

// Writes raw bytes to the terminal, after anything curses still has buffered.
static inline void guild_write_stdout(const char *bytes) {
    fflush(stdout);
    size_t length = strlen(bytes);
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, bytes, length);
        if (written <= 0) break;
        bytes += written;
        length -= (size_t)written;
    }
}

// Turns off bracketed paste and mouse reporting and shows the cursor, whatever curses thinks.
static inline void guild_reset_terminal_modes(void) {
    guild_write_stdout(GUILD_TERMINAL_RESET);
}

#endif
