import Foundation
import Testing

@testable import Planner

/// The audit of AuditFixture's meters, every figure derived by hand.
@Suite struct AuditComputationTests {
    private func audit() throws -> AuditResult {
        let folder = try AuditFixture.inputs()
        let catalog = try #require(folder.catalog())
        let plan = try AuditFixture.plan
        let meters = MetersReader.parse(Array(AuditFixture.meters.utf8), file: "meters.csv", plan: plan)
        #expect(meters.diagnostics.all.isEmpty)
        return try Audit.run(meters.intervals, plan: plan, catalog: catalog)
    }

    private func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    /// site-h, chronological, with 1 MW of wind PPA:
    /// - hour 0 (1 Jan 00:00): grid = 1.2 − 0.2 = 1.0; PPA = 1 × 0.8 = 0.8 → matched 0.8;
    ///   fossil = 0.2 × (1 − 0) = 0.2; carbon = 1.0 × 100 kg = 0.1 t.
    /// - hour 1: grid = 1.3; PPA = 0.2 → matched 0.2; fossil = 1.1 × (1 − 0.5) = 0.55; carbon = 1.3 × 300 = 0.39 t.
    /// - 1 Feb, 24 h: grid = 28.8; PPA = 1 × 0.5 × 24 = 12 → matched 12; fossil 16.8; carbon 28.8 × 200 = 5.76 t.
    /// Totals: 26 h, IT 26, facility 31.3 → PUE 1.2038 (limit 1.2 × 1.05 = 1.26: no finding);
    /// grid 31.1, matched 13, fossil 17.55 → carbon-free 1 − 17.55 ÷ 31.3 = 0.43930 (plan 0.9: finding);
    /// planned 1.2 MW × 26 h = 31.2; excess 31.3 − 1.2 × 26 = 0.1 MWh → 0.1 × 8760 ÷ 26 = 33.692 MWh/yr,
    /// × 50 USD = 1,684.6 USD/yr, × 200 kg = 6.7385 t/yr. Span 1 Jan 00:00 → 2 Feb 00:00 = 768 h.
    @Test func hourlySiteWithPPA() throws {
        let site = try #require(try audit().sites.first { $0.id == "site-h" })
        #expect(site.hourlyProfile)
        let t = site.total
        #expect(t.hours == 26 && t.intervals == 3)
        #expect(close(t.facilityMWh, 31.3) && close(t.itMWh, 26) && close(t.pue, 31.3 / 26))
        #expect(close(t.gridMWh, 31.1) && close(t.ppaMatchedMWh, 13) && close(t.fossilMWh, 17.55))
        #expect(close(t.gridCarbonT, 6.25))
        #expect(close(t.cfeFraction, 1 - 17.55 / 31.3))
        #expect(close(t.plannedFacilityMWh, 31.2) && close(t.excessMWh, 0.1))
        #expect(close(site.drift.excessMWhPerYr, 0.1 * 8760 / 26))
        #expect(close(site.drift.priceUSDPerMWh, 50) && close(site.drift.carbonKgPerMWh, 200))
        #expect(close(site.drift.costUSDPerYr, 0.1 * 8760 / 26 * 50))
        #expect(close(site.drift.carbonTPerYr, 0.1 * 8760 / 26 * 0.2))
        #expect(site.spanHours == 768)
        // January: 2 h, facility 2.5 ÷ IT 2 = PUE 1.25; February: 28.8 ÷ 24 = 1.2.
        #expect(site.months.map(\.month) == ["2025-01", "2025-02"])
        #expect(close(site.months[0].tally.pue, 1.25) && close(site.months[1].tally.pue, 1.2))
    }

    /// site-d, annual averages (carbon 300, grid CFE 0.2), no PPA:
    /// - 1 Jan, 24 h: grid 60, fossil 60 × 0.8 = 48, carbon 18 t; 3 Jan: grid 52.8, fossil 42.24, carbon 15.84 t.
    /// Totals: 48 h, IT 96, facility 112.8 → PUE 1.175 > 1.1 × 1.05 = 1.155: finding;
    /// carbon-free 1 − 90.24 ÷ 112.8 = 0.2 vs the plan's 0.22: 2 points, within 5: no finding;
    /// excess 112.8 − 1.1 × 96 = 7.2 MWh → 7.2 × 8760 ÷ 48 = 1,314 MWh/yr → × 80 = 105,120 USD/yr, × 0.3 = 394.2 t/yr;
    /// water 50 m³ over 48 h against 8,760 × 48 ÷ 8,760 = 48 m³: finding; coverage 48 of 72 h: warning.
    @Test func dailySiteWithoutProfile() throws {
        let result = try audit()
        let site = try #require(result.sites.first { $0.id == "site-d" })
        #expect(!site.hourlyProfile)
        let t = site.total
        #expect(close(t.pue, 1.175) && close(t.fossilMWh, 90.24) && close(t.gridCarbonT, 33.84))
        #expect(close(t.cfeFraction, 0.2) && close(t.plannedFacilityMWh, 105.6))
        #expect(close(site.drift.excessMWhPerYr, 1314) && close(site.drift.costUSDPerYr, 105_120))
        #expect(close(site.drift.carbonTPerYr, 394.2))
        #expect(close(site.waterPermitM3, 48) && close(t.waterM3, 50))
        #expect(site.spanHours == 72 && close(site.coverageFraction, 48.0 / 72))
    }

    /// Fires: site-h's carbon-free share (0.439 vs 0.9), site-d's PUE and water, and the fleet's share
    /// 1 − (17.55 + 90.24) ÷ (31.3 + 112.8) = 0.25198 below min_cfe_fraction 0.5.
    /// Does not fire: site-h's PUE (1.2038 ≤ 1.26), site-d's carbon-free share (2 points below the plan's).
    @Test func findingsAndWarnings() throws {
        let result = try audit()
        #expect(
            result.findings.map(\.kind) == [
                "cfe_below_plan", "pue_above_plan", "water_above_permit", "cfe_below_policy",
            ])
        #expect(result.findings.map(\.site) == ["site-h", "site-d", "site-d", nil])
        guard case .pueAbovePlan(_, let metered, let planned, let limit, _) = result.findings[1] else {
            Issue.record("expected the PUE finding second")
            return
        }
        #expect(close(metered, 1.175) && close(planned, 1.1) && close(limit, 1.155))
        guard case .cfeBelowPolicy(let fleet, let minimum) = result.findings[3] else {
            Issue.record("expected the policy finding last")
            return
        }
        #expect(close(fleet, 1 - 107.79 / 144.1) && minimum == 0.5)
        #expect(
            result.warnings == [
                .lowCoverage(site: "site-h", coveredHours: 26, spanHours: 768),
                .lowCoverage(site: "site-d", coveredHours: 48, spanHours: 72),
            ])
        #expect(
            AuditText.sentence(result.findings[1], options: result.options)
                == "site-d: metered PUE 1.175 is 6.8 % above the plan's 1.100 (tolerance 5.0 %, limit 1.155); "
                + "the excess 1,314 MWh/yr costs 105.1 k USD/yr and 394.2 tCO2e/yr at the site's average "
                + "80.0 USD/MWh and 300 kgCO2e/MWh.")
    }

    /// A wider tolerance silences the PUE finding: 1.175 ≤ 1.1 × 1.10 = 1.21.
    @Test func pueToleranceIsRelative() throws {
        let folder = try AuditFixture.inputs()
        let catalog = try #require(folder.catalog())
        let plan = try AuditFixture.plan
        let meters = MetersReader.parse(Array(AuditFixture.meters.utf8), file: "meters.csv", plan: plan)
        let result = try Audit.run(
            meters.intervals, plan: plan, catalog: catalog, options: AuditOptions(pueTolerance: 0.10))
        #expect(!result.findings.contains { $0.kind == "pue_above_plan" })
    }

    static let profileHours: [(text: String, hour: Int)] = [
        ("2025-01-01", 0), ("2025-01-01T01:00Z", 1), ("2025-01-02T03:00", 27),
        ("2024-02-29T05:00Z", 1397), ("2024-03-01T00:00+01:00", 1415), ("2025-12-31T23:00Z", 8759),
    ]

    /// Chronological profiles are read by hour of year in UTC; 29 February reads 28 February
    /// ((31 + 28 − 1) · 24 + 5 = 1,397; 1 March 00:00+01:00 is 29 February 23:00Z: 1,415).
    @Test(arguments: profileHours)
    func hourOfProfileYear(text: String, hour: Int) throws {
        let parsed = try ISO8601Hour.parse(text).get()
        #expect(parsed.hourOfProfileYear == hour)
    }
}
