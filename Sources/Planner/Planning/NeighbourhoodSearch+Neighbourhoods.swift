/// Which neighbourhoods `NeighbourhoodSearch` tries around a plan, and in which order.
extension NeighbourhoodSearch {
    /// The neighbourhoods to free around `values`, in the order they are tried:
    /// four kinds taken in turn, one of each at a time, so that every kind
    /// comes up all along a search that the clock ends before a full cycle
    /// (20 sites × 100 runs: about 170 of 200 solved; docs/performance.md,
    /// "Every open site, one server type"):
    /// - an open and a closed site (the runs of one may move to the other: the
    ///   change first plans miss most, measured on the large benchmark);
    /// - two open sites (the runs of both may gather at one);
    /// - groups of the runs of two open sites (`runGroups`);
    /// - every open site, with the runs of one server type free to change site
    ///   (`serverTypes`).
    ///
    /// Pairs of closed sites are left out: no run is homed there. Triples were
    /// measured too (two open sites and a third): on the large benchmark they
    /// took 50 s and found nothing the pairs had not.
    func neighbourhoods(of values: [Double]) -> [Neighbourhood] {
        let isOpen = { (s: Int) in values[model.index.siteOpen[s]!.index] > 0.5 }
        let all = Self.pairs(model.index.openable)
        let openPairs = all.filter { isOpen($0[0]) && isOpen($0[1]) }
        let homes = homes(in: values)
        let groups = openPairs.flatMap { pair in
            Self.runGroups(homes.indices.filter { homes[$0].map { pair.contains($0.site) } ?? false }, homes: homes)
                .map { Neighbourhood(sites: pair, runs: $0) }
        }
        return Self.interleaved([
            all.filter { isOpen($0[0]) != isOpen($0[1]) }.map { Neighbourhood(sites: $0) },
            openPairs.map { Neighbourhood(sites: $0) },
            groups,
            Self.serverTypes(openSites: model.index.openable.filter(isOpen), homes: homes),
        ])
    }

    /// One neighbourhood per server type that runs are homed on (in order of
    /// first appearance): every open site, the runs on that type free to
    /// move between its clusters. Pairs of sites cannot make the moves that
    /// pay only together: measured on hard-xlarge seed 1, HiGHS with the
    /// plan's open sites fixed found a plan 2.7 % cheaper (306.10 M against
    /// 314.48 M USD/yr), moving 76 of the 100 runs, 49 of them to another
    /// site on the same server type, so that fewer clusters share the work.
    /// None with one open site: its runs would have nowhere to go.
    static func serverTypes(openSites: [Int], homes: [ModelIndex.Assignment?]) -> [Neighbourhood] {
        guard openSites.count > 1 else { return [] }
        return homes.compactMap { $0?.server }.uniqued().map { server in
            Neighbourhood(
                sites: openSites, runs: homes.indices.filter { homes[$0]?.server == server }, runsKeepServerType: true)
        }
    }

    /// The lists taken in turn, one element of each at a time, until all are used.
    static func interleaved<Element>(_ lists: [[Element]]) -> [Element] {
        let longest = lists.map(\.count).max() ?? 0
        return (0..<longest).flatMap { k in lists.compactMap { k < $0.count ? $0[k] : nil } }
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
