/// The rules that turn a site's figures into findings (audit-import.md).
enum AuditFindings {
    /// The findings of one site: PUE above the plan's beyond the tolerance, the carbon-free share
    /// too far below the plan's, water above the permit pro rata.
    static func judge(_ site: SiteAudit, options: AuditOptions) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        let planned = site.planned
        let limit = planned.pue * (1 + options.pueTolerance)
        if let metered = site.total.pue, planned.pue > 0, metered > limit {
            findings.append(
                .pueAbovePlan(
                    site: site.id, meteredPUE: metered, plannedPUE: planned.pue, limitPUE: limit, drift: site.drift))
        }
        if let metered = site.total.cfeFraction, let plan = planned.cfeFraction,
            metered < plan - options.cfeShortfallAllowed
        {
            findings.append(.cfeBelowPlan(site: site.id, meteredFraction: metered, plannedFraction: plan))
        }
        if let permit = site.waterPermitM3, site.total.waterM3 > permit {
            findings.append(
                .waterAbovePermit(
                    site: site.id, meteredM3: site.total.waterM3, permitM3: permit, hours: site.total.waterHours))
        }
        return findings
    }
}
