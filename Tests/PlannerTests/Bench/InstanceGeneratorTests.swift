import Foundation
import Testing

@testable import PlanBench
@testable import Planner

/// The benchmark's generated instances: reproducible from the seed, valid
/// input folders of the size asked for.
struct InstanceGeneratorTests {
    @Test("the same seed gives byte-identical files, another seed other numbers")
    func deterministic() {
        let size = InstanceSize(sites: 3, serverTypes: 7, workloads: 9, periods: 2)
        var first = InstanceGenerator(size: size)
        var again = InstanceGenerator(size: size)
        var other = InstanceGenerator(size: InstanceSize(sites: 3, serverTypes: 7, workloads: 9, periods: 2, seed: 2))
        let files = first.files()
        #expect(files.map(\.contents) == again.files().map(\.contents))
        #expect(files.map(\.contents) != other.files().map(\.contents))
    }

    @Test(
        "a generated folder loads without errors and has the requested size",
        arguments: [
            (name: "two sites, one day", size: InstanceSize(sites: 2, serverTypes: 2, workloads: 5, periods: 1)),
            (
                name: "server variants beyond the sample's five",
                size: InstanceSize(sites: 9, serverTypes: 7, workloads: 30, periods: 3)
            ),
            (
                name: "six-hour periods",
                size: InstanceSize(sites: 3, serverTypes: 3, workloads: 4, periods: 5, hoursPerPeriod: 6)
            ),
            (
                name: "the hard family",
                size: InstanceSize(sites: 8, serverTypes: 6, workloads: 24, periods: 4, family: .hard)
            ),
        ])
    func loads(name: String, size: InstanceSize) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planbench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = InstanceGenerator(size: size)
        try generator.write(to: folder.path)

        let outcome = CatalogLoader.load(directory: folder.path)

        let catalog = try #require(outcome.catalog, "\(name): \(outcome.diagnostics.errors.map(\.description))")
        #expect(catalog.sites.count == size.sites)
        #expect(catalog.servers.count == size.serverTypes)
        #expect(catalog.workloads.count == size.workloads)
        #expect(catalog.renewables.count == 2 * size.sites)
        for site in catalog.sites {
            #expect(site.steps.count == size.stepsPerSite, "\(name): \(site.id)")
            #expect(abs(site.steps.reduce(0) { $0 + $1.weightHours } - 8760) < 0.01, "\(name): \(site.id)")
        }
    }
}
