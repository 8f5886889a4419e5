import Foundation
import Testing

@testable import Planner

/// Rows may come in any order: the catalog is ordered by id, so the model GLPK
/// searches, and with it the plan, does not depend on how a file is sorted
/// (issue #12: reversing a catalog's rows moved the sample's cost by 11.5 k).
@Suite("Canonical catalog order")
struct CanonicalOrderTests {
    /// Every row-per-id file of the golden fixture; profiles.csv (steps in time
    /// order) and policy.csv (keys) are not per-id tables.
    static let perIdFiles = [
        "sites.csv", "servers.csv", "cooling.csv", "storage.csv", "workloads.csv", "renewables.csv", "batteries.csv",
    ]

    static func goldenInput() throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/golden-input", withExtension: nil))
    }

    /// The golden fixture with the data rows of every per-id file in reverse order.
    static func reversedCopy() throws -> InputFolder {
        let source = try goldenInput()
        var files: [String: String?] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            guard perIdFiles.contains(name) else {
                files[name] = text
                continue
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            files[name] = ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n") + "\n"
        }
        return try InputFolder(files)
    }

    @Test func reversedRowsGiveTheSameCatalogAndProgram() throws {
        let original = try #require(CatalogLoader.load(directory: try Self.goldenInput().path).catalog)
        let folder = try Self.reversedCopy()
        let reversed = try #require(folder.catalog())
        // Only the rows' source lines (for messages) and the files' digests differ.
        #expect(reversed.workloads.map(\.line) == [2, 3, 4])
        #expect(original.workloads.map(\.line) == [4, 3, 2])
        #expect(reversed.workloads.map(\.id) == original.workloads.map(\.id))
        #expect(reversed.sites.map(\.id) == original.sites.map(\.id))

        let (a, b) = (PlanModel(catalog: original).program, PlanModel(catalog: reversed).program)
        #expect(a.columns == b.columns)
        #expect(a.rows == b.rows)
        #expect(a.entries == b.entries)
        #expect(a.objectiveConstant == b.objectiveConstant)
    }

    @Test func everyPerIdCatalogIsOrderedById() throws {
        // workloads.csv lists small-7b, mid-34b, big-70b; sites.csv north, south; servers.csv h100, b200.
        let catalog = try #require(CatalogLoader.load(directory: try Self.goldenInput().path).catalog)
        #expect(catalog.workloads.map(\.id) == ["big-70b", "mid-34b", "small-7b"])
        #expect(catalog.servers.map(\.id) == ["b200", "h100"])
        #expect(catalog.sites.map(\.id) == ["north", "south"])
        #expect(catalog.renewables.map(\.id) == ["north-wind-ppa", "south-solar"])
    }
}
