#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: bind text with a copy.
static inline void (*confplan_sqlite_transient(void))(void *) { return (void (*)(void *))-1; }
