#include <glpk.h>
// mallopt: GLPKHeap tunes glibc's heap for GLPK's allocation pattern.
#include <malloc.h>
