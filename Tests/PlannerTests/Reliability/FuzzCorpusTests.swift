import Foundation
import Testing

@testable import Planner

/// Replays the fuzzer's seed corpus and every input it ever found (Fuzz/corpus/) the way
/// the fuzz target runs them: one catalog file replaced by the input's bytes. None may
/// crash, and a folder that validates must build a model the solver layer accepts, also
/// on representative days and on the average day.
@Suite("Fuzz corpus replay")
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Fuzz/corpus").standardized

    static let base: [String: [UInt8]] = BadInputCorpusTests.complete.mapValues { Array($0.utf8) }

    @Test func everyCorpusInputIsHandled() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
        #expect(names.count >= 20, "the seed corpus is missing")
        let fileNames = CatalogSchema.files.map(\.fileName)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent(name)))
            guard let selector = bytes.first else { continue }
            var files = Self.base
            files[fileNames[Int(selector & 0x7F) % fileNames.count]] = Array(bytes.dropFirst())
            let outcome = CatalogLoader.load(
                files: files, folder: "fuzz", scenario: selector & 0x80 != 0 ? "cheap" : nil)
            if let catalog = outcome.catalog {
                #expect(PlanModel(catalog: catalog).program.validationIssues().isEmpty, "\(name)")
                let reduced = [
                    try? RepresentativeDays.aggregate(catalog, days: 1 + Int(selector % 3)).0,
                    AverageDay.coarsen(catalog),
                ]
                for case let smaller? in reduced {
                    #expect(PlanModel(catalog: smaller).program.validationIssues().isEmpty, "\(name), reduced")
                }
            } else {
                #expect(outcome.diagnostics.hasErrors, "\(name): no catalog and no error")
            }
        }
    }
}
