/// Which neighbourhoods `NeighbourhoodSearch` tries around a plan, and in which order.
extension NeighbourhoodSearch {
    /// The neighbourhoods to free around `values`, in the order they are tried:
    /// an open and a closed site first (the runs of one may move to the other:
    /// the change first plans miss most, measured on the large benchmark), then
    /// two open sites (the runs of both may gather at one), then groups of the
    /// runs of two open sites (`runGroups`). Pairs of closed sites are left
    /// out: no run is homed there. Triples were measured too (two open sites
    /// and a third): on the large benchmark they took 50 s and found nothing
    /// the pairs had not.
    func neighbourhoods(of values: [Double]) -> [Neighbourhood] {
        let isOpen = { (s: Int) in values[model.index.siteOpen[s]!.index] > 0.5 }
        let all = Self.pairs(model.index.openable)
        let openPairs = all.filter { isOpen($0[0]) && isOpen($0[1]) }
        let homes = homes(in: values)
        let groups = openPairs.flatMap { pair in
            Self.runGroups(homes.indices.filter { homes[$0].map { pair.contains($0.site) } ?? false }, homes: homes)
                .map { Neighbourhood(sites: pair, runs: $0) }
        }
        return (all.filter { isOpen($0[0]) != isOpen($0[1]) } + openPairs).map { Neighbourhood(sites: $0) } + groups
    }

    /// Every pair of `sites`, nearest in file order first, so that consecutive
    /// rounds touch different sites.
    static func pairs(_ sites: [Int]) -> [[Int]] {
        guard sites.count > 1 else { return [] }
        return (1..<sites.count).flatMap { distance in
            (0..<(sites.count - distance)).map { [sites[$0], sites[$0 + distance]] }
        }
    }

    /// Groups of `runs` (by index, ascending) that may move while the others
    /// keep their homes: the runs of each cluster (a site's servers of one
    /// type, in order of first appearance), of each two clusters, then
    /// `runBlocks`. Where the pair of two open sites frees every run, its
    /// branch and bound cannot finish within its nodes: measured on the large
    /// benchmark, whose plan opens the optimum's two sites but splits the runs
    /// over four clusters where the optimum needs three (146.72 M USD/yr against
    /// 142.56 M); with the groups it ends at 143.64 M.
    static func runGroups(_ runs: [Int], homes: [ModelIndex.Assignment?]) -> [[Int]] {
        var clusters: [[Int]] = []
        var clusterOf: [ModelIndex.Assignment: Int] = [:]
        for w in runs {
            guard var home = homes[w] else { continue }
            home.workload = 0
            if let k = clusterOf[home] {
                clusters[k].append(w)
            } else {
                clusterOf[home] = clusters.count
                clusters.append([w])
            }
        }
        guard clusters.count > 1 else { return runBlocks(runs) }
        let twoClusters = pairs(Array(clusters.indices)).map { (clusters[$0[0]] + clusters[$0[1]]).sorted() }
        return clusters + twoClusters.filter { $0.count < runs.count } + runBlocks(runs)
    }

    /// Runs in a block of `runBlocks`.
    static let runsPerBlock = 8

    /// Blocks of `runsPerBlock` runs: consecutive ones, then every k-th run
    /// (k the number of blocks), so that a run meets different partners.
    /// Empty when one block would hold them all (the pair itself frees them).
    static func runBlocks(_ runs: [Int]) -> [[Int]] {
        guard runs.count > runsPerBlock else { return [] }
        let count = (runs.count + runsPerBlock - 1) / runsPerBlock
        let consecutive = (0..<count).map { runs[($0 * runsPerBlock)..<min(runs.count, ($0 + 1) * runsPerBlock)] }
        let strided = (0..<count).map { first in stride(from: first, to: runs.count, by: count).map { runs[$0] } }
        return consecutive.map(Array.init) + strided
    }

    /// Each run's home in `values` (nil: none).
    func homes(in values: [Double]) -> [ModelIndex.Assignment?] {
        model.catalog.workloads.indices.map { w in
            model.index.assignments(workload: w).first { values[model.index.assigned[$0]!.index] > 0.5 }
        }
    }
}
