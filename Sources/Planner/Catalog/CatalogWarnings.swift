/// Problems that do not stop a run but usually mean a catalog mistake.
enum CatalogWarnings {
    static func check(_ catalog: Catalog, display: (String) -> String, sink: DiagnosticSink) {
        let sitesFile = display("sites.csv")
        for site in catalog.sites {
            let position = SourcePosition(line: site.line, column: 1)
            if site.riskScore > catalog.policy.maxRiskScore {
                sink.warning(
                    site.scenarioFile ?? sitesFile, position,
                    "site \(site.id) cannot open: its risk_score \(NumberText.plain(site.riskScore)) is above max_risk_score \(NumberText.plain(catalog.policy.maxRiskScore))"
                )
            } else if !catalog.workloads.contains(where: {
                $0.allowedRegions.isEmpty || $0.allowedRegions.contains(site.region)
            }) {
                sink.warning(
                    site.scenarioFile ?? sitesFile, position,
                    "no workload may run at site \(site.id): none allows region \(site.region)")
            }
            // A scenario's change to sites.csv has its own warning (it does not reach the hours).
            if catalog.scenario == nil {
                for message in ProfileAverages.disagreements(site) {
                    sink.warning(site.scenarioFile ?? sitesFile, position, message)
                }
            }
        }
        let serversFile = display("servers.csv")
        for server in catalog.servers {
            let position = SourcePosition(line: server.line, column: 1)
            if !catalog.workloads.contains(where: { $0.allowedServers.isEmpty || $0.allowedServers.contains(server.id) }
            ) {
                sink.warning(
                    server.scenarioFile ?? serversFile, position,
                    "no workload may use server \(server.id): every workload lists allowed_servers without it")
            }
        }
        let coolingFile = display("cooling.csv")
        for cooling in catalog.cooling
        where !catalog.servers.contains(where: { $0.coolingKinds.contains(cooling.kind) }) {
            sink.warning(
                cooling.scenarioFile ?? coolingFile, SourcePosition(line: cooling.line, column: 1),
                "no server may use cooling \(cooling.id): no server lists kind \(cooling.kind)")
        }
    }
}
