/// What changed in the build between two plans, in plain words:
/// "moves llama-70b from us-tx to se-lulea; adds 40 MW of tx-solar-ppa".
public enum BuildChanges {
    /// At most this many workload moves are named; the rest are counted.
    static let namedMoves = 4

    /// The clauses, in a fixed order: sites, runs added or removed, moves, renewables,
    /// batteries, storage, cooling switched, nodes.
    public static func clauses(from base: PlanSummary, to other: PlanSummary) -> [String] {
        guard base.hasPlan, other.hasPlan else {
            return base.hasPlan == other.hasPlan
                ? [] : [other.hasPlan ? "finds a plan" : "has no plan (\(other.status))"]
        }
        var clauses: [String] = []
        let opened = other.openSites.filter { !base.openSites.contains($0) }
        let closed = base.openSites.filter { !other.openSites.contains($0) }
        if !opened.isEmpty { clauses.append("opens " + opened.joined(separator: ", ")) }
        if !closed.isEmpty { clauses.append("closes " + closed.joined(separator: ", ")) }
        let added = other.workloads.map(\.id).filter { id in !base.workloads.contains { $0.id == id } }
        let removed = base.workloads.map(\.id).filter { id in !other.workloads.contains { $0.id == id } }
        if !added.isEmpty { clauses.append("adds run " + added.joined(separator: ", ")) }
        if !removed.isEmpty { clauses.append("removes run " + removed.joined(separator: ", ")) }
        clauses += moves(base, other)
        clauses += sized(base, other, \.renewablesMW, unit: "MW", threshold: 0.05)
        clauses += sized(base, other, \.batteryMWh, unit: "MWh", threshold: 0.05)
        clauses += sized(base, other, \.storage, unit: "units", threshold: 1)
        clauses += coolingSwitches(base, other)
        let nodes = nodeChanges(base, other)
        if !nodes.isEmpty { clauses.append("nodes " + nodes.joined(separator: ", ")) }
        return clauses
    }

    /// One line for a table cell or a summary: the clauses joined, or a note that the build is the same.
    public static func sentence(from base: PlanSummary, to other: PlanSummary) -> String {
        let clauses = clauses(from: base, to: other)
        return clauses.isEmpty ? "same build" : clauses.joined(separator: "; ")
    }

    private static func moves(_ base: PlanSummary, _ other: PlanSummary) -> [String] {
        var moves: [String] = []
        for workload in other.workloads {
            guard let before = base.workloads.first(where: { $0.id == workload.id }),
                before.site != workload.site || before.server != workload.server
            else { continue }
            moves.append("moves \(workload.id) " + move(from: before, to: workload))
        }
        guard moves.count > namedMoves else { return moves }
        return Array(moves.prefix(namedMoves)) + ["moves \(moves.count - namedMoves) more workloads"]
    }

    /// "from A to B", "from h100 to b200 at A", or "from A (h100) to B (b200)": only what changed.
    private static func move(from a: PlanSummary.Workload, to b: PlanSummary.Workload) -> String {
        let (siteA, siteB) = (a.site ?? "nowhere", b.site ?? "nowhere")
        if a.server == b.server { return "from \(siteA) to \(siteB)" }
        let (serverA, serverB) = (a.server ?? "none", b.server ?? "none")
        if a.site == b.site { return "from \(serverA) to \(serverB) at \(siteA)" }
        return "from \(siteA) (\(serverA)) to \(siteB) (\(serverB))"
    }

    /// "adds 40 MW of offer" / "drops …" per named item, summed over sites.
    private static func sized(
        _ base: PlanSummary, _ other: PlanSummary, _ items: KeyPath<PlanSummary.Site, [PlanSummary.Figure]>,
        unit: String, threshold: Double
    ) -> [String] {
        let before = totals(base, items)
        let after = totals(other, items)
        let names = (before.map(\.name) + after.map(\.name)).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }.sorted()
        var clauses: [String] = []
        for name in names {
            let change = (after.first { $0.name == name }?.value ?? 0) - (before.first { $0.name == name }?.value ?? 0)
            guard abs(change) >= threshold else { continue }
            let amount = Markdown.number(abs(change), decimals: abs(change) < 10 && unit != "units" ? 1 : 0)
            clauses.append("\(change > 0 ? "adds" : "drops") \(amount) \(unit) of \(name)")
        }
        return clauses
    }

    private static func totals(_ plan: PlanSummary, _ items: KeyPath<PlanSummary.Site, [PlanSummary.Figure]>)
        -> [PlanSummary.Figure]
    {
        var result: [PlanSummary.Figure] = []
        for site in plan.sites {
            for item in site[keyPath: items] {
                if let i = result.firstIndex(where: { $0.name == item.name }) {
                    result[i].value += item.value
                } else {
                    result.append(item)
                }
            }
        }
        return result
    }

    private static func nodeChanges(_ base: PlanSummary, _ other: PlanSummary) -> [String] {
        let before = base.nodesByServer
        let after = other.nodesByServer
        let servers = Set(before.map(\.name) + after.map(\.name)).sorted()
        return servers.compactMap { server in
            let change =
                (after.first { $0.name == server }?.value ?? 0) - (before.first { $0.name == server }?.value ?? 0)
            guard change != 0 else { return nil }
            return "\(server) \(change > 0 ? "+" : "−")\(Markdown.number(abs(change)))"
        }
    }

    /// "h100 at A from air to liquid cooling": a site's nodes of one server that moved
    /// from one cooling system to another (same server, same site).
    private static func coolingSwitches(_ base: PlanSummary, _ other: PlanSummary) -> [String] {
        var switches: [String] = []
        for site in other.sites {
            guard let before = base.sites.first(where: { $0.id == site.id }) else { continue }
            func coolings(_ figures: [PlanSummary.Figure]) -> [String: Set<String>] {
                var byServer: [String: Set<String>] = [:]
                for figure in figures where figure.value > 0 {
                    let parts = figure.name.split(separator: "/", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { continue }
                    byServer[parts[0], default: []].insert(parts[1])
                }
                return byServer
            }
            let (was, now) = (coolings(before.nodes), coolings(site.nodes))
            for server in now.keys.sorted() {
                guard let old = was[server], let new = now[server], old != new, old.isDisjoint(with: new) else {
                    continue
                }
                switches.append(
                    "\(server) at \(site.id) from \(old.sorted().joined(separator: "+")) to "
                        + "\(new.sorted().joined(separator: "+")) cooling")
            }
        }
        return switches
    }
}
