import Foundation
import Testing

@testable import Planner

/// Each source on its real-format fixture: columns found by name, values converted into profiles.csv's units.
@Suite struct ImportSourceTests {
    @Test func renewablesNinjaMetadataAndCapacityFactor() throws {
        let path = try ImportFixtures.path("renewables-ninja-solar.csv")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(RenewablesNinjaReader.metadataCapacityKW(bytes) == 1000)
        var diagnostics = Diagnostics()
        let columns = try #require(
            ImportSource.renewablesNinja(technology: .solar, capacityKW: nil).read(
                path: path, file: "ninja.csv", diagnostics: &diagnostics))
        #expect(diagnostics.all.isEmpty)
        #expect(columns.map(\.column) == [.solarCF])
        let readings = columns[0].readings
        #expect(readings.count == 72)
        // Line 40: `2019-01-02 11:00,2019-01-02 13:00,198.000`: 198 kW of 1000 kW; `time` is UTC.
        let noon = try #require(readings.first { $0.position.line == 40 })
        #expect(noon.utcSeconds == ImportFixtures.seconds(year: 2019, hour: 24 + 11))
        #expect(noon.value == 198.0 / 1000)
    }

    @Test func renewablesNinjaCapacityFlagWhenMetadataHasNone() throws {
        let download = try Download(
            "# Renewables.ninja Wind Point Data\ntime,electricity\n2019-01-01 00:00,1.5\n", name: "ninja.csv")
        var diagnostics = Diagnostics()
        let columns = ImportSource.renewablesNinja(technology: .wind, capacityKW: 3).read(
            path: download.path, file: "ninja.csv", diagnostics: &diagnostics)
        #expect(columns?.first?.readings.map(\.value) == [0.5])
        #expect(columns?.first?.column == .windCF)

        var without = Diagnostics()
        _ = ImportSource.renewablesNinja(technology: .wind, capacityKW: nil).read(
            path: download.path, file: "ninja.csv", diagnostics: &without)
        #expect(
            without.all.map(\.description) == [
                "ninja.csv:1:1: error: the metadata names no capacity (\"capacity\" in the JSON of the # lines): give --capacity-kw"
            ])
    }

    @Test(arguments: [
        (lifecycle: false, cfe: false, expected: [ProfileColumn.gridCarbonKgPerMWh: 70.18]),
        (lifecycle: true, cfe: false, expected: [.gridCarbonKgPerMWh: 113.76]),
        (lifecycle: false, cfe: true, expected: [.gridCarbonKgPerMWh: 70.18, .gridCFEFraction: 0.8696]),
    ])
    func electricityMaps(lifecycle: Bool, cfe: Bool, expected: [ProfileColumn: Double]) throws {
        let path = try ImportFixtures.path("electricity-maps-FI.csv")
        var diagnostics = Diagnostics()
        let columns = try #require(
            ImportSource.electricityMaps(lifecycle: lifecycle, cfe: cfe).read(
                path: path, file: "em.csv", diagnostics: &diagnostics))
        #expect(diagnostics.all.isEmpty)
        #expect(Set(columns.map(\.column)) == Set(expected.keys))
        // Line 32: `2023-01-02 05:00:00,…,70.18,113.76,86.96,…`; g/kWh = kg/MWh, percent ÷ 100.
        for column in columns {
            #expect(column.readings.count == 48)
            let reading = try #require(column.readings.first { $0.position.line == 32 })
            #expect(reading.utcSeconds == ImportFixtures.seconds(year: 2023, hour: 24 + 5))
            #expect(abs(reading.value - expected[column.column]!) < 1e-12)
        }
    }

    @Test func electricityMapsHeaderWithPlainTwoAndOtherCase() throws {
        let download = try Download(
            "Zone Id,DATETIME (UTC),Carbon Intensity gCO2eq/kWh (direct)\nFI,2023-01-01 00:00:00,81.5\n", name: "em.csv"
        )
        var diagnostics = Diagnostics()
        let columns = ImportSource.electricityMaps(lifecycle: false, cfe: false).read(
            path: download.path, file: "em.csv", diagnostics: &diagnostics)
        #expect(columns?.first?.readings.map(\.value) == [81.5])
    }

    /// The newer datasets' header: "Carbon intensity … (Life cycle)" and "Carbon-free energy percentage (CFE%)".
    @Test func electricityMapsNewerHeader() throws {
        let download = try Download(
            "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct),"
                + "Carbon intensity gCO₂eq/kWh (Life cycle),Carbon-free energy percentage (CFE%),"
                + "Renewable energy percentage (RE%),Data source,Data estimated,Data estimation method\n"
                + "2024-01-01 00:00:00,Finland,Finland,FI,60.2,95.1,88.4,51.0,fingrid,false,\n",
            name: "em.csv")
        var diagnostics = Diagnostics()
        let columns = ImportSource.electricityMaps(lifecycle: true, cfe: true).read(
            path: download.path, file: "em.csv", diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(columns?.map { $0.readings.map(\.value) } == [[95.1], [0.884]])
    }

    @Test func electricityMapsMissingColumnNamesTheHeader() throws {
        let download = try Download("Datetime (UTC),Zone Id\n2023-01-01 00:00:00,FI\n", name: "em.csv")
        var diagnostics = Diagnostics()
        _ = ImportSource.electricityMaps(lifecycle: true, cfe: false).read(
            path: download.path, file: "em.csv", diagnostics: &diagnostics)
        #expect(
            diagnostics.all.map(\.description) == [
                "em.csv:1:1: error: no column \"Carbon Intensity gCO2eq/kWh (LCA)\" (--lifecycle) in the header; the header has: Datetime (UTC), Zone Id"
            ])
    }

    @Test func seriesScalesTheValueColumn() throws {
        let download = try Download("ts,eur_per_mwh,note\n2023-01-01T00:00Z,50,x\n", name: "prices.csv")
        var diagnostics = Diagnostics()
        let columns = ImportSource.series(
            timeColumn: "ts", valueColumn: "eur_per_mwh", to: .gridPriceUSDPerMWh, scale: 1.09
        ).read(path: download.path, file: "prices.csv", diagnostics: &diagnostics)
        #expect(columns?.first?.readings.map(\.value) == [50 * 1.09])
        #expect(columns?.first?.column == .gridPriceUSDPerMWh)
    }
}
