/// audit.md: what the meters say against the plan, per site and per month,
/// and the findings with what they cost.
public enum AuditMarkdown {
    /// Every file of an audit: audit.md, audit.json and one chart per audited site.
    public static func files(_ audit: AuditResult, sources: AuditJSON.Sources) -> [(name: String, contents: String)] {
        var files = [
            ("audit.md", render(audit, sources: sources)), ("audit.json", AuditJSON.render(audit, sources: sources)),
        ]
        for site in audit.sites { files.append((chartFileName(site.id), AuditChart(site).svg())) }
        return files
    }

    /// The chart file of a site.
    public static func chartFileName(_ site: String) -> String { "audit-\(site).svg" }

    /// audit.md's text.
    public static func render(_ audit: AuditResult, sources: AuditJSON.Sources) -> String {
        var out = "# Energy audit\n\n"
        out += "Meters \(sources.meters) against the plan \(sources.plan) (input folder \(sources.inputs)).\n\n"
        out += AuditText.summary(audit) + "\n"
        guard !audit.sites.isEmpty else { return out + warnings(audit) }
        out += "\n## Per site\n\n" + siteTable(audit) + "\n\n"
        out += "Planned facility energy is the plan's facility_mw × the metered hours. Grid = facility − on-site; "
        out += "its carbon at "
        out += "the site's hourly intensity where profiles.csv is a chronological year, else its annual average. "
        out += "PPA-matched = min(grid, the plan's PPA MW × capacity factor) per interval; "
        out += "carbon-free share = 1 − (grid − matched) ÷ facility"
        out += " (the unmatched grid energy counted fossil less the grid's own carbon-free share, where given). "
        out += "Drift = facility − plan PUE × IT, extrapolated to a year (× 8,760 ÷ metered hours) "
        out += "at the site's average grid price and intensity.\n"
        out += "\n## By month\n\n" + monthTable(audit) + "\n\n"
        for site in audit.sites {
            let file = chartFileName(site.id)
            out += Markdown.chart(file, "\(site.id): planned and metered facility energy and PUE by month") + "\n"
        }
        out += "\n## Findings\n\n"
        if audit.findings.isEmpty {
            out += "None: PUE within \(Markdown.percent(audit.options.pueTolerance)) of the plan's, "
            out += "carbon-free share within "
            out += "\(Markdown.number(audit.options.cfeShortfallAllowed * 100)) points of the plan's"
            out += audit.minCFEFraction.map { " and above the policy's \(Markdown.percent($0))" } ?? ""
            out += ", water within the permits.\n"
        } else {
            for finding in audit.findings { out += "- " + AuditText.sentence(finding, options: audit.options) + "\n" }
        }
        return out + warnings(audit)
    }

    private static func warnings(_ audit: AuditResult) -> String {
        guard !audit.warnings.isEmpty else { return "" }
        return "\n## Warnings\n\n"
            + audit.warnings.map { "- " + AuditText.sentence($0, options: audit.options) + "\n" }.joined()
    }

    private static func siteTable(_ audit: AuditResult) -> String {
        let rows = audit.sites.map { site -> [String] in
            let t = site.total
            let water =
                t.waterHours == 0
                ? "–" : Markdown.number(t.waterM3) + (site.waterPermitM3.map { " (" + Markdown.number($0) + ")" } ?? "")
            return [
                site.id, Markdown.number(Double(t.hours)), Markdown.percent(site.coverageFraction),
                Markdown.number(t.itMWh, decimals: 1), Markdown.number(t.facilityMWh, decimals: 1),
                Markdown.number(t.plannedFacilityMWh, decimals: 1),
                pueCell(t.pue, site.planned.pue), Markdown.number(t.gridMWh, decimals: 1),
                Markdown.number(t.ppaMatchedMWh, decimals: 1), cfeCell(t.cfeFraction, site.planned.cfeFraction),
                Markdown.number(t.gridCarbonT, decimals: 1), water,
                Markdown.number(site.drift.excessMWhPerYr), Markdown.money(site.drift.costUSDPerYr),
                Markdown.number(site.drift.carbonTPerYr, decimals: 1),
            ]
        }
        return Markdown.table(
            [
                "site", "hours", "coverage", "IT (MWh)", "facility (MWh)", "planned (MWh)", "PUE (plan)",
                "grid (MWh)", "PPA-matched (MWh)", "carbon-free (plan)", "grid carbon (t)", "water m³ (permit)",
                "drift (MWh/yr)", "drift (USD/yr)", "drift (tCO2e/yr)",
            ], rows, alignRight: Set(1...14))
    }

    private static func monthTable(_ audit: AuditResult) -> String {
        var rows: [[String]] = []
        for site in audit.sites {
            for (month, t) in site.months {
                rows.append([
                    site.id, month, Markdown.number(Double(t.hours)), Markdown.number(t.itMWh, decimals: 1),
                    Markdown.number(t.facilityMWh, decimals: 1), Markdown.number(t.plannedFacilityMWh, decimals: 1),
                    t.plannedFacilityMWh > 0 ? Markdown.signedPercent(t.facilityMWh / t.plannedFacilityMWh - 1) : "–",
                    pueCell(t.pue, site.planned.pue), cfeCell(t.cfeFraction, nil),
                    Markdown.number(t.gridCarbonT, decimals: 1),
                ])
            }
        }
        return Markdown.table(
            [
                "site", "month", "hours", "IT (MWh)", "facility (MWh)", "planned (MWh)", "vs plan", "PUE (plan)",
                "carbon-free", "grid carbon (t)",
            ], rows, alignRight: Set(2...9))
    }

    private static func pueCell(_ metered: Double?, _ planned: Double) -> String {
        (metered.map(AuditText.pue) ?? "–") + " (" + AuditText.pue(planned) + ")"
    }

    private static func cfeCell(_ metered: Double?, _ planned: Double?) -> String {
        (metered.map { Markdown.percent($0) } ?? "–") + (planned.map { " (" + Markdown.percent($0) + ")" } ?? "")
    }
}
