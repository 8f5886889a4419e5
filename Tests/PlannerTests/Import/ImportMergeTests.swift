import Foundation
import Testing

@testable import Planner

/// Merging into profiles.csv: other columns and other sites kept, representative days refused,
/// the result loads; and the annual-value check that `validate` shares.
@Suite struct ImportMergeTests {
    static let sites = """
        id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,wind_cf
        site-a,eu,100,10,80,300,0.45
        site-b,eu,100,10,80,300,0.3

        """
    static let carbon = ImportSource.series(
        timeColumn: "time", valueColumn: "value", to: .gridCarbonKgPerMWh, scale: 1)

    @Test func existingChronologicalProfileKeepsItsColumnsAndOtherSites() throws {
        // site-a: a chronological year of wind (0.4, 0.5, …: averaging 0.45); site-b: one annual step.
        let profiles =
            ImportFixtures.chronologicalRows(site: "site-a", columns: [("wind_cf", { $0 % 2 == 0 ? "0.4" : "0.5" })])
            + "site-b,year,0,8760,0.3\n"
        let inputs = try InputFolder(["sites.csv": Self.sites, "profiles.csv": profiles])
        let download = try Download(ImportFixtures.series(year: 2023) { 300 + Double($0 % 3 - 1) * 10 })
        let outcome = download.importing(Self.carbon, into: inputs)
        #expect(download.messages(outcome, inputs) == [])
        let text = try #require(outcome.profilesText)
        let lines = text.split(separator: "\n")
        #expect(lines[0] == "site,period,hour,weight,wind_cf,grid_carbon_kg_per_mwh")
        #expect(lines[1] == "site-a,d001,0,1,0.4,290")
        #expect(lines[2] == "site-a,d001,1,1,0.5,300")
        #expect(lines.last == "site-b,year,0,8760,0.3,")
        let catalog = try #require(try outcome.catalog(in: inputs))
        #expect(inputs.messages() == [])
        let steps = catalog.sites[0].steps
        #expect(steps.count == 8760)
        #expect(steps[8759].windCF == 0.5 && steps[8759].gridCarbonKgPerMWh == 300 + Double(8759 % 3 - 1) * 10)
        #expect(catalog.sites[1].steps.map(\.windCF) == [0.3])
        #expect(catalog.sites[1].steps.map(\.gridCarbonKgPerMWh) == [300])
    }

    @Test func siteWithoutRowsGetsANewChronologicalProfile() throws {
        let profiles = "# kept\nsite,period,hour,weight,wind_cf\nsite-b,year,0,8760,0.3\n"
        let inputs = try InputFolder(["sites.csv": Self.sites, "profiles.csv": profiles])
        let download = try Download(ImportFixtures.series(year: 2023) { _ in 300 })
        let outcome = download.importing(Self.carbon, into: inputs)
        #expect(download.messages(outcome, inputs) == [])
        let lines = try #require(outcome.profilesText).split(separator: "\n")
        #expect(
            lines.prefix(3) == [
                "# kept", "site,period,hour,weight,wind_cf,grid_carbon_kg_per_mwh", "site-b,year,0,8760,0.3,",
            ])
        #expect(lines[3] == "site-a,d001,0,1,,300")
        #expect(lines.last == "site-a,d365,23,1,,300")
        let catalog = try #require(try outcome.catalog(in: inputs))
        // An empty wind cell falls back to site-a's annual 0.45.
        #expect(catalog.sites[0].steps.count == 8760)
        #expect(catalog.sites[0].steps.allSatisfy { $0.windCF == 0.45 && $0.gridCarbonKgPerMWh == 300 })
        #expect(Set(catalog.sites[0].steps.map(\.period)).count == 365)
    }

    @Test func representativeDaysRefused() throws {
        var lines = ["site,period,hour,weight,grid_carbon_kg_per_mwh"]
        for day in ["winter", "spring", "summer", "autumn"] {
            for hour in 0..<24 { lines.append("site-a,\(day),\(hour),91.25,300") }
        }
        let inputs = try InputFolder(["sites.csv": Self.sites, "profiles.csv": lines.joined(separator: "\n") + "\n"])
        let download = try Download(ImportFixtures.series(year: 2023) { _ in 300 })
        let outcome = download.importing(Self.carbon, into: inputs)
        #expect(
            download.messages(outcome, inputs) == [
                "profiles.csv:2:1: error: site site-a has representative days here (96 steps in 4 periods, not 365 days of 24 hours at weight 1): import into its chronological profile before aggregating, or delete the site's rows first"
            ])
        #expect(outcome.profilesText == nil)
    }

    @Test func unknownSiteRefused() throws {
        let inputs = try InputFolder(["sites.csv": Self.sites])
        let download = try Download(ImportFixtures.series(year: 2023) { _ in 300 })
        let outcome = download.importing(Self.carbon, site: "site-c", into: inputs)
        #expect(
            download.messages(outcome, inputs) == [
                "sites.csv:1:1: error: no site site-c in sites.csv; did you mean site-a?"
            ])
    }

    @Test func renewablesNinjaYearWarnsWhenSitesCSVDisagrees() throws {
        let inputs = try InputFolder()
        // 2 kW of capacity producing 1 kW from 08:00 to 15:59 UTC: cf 0.5 for 8 h a day, 1/6 on average.
        var lines = ["# {\"params\": {\"capacity\": 2.0}}", "time,local_time,electricity"]
        for hour in 0..<8760 {
            let time = ImportFixtures.timestamp(year: 2019, hour: hour, separator: " ").dropLast()
            lines.append("\(time),\(time),\((8..<16).contains(hour % 24) ? "1.000" : "0.000")")
        }
        let download = try Download(lines.joined(separator: "\n") + "\n", name: "ninja.csv")
        let outcome = download.importing(.renewablesNinja(technology: .solar, capacityKW: nil), into: inputs)
        #expect(
            download.messages(outcome, inputs) == [
                "sites.csv:2:1: warning: site site-a: solar_cf 0 against a profile averaging 0.167 (more than 10 % apart); update sites.csv or profiles.csv"
            ])
        let catalog = try #require(try outcome.catalog(in: inputs))
        #expect(catalog.sites[0].steps[8].solarCF == 0.5 && catalog.sites[0].steps[7].solarCF == 0)
    }

    @Test func electricityMapsYearWithCFE() throws {
        let inputs = try InputFolder()
        var lines = [
            "Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,Data Source,Data Estimated,Data Estimation Method"
        ]
        for hour in 0..<8760 {
            let time = ImportFixtures.timestamp(year: 2023, hour: hour, separator: " ").dropLast() + ":00"
            lines.append("\(time),Finland,Finland,FI,\(hour % 2 == 0 ? 290 : 310),420.5,45.5,30,entsoe.eu,false,")
        }
        let download = try Download(lines.joined(separator: "\n") + "\n", name: "FI_2023_hourly.csv")
        let outcome = download.importing(.electricityMaps(lifecycle: false, cfe: true), into: inputs)
        #expect(
            download.messages(outcome, inputs) == [
                "sites.csv:2:1: warning: site site-a: grid_cfe_fraction 0 against a profile averaging 0.455 (more than 10 % apart); update sites.csv or profiles.csv"
            ])
        let steps = try #require(try outcome.catalog(in: inputs)).sites[0].steps
        #expect(steps[0].gridCarbonKgPerMWh == 290 && steps[1].gridCarbonKgPerMWh == 310)
        #expect(steps.allSatisfy { $0.gridCFEFraction == 0.455 })
    }

    @Test func validateWarnsWhenAnnualValueDisagreesWithTheProfile() throws {
        let inputs = try InputFolder([
            "sites.csv": """
            id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,solar_cf
            site-a,eu,100,10,80,300,0.192

            """,
            "profiles.csv": "site,period,hour,weight,solar_cf\nsite-a,y,0,4380,0.2\nsite-a,y,1,4380,0.32\n",
        ])
        #expect(
            inputs.messages() == [
                "sites.csv:2:1: warning: site site-a: solar_cf 0.192 against a profile averaging 0.26 (more than 10 % apart); update sites.csv or profiles.csv"
            ])
        // Within 10 %: 0.24 against 0.26 passes.
        try inputs.write(
            "sites.csv",
            Data(
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,solar_cf\nsite-a,eu,100,10,80,300,0.24\n"
                    .utf8))
        #expect(inputs.messages() == [])
    }
}
