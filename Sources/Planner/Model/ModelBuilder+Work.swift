/// Workload rows: assignment (2), work (3), link (4), deadlines (5), cluster size (6).
extension ModelBuilder {
    /// Row 2: each workload runs on exactly one (site, server).
    mutating func addAssignmentRows() {
        for (w, workload) in catalog.workloads.enumerated() {
            let terms = index.assignments(workload: w).map { (index.assigned[$0]!, 1.0) }
            program.addRow(name("assign", workload.id), lower: 1, upper: 1, terms: terms)
        }
    }

    /// Rows 3 and 4, scaled: work is a share of F_w (u = need · share), so row 3
    /// reads Σ share ≥ 1 instead of carrying 1e20 coefficients.
    mutating func addWorkRows() {
        for (w, workload) in catalog.workloads.enumerated() {
            let mine = index.assignments(workload: w)
            limits.work[w] = program.addRow(
                name("work", workload.id), lower: 1, terms: mine.map { (index.workShare[$0]!, 1.0) })
            for a in mine {
                let site = catalog.sites[a.site].id
                let server = catalog.servers[a.server].id
                program.addRow(
                    name("link", workload.id, site, server), upper: 0,
                    terms: [(index.workShare[a]!, 1), (index.assigned[a]!, -1)])
            }
        }
    }

    /// Row 5: for each deadline d, the node-days of runs due by d fit in
    /// availability · d · nodes. Only deadlines of runs eligible at (s, g) give
    /// rows; any other d repeats a smaller d's left side with more room.
    mutating func addDeadlineRows() {
        for s in index.openable {
            for (g, server) in catalog.servers.enumerated() {
                let here = index.assignments(site: s, server: g)
                guard !here.isEmpty else { continue }
                let deadlines = Set(here.map { catalog.workloads[$0.workload].deadlineDays }).sorted()
                for d in deadlines {
                    var terms: [(Column, Double)] =
                        here
                        .filter { catalog.workloads[$0.workload].deadlineDays <= d }
                        .map { (index.workShare[$0]!, constants.need(workload: $0.workload, server: g)) }
                    for p in index.placements(site: s, server: g) {
                        terms += averageRunningNodes(p).map { ($0.0, -server.availability * d * $0.1) }
                    }
                    program.addRow(
                        name("deadline", catalog.sites[s].id, server.id, "d\(NumberText.plain(d))"),
                        upper: 0, terms: terms)
                }
            }
        }
    }

    /// Row 6, in an integer-tight form: nodes ≥ n_min · z, where n_min is the larger of
    /// ⌈min_accelerators / accelerators_per_node⌉ (row 6 itself) and
    /// ⌈need / (availability · deadline)⌉, the nodes the run alone needs by its
    /// deadline (implied by row 5 for integer nodes). Both are valid for every
    /// integer solution; stating them lifts the LP bound, which GLPK needs.
    mutating func addClusterSizeRows() {
        for a in index.assignments {
            let server = catalog.servers[a.server]
            let workload = catalog.workloads[a.workload]
            // The same figures CatalogBuilder.checkWorkScale keeps within GLPK's range.
            let forModel = workload.nodesToHoldModel(on: server)
            let forDeadline = workload.nodesByDeadline(on: server)
            let minimumNodes = strengthened ? max(forModel, forDeadline, 1) : forModel
            guard minimumNodes > 0 else { continue }
            let terms =
                nodeColumns(site: a.site, server: a.server).map { ($0.column, 1.0) } + [
                    (index.assigned[a]!, -minimumNodes)
                ]
            program.addRow(name("cluster", workload.id, catalog.sites[a.site].id, server.id), lower: 0, terms: terms)
        }
    }
}
