import Foundation
import Testing

@testable import Planner

/// `--decision` and `--slack` as `planctl alternatives` reads them, and what a decision sums in the model.
@Suite("Alternative decisions")
struct AlternativeDecisionTests {
    /// The sample inputs: five sites, five servers, solar and wind offers, one battery.
    static func sample() throws -> Catalog {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../inputs").standardized.path
        return try #require(CatalogLoader.load(directory: path).catalog)
    }

    @Test(
        "canonical names",
        arguments: [
            (text: "accelerators", name: "accelerators"),
            (text: " accelerators:site=fi-hamina ", name: "accelerators:site=fi-hamina"),
            // Filters come back in the kind's order, whatever order they were written in.
            (text: "accelerators:server=mi300x-8,site=fi-hamina", name: "accelerators:site=fi-hamina,server=mi300x-8"),
            (
                text: "renewable_mw:offer=tx-wind-ppa,technology=wind",
                name: "renewable_mw:technology=wind,offer=tx-wind-ppa"
            ),
            (text: "battery_mwh:battery=li-ion-4h", name: "battery_mwh:battery=li-ion-4h"),
        ])
    func names(_ example: (text: String, name: String)) throws {
        #expect(try AlternativeDecision(parsing: example.text).name == example.name)
    }

    @Test(
        "each bad --decision's message",
        arguments: [
            (id: "empty", texts: [""], message: "--decision is empty; name a decision such as accelerators:site=SITE"),
            (
                id: "kind", texts: ["gpus:site=fi-hamina"],
                message: "--decision \"gpus:site=fi-hamina\": unknown decision \"gpus\"; "
                    + "use accelerators, renewable_mw or battery_mwh"
            ),
            (
                id: "not_key_value", texts: ["accelerators:us-tx-abilene"],
                message: "--decision \"accelerators:us-tx-abilene\": \"us-tx-abilene\" is not KEY=VALUE; "
                    + "write e.g. accelerators:site=SITE"
            ),
            (
                id: "empty_value", texts: ["accelerators:site="],
                message:
                    "--decision \"accelerators:site=\": \"site=\" is not KEY=VALUE; write e.g. accelerators:site=SITE"
            ),
            (
                id: "key", texts: ["accelerators:technology=wind"],
                message:
                    "--decision \"accelerators:technology=wind\": accelerators takes site= or server=, not technology="
            ),
            (
                id: "key_battery", texts: ["battery_mwh:server=h100-sxm-8"],
                message:
                    "--decision \"battery_mwh:server=h100-sxm-8\": battery_mwh takes site= or battery=, not server="
            ),
            (
                id: "repeated_key", texts: ["accelerators:site=fi-hamina,site=us-tx-abilene"],
                message: "--decision \"accelerators:site=fi-hamina,site=us-tx-abilene\": site= is given twice; "
                    + "name one decision per --decision"
            ),
            (
                id: "site", texts: ["accelerators:site=us-ny-albany"],
                message: "--decision \"accelerators:site=us-ny-albany\": no site \"us-ny-albany\" in sites.csv"
            ),
            (
                id: "server", texts: ["accelerators:server=tpu-v5"],
                message: "--decision \"accelerators:server=tpu-v5\": no server \"tpu-v5\" in servers.csv"
            ),
            (
                id: "offer", texts: ["renewable_mw:offer=fi-solar"],
                message: "--decision \"renewable_mw:offer=fi-solar\": no offer \"fi-solar\" in renewables.csv"
            ),
            (
                id: "technology", texts: ["renewable_mw:technology=tidal"],
                message: "--decision \"renewable_mw:technology=tidal\": technology is solar or wind, not \"tidal\""
            ),
            (
                id: "contract", texts: ["renewable_mw:contract=lease"],
                message: "--decision \"renewable_mw:contract=lease\": contract is onsite or ppa, not \"lease\""
            ),
            (
                id: "battery", texts: ["battery_mwh:battery=na-ion"],
                message: "--decision \"battery_mwh:battery=na-ion\": no battery \"na-ion\" in batteries.csv"
            ),
            (
                id: "twice", texts: ["accelerators:site=fi-hamina", "accelerators: site = fi-hamina"],
                message: "--decision \"accelerators:site=fi-hamina\" is given twice"
            ),
        ])
    func badDecision(_ example: (id: String, texts: [String], message: String)) throws {
        let catalog = try Self.sample()
        #expect(throws: AlternativesError.self) { try AlternativeDecision.parse(example.texts, catalog: catalog) }
        do {
            _ = try AlternativeDecision.parse(example.texts, catalog: catalog)
        } catch {
            #expect(error.description == example.message)
        }
    }

    @Test(
        "--slack",
        arguments: [
            (text: "2%", fraction: 0.02 as Double?), (text: "0.5 %", fraction: 0.005), (text: "0.02", fraction: 0.02),
            (text: "0", fraction: 0), (text: "100%", fraction: 1), (text: "2", fraction: nil),
            (text: "-1%", fraction: nil), (text: "two", fraction: nil), (text: "nan", fraction: nil),
            (text: "", fraction: nil),
        ])
    func slack(_ example: (text: String, fraction: Double?)) throws {
        guard let fraction = example.fraction else {
            #expect(throws: AlternativesError.badSlack(example.text)) {
                try NearOptimalRanges.slack(parsing: example.text)
            }
            return
        }
        #expect(try NearOptimalRanges.slack(parsing: example.text) == fraction)
    }

    @Test func aBadSlackSaysWhatToWrite() {
        #expect(
            AlternativesError.badSlack("2").description
                == "--slack takes a percentage (`2%`) or a fraction (`0.02`) between 0 and 100 %, not \"2\"")
    }

    /// Sites within max_risk_score 0.7 (all five), every server, each in catalog
    /// (id) order; technologies as the offers by id first name them
    /// (fi-wind-onsite before tx-solar-onsite: wind, then solar); batteries.
    @Test func theSampleDefaults() throws {
        #expect(
            AlternativeDecision.defaults(for: try Self.sample()).map(\.name) == [
                "accelerators:site=de-frankfurt", "accelerators:site=fi-hamina", "accelerators:site=us-az-mesa",
                "accelerators:site=us-tx-abilene", "accelerators:site=us-va-ashburn",
                "accelerators:server=b200-hgx-8", "accelerators:server=gb200-nvl72-8",
                "accelerators:server=h100-sxm-8", "accelerators:server=h200-sxm-8", "accelerators:server=mi300x-8",
                "renewable_mw:technology=wind", "renewable_mw:technology=solar", "battery_mwh",
            ])
    }

    /// What each kind sums, by column name and coefficient, on the sample model.
    @Test(
        "the model's columns of a decision",
        arguments: [
            (
                text: "accelerators:site=fi-hamina,server=mi300x-8",
                terms: ["nodes[fi-hamina,mi300x-8,air-evap]:8", "nodes[fi-hamina,mi300x-8,dlc-45c]:8"]
            ),
            (text: "renewable_mw:technology=wind", terms: ["offer_mw[fi-wind-onsite]:1", "offer_mw[tx-wind-ppa]:1"]),
            (text: "renewable_mw:site=us-tx-abilene,contract=onsite", terms: ["offer_mw[tx-solar-onsite]:1"]),
            (text: "battery_mwh:site=de-frankfurt", terms: ["battery_mwh[de-frankfurt,li-ion-4h]:1"]),
        ])
    func terms(_ example: (text: String, terms: [String])) throws {
        let model = PlanModel(catalog: try Self.sample())
        let expression = try AlternativeDecision(parsing: example.text).expression(in: model)
        let terms = expression.terms.map { "\(model.program.columns[$0.column.index].name):\(Int($0.coefficient))" }
        #expect(terms == example.terms)
    }
}
