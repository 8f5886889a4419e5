/// Requirements that cannot be met whatever the solver does, found before building the model.
enum StructuralCheck {
    static func problems(_ catalog: Catalog) -> [String] {
        var problems: [String] = []
        let openable = catalog.sites.filter { $0.riskScore <= catalog.policy.maxRiskScore }
        for workload in catalog.workloads {
            let sites = openable.filter { workload.allowedRegions.isEmpty || workload.allowedRegions.contains($0.region) }
            let servers = catalog.servers.filter {
                (workload.allowedServers.isEmpty || workload.allowedServers.contains($0.id)) && !catalog.coolingOptions(for: $0).isEmpty
            }
            if sites.isEmpty {
                let why = workload.allowedRegions.isEmpty ? "no site is within max_risk_score"
                    : "no site within max_risk_score is in its allowed regions (\(workload.allowedRegions.joined(separator: ", ")))"
                problems.append("workload \(workload.id) has no eligible site: \(why)")
            } else if servers.isEmpty {
                problems.append("workload \(workload.id) has no eligible server: none of its allowed servers has a cooling system of its kind")
            } else if catalog.storage.isEmpty && servers.allSatisfy({ $0.storageGbps > 0 }) {
                problems.append("workload \(workload.id) can only use servers that need storage bandwidth (storage_gbps) but storage.csv offers no storage unit")
            } else if workload.storageTB > 0 && catalog.storage.isEmpty {
                problems.append("workload \(workload.id) needs \(NumberText.plain(workload.storageTB)) TB of storage but storage.csv offers no storage unit")
            }
        }
        return problems
    }
}
