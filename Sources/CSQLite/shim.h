#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: bind text with a copy.
static inline void (*confplan_sqlite_transient(void))(void *) { return (void (*)(void *))-1; }

// sqlite3_config is variadic, which Swift cannot call. Memory statistics make every SQLite
// allocation take a global mutex; confplan never reads them.
static inline int confplan_sqlite_no_memstatus(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
