import Foundation
import Testing

@testable import PlanBench

/// The hard family (`planctl-bench generate --family hard`): reproducible,
/// and different from the base family only in PPA strikes and site fixed costs.
struct InstanceFamilyTests {
    /// hard-medium's dimensions with seed 1, in either family.
    static func medium(_ family: InstanceFamily) -> [String: String] {
        var generator = InstanceGenerator(
            size: InstanceSize(sites: 8, serverTypes: 6, workloads: 24, periods: 4, family: family))
        return Dictionary(uniqueKeysWithValues: generator.files().map { ($0.name, $0.contents) })
    }

    /// The rows of a generated CSV (no quoting in them) by column name, comment lines skipped.
    static func rows(_ contents: String) -> [[String: String]] {
        let lines = contents.split(separator: "\n").filter { !$0.hasPrefix("#") }
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
    }

    @Test("the named hard sizes have the issue's dimensions and a label of their own")
    func namedSizes() throws {
        let named = Dictionary(uniqueKeysWithValues: InstanceSize.named.map { ($0.name, $0.size) })
        let large = try #require(named["hard-large"])
        #expect(large.family == .hard)
        #expect(large.label == "s12-g8-w60-p4x24-hard")
        #expect(named["hard-medium"]?.label == "s8-g6-w24-p4x24-hard")
        #expect(named["hard-xlarge"]?.label == "s20-g10-w100-p4x24-hard")
        // The base family's labels are those of the published figures.
        #expect(named["medium"]?.label == "s8-g6-w24-p4x24")
    }

    @Test("the same seed gives byte-identical hard files, another seed other numbers")
    func deterministic() {
        let files = Self.medium(.hard)
        #expect(files == Self.medium(.hard))
        var other = InstanceGenerator(
            size: InstanceSize(sites: 8, serverTypes: 6, workloads: 24, periods: 4, seed: 2, family: .hard))
        #expect(other.files().first { $0.name == "renewables.csv" }?.contents != files["renewables.csv"])
    }

    @Test("only sites.csv's fixed costs and label and the PPA strikes differ from the base family")
    func differsOnlyWhereIntended() {
        let base = Self.medium(.base)
        let hard = Self.medium(.hard)
        #expect(base.keys.sorted() == hard.keys.sorted())
        for name in base.keys.sorted() where name != "sites.csv" && name != "renewables.csv" {
            #expect(base[name] == hard[name], "\(name)")
        }
        for (b, h) in zip(Self.rows(base["sites.csv"]!), Self.rows(hard["sites.csv"]!)) {
            let changed = Set(b.keys.filter { b[$0] != h[$0] })
            #expect(changed == ["fixed_capex_usd", "fixed_opex_usd_per_yr"], "\(b["id"]!)")
        }
        for (b, h) in zip(Self.rows(base["renewables.csv"]!), Self.rows(hard["renewables.csv"]!)) {
            let changed = Set(b.keys.filter { b[$0] != h[$0] })
            #expect(changed.isSubset(of: ["ppa_price_usd_per_mwh"]), "\(b["id"]!)")
        }
    }

    @Test("hard-medium's PPA strikes lie both below and above their site's grid price")
    func strikesOnBothSides() {
        let files = Self.medium(.hard)
        let gridUSDPerMWh = Dictionary(
            uniqueKeysWithValues: Self.rows(files["sites.csv"]!).map {
                ($0["id"]!, Double($0["grid_price_usd_per_mwh"]!)!)
            })
        let ppas = Self.rows(files["renewables.csv"]!).filter { $0["contract"] == "ppa" }
        let ratios = ppas.map { Double($0["ppa_price_usd_per_mwh"]!)! / gridUSDPerMWh[$0["site"]!]! }
        #expect(ratios.count == 8)
        // Seed 1: five strikes below the grid price, three above, all within 0.80–1.25
        // (up to the two decimals written).
        #expect(ratios.filter { $0 < 1 }.count == 5)
        #expect(ratios.filter { $0 > 1 }.count == 3)
        #expect(ratios.allSatisfy { $0 > 0.799 && $0 < 1.251 })
        // eu-fi-1: grid 166.8 USD/MWh; the base family's premium strike 162.69 (its
        // grid price written to one decimal), the hard family's 135.05.
        #expect(ppas[0]["id"] == "eu-fi-1-wind-ppa")
        #expect(ppas[0]["ppa_price_usd_per_mwh"] == "135.05")
        let base = Self.rows(Self.medium(.base)["renewables.csv"]!).filter { $0["contract"] == "ppa" }
        #expect(base[0]["ppa_price_usd_per_mwh"] == "162.69")
    }

    @Test("hard site fixed costs are 5–15 % of the base family's for the same seed")
    func smallFixedCosts() {
        let base = Self.rows(Self.medium(.base)["sites.csv"]!)
        let hard = Self.rows(Self.medium(.hard)["sites.csv"]!)
        #expect(base.count == 8 && hard.count == 8)
        for (b, h) in zip(base, hard) {
            for column in ["fixed_capex_usd", "fixed_opex_usd_per_yr"] {
                let scale = Double(h[column]!)! / Double(b[column]!)!
                #expect(scale >= 0.05 && scale < 0.15, "\(b["id"]!) \(column): \(scale)")
            }
        }
        // eu-fi-1, seed 1: 36,681,400 USD in the base family, × 0.1415 in the hard one.
        #expect(base[0]["fixed_capex_usd"] == "36681400")
        #expect(hard[0]["fixed_capex_usd"] == "5190816")
        #expect(hard[0]["fixed_opex_usd_per_yr"] == "698498")
    }
}
