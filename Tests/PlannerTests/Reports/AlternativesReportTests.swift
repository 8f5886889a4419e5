import Foundation
import Testing

@testable import Planner

/// alternatives.md, alternatives.json and the ends' plan files.
@Suite("Alternatives reports")
struct AlternativesReportTests {
    static func twoSites(slack: Double = 0.02) throws -> NearOptimalAlternatives {
        try NearOptimalRangesTests.run(NearOptimalRangesTests.twoSites, slack: slack)
    }

    static func file(_ files: [(name: String, contents: String)], _ name: String) throws -> String {
        try #require(files.first { $0.name == name }?.contents, "no \(name) among \(files.map(\.name))")
    }

    /// The ranges of NearOptimalRangesTests' two sites at 2 %: A's and B's 8 accelerators move, g1's do not.
    @Test func theTableOfTwoSites() throws {
        let files = AlternativesMarkdown.files(try Self.twoSites())
        #expect(
            files.map(\.name) == [
                "alternatives.md", "alternatives.json", "alternatives.svg", "alternatives-cheapest.json",
                "alternatives-accelerators-site-A-least.json", "alternatives-accelerators-site-A-most.json",
                "alternatives-accelerators-site-B-least.json", "alternatives-accelerators-site-B-most.json",
                "alternatives-accelerators-server-g1-least.json", "alternatives-accelerators-server-g1-most.json",
            ])
        let markdown = try Self.file(files, "alternatives.md")
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| `") }.map {
            $0.split(separator: "|").prefix(8).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        #expect(
            rows == [
                ["`accelerators:site=A`", "accelerators", "0", "8", "8", "no", "+1.46 %", "–"],
                ["`accelerators:site=B`", "accelerators", "0", "0", "8", "no", "–", "+1.46 %"],
                ["`accelerators:server=g1`", "accelerators", "8", "8", "8", "yes", "–", "–"],
            ])
        #expect(
            markdown.contains(
                "Plans that cost at most **2.0 %** more than the cheapest plan found (598.0 k USD/yr, so up to "
                    + "610.0 k USD/yr), and how far each decision can move among them: **1 of 3 decisions** is firm"))
        #expect(markdown.contains("GLPK proved the cheapest plan optimal, so the slack is measured from the optimum."))
    }

    /// Each end's file is a plan.json that says which end it is.
    @Test func anEndsPlanFileSaysWhatItIs() throws {
        let files = AlternativesMarkdown.files(try Self.twoSites())
        let least = try Self.file(files, "alternatives-accelerators-site-A-least.json")
        #expect(least.contains("\"objective_usd_per_yr\": 606760,"))
        #expect(
            least.contains(
                """
                  "alternative": {
                    "decision": "accelerators:site=A",
                    "end": "least",
                    "value": 0,
                    "proven": true,
                    "slack": 0.02
                  },
                """))
        #expect(
            least.contains(
                "\"message\": \"a plan within 2.0 % of the cheapest plan's cost with the least accelerators:site=A, 0 accelerators; "
                    + "GLPK proved no plan within that cost has less\""))
        let summary = try Self.file(files, "alternatives.json")
        #expect(summary.contains("\"cost_limit_usd_per_yr\": 609960.0006,"))
        #expect(summary.contains("\"firmness\": \"flexible\""))
        #expect(try Self.file(files, "alternatives-cheapest.json").contains("\"objective_usd_per_yr\": 598000,"))
    }

    /// An end the search did not prove reads as a span to its bound, or "≥"/"≤" without one; nothing is firm.
    @Test func unprovenEndsAreSpans() throws {
        let plan = try Self.twoSites().cheapest
        func range(least: (Double, Double?), most: (Double, Double?)) -> DecisionRange {
            DecisionRange(
                decision: AlternativeDecision(.accelerators, [("site", "A")]), cheapestValue: 3_200,
                least: .init(value: least.0, bound: least.1, status: .timeLimit, plan: plan),
                most: .init(value: most.0, bound: most.1, status: .timeLimit, plan: plan))
        }
        let spans = range(least: (3_200, 3_100), most: (4_864, 4_912))
        #expect(AlternativesText.least(spans) == "3,100–3,200")
        #expect(AlternativesText.most(spans) == "4,864–4,912")
        #expect(spans.firmness == .flexible)
        let open = range(least: (3_200, nil), most: (3_200, nil))
        #expect(AlternativesText.least(open) == "≤ 3,200")
        #expect(AlternativesText.most(open) == "≥ 3,200")
        #expect(open.firmness == .unproven)
        #expect(AlternativesText.firm(open) == "unproven")
        // Within half an accelerator of the bound counts as proven.
        let close = range(least: (3_200, 3_199.6), most: (3_200, 3_200))
        #expect(close.firmness == .firm)
    }

    /// Megawatts to two decimals; file names keep letters, digits, dots and underscores.
    @Test func numbersAndSlugs() throws {
        #expect(AlternativesText.number(15.8, .renewableMW) == "15.80")
        #expect(AlternativesText.number(126 - 1e-9, .renewableMW) == "126.00")
        #expect(AlternativesText.number(4_864, .accelerators) == "4,864")
        let decision = try AlternativeDecision(parsing: "renewable_mw:site=fi-hamina,technology=wind")
        #expect(AlternativesText.slug(decision) == "renewable_mw-site-fi-hamina-technology-wind")
    }
}
