#ifndef CLAIMGRAPH_CGRAPHVIZ_SHIM_H
#define CLAIMGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Small wrappers for what Swift cannot call directly: cgraph's error-level enum is a C enum
// whose values Swift imports awkwardly, and its reader takes the text as a plain C string.

/// Sends every Graphviz message (warnings included) to the installed handler instead of stderr.
static inline agerrlevel_t claimgraph_report_all_messages(void) { return agseterr(AGWARN); }

/// Restores the error level saved by `claimgraph_report_all_messages`.
static inline void claimgraph_restore_error_level(agerrlevel_t level) { (void)agseterr(level); }

/// Whether an error (not just a warning) was reported since the last reset.
static inline int claimgraph_had_error(void) { return agerrors() >= AGERR; }

/// Parses DOT text held in memory into a graph, or NULL with the reason sent to the handler.
static inline Agraph_t *claimgraph_read_dot(const char *text) { return agmemread(text); }

#endif
