import CGLPK

/// The C heap tuned for GLPK's allocation pattern, once per process.
///
/// GLPK allocates and frees arrays the size of the problem many times per
/// branch-and-bound node and per cut round. glibc hands freed memory at the
/// top of the heap back to the kernel once more than 128 KB is free there,
/// so each new array arrives as fresh pages the kernel must zero: on the
/// sample with flexible load 732,000 page faults and about a third of the
/// solve time (docs/performance.md, "The C heap"). Keeping up to 256 MB of
/// freed memory, and serving blocks up to 32 MB from the heap instead of
/// separate mappings, brings that to 6,000 faults; peak memory rose by 2 MB.
enum GLPKHeap {
    /// Touch before the first GLPK call; Swift runs the initializer once, thread-safely.
    static let tuned: Void = {
        _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
    }()
}
