#ifndef CLAIMGRAPH_CGRAPHVIZ_SHIM_H
#define CLAIMGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

#endif
