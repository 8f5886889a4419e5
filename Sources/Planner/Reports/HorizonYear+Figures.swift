/// The figures the horizon reports show for one year, from the year's plan and
/// purchases: what a CFO asks (upfront spend by kind, cash opex) and what a
/// planner asks (accelerators installed by server type, runs trained).
extension HorizonPlan.Year {
    /// The cost terms paid in cash in the year they occur, not capex annuities.
    static let cashTerms: [CostTerm] = [.gridEnergy, .ppaSettlement, .water, .heatRevenue, .carbon]

    /// Cash opex of the year (USD): grid energy, PPA settlement, water, carbon price
    /// and heat revenue (negative), plus the operating costs the servers, sites and
    /// renewables terms carry beside their annuities (servers' support, sites' fixed
    /// opex, on-site plants' O&M). Capex annuities are not cash and are left out.
    var cashOpexUSD: Double {
        Self.cashTerms.reduce(fixedOpexUSDPerYr) { $0 + plan.cost($1) }
    }

    /// Upfront spend on servers alone (USD): their purchase price, without the
    /// cooling and electrical capacity bought with them.
    var upfrontServersUSD: Double {
        purchases.filter { $0.kind == .server }.reduce(0) { $0 + $1.upfrontUSD - $1.coolingElectricalUSD }
    }

    /// Upfront spend on everything but the servers' own price (USD): cooling and
    /// electrical, sites opened, storage, on-site plants and batteries.
    var upfrontFacilitiesUSD: Double { upfrontUSD - upfrontServersUSD }

    /// This year's annual cost discounted to year 1 (USD): its share of the net present cost.
    var presentValueUSD: Double { discountFactor * plan.objectiveUSDPerYr }

    /// The runs trained this year (placed on a cluster), in workloads.csv order.
    var trainedRuns: [WorkloadPlan] { plan.workloads.filter { !$0.site.isEmpty } }

    /// Accelerators installed this year by server type, summed over sites, in order
    /// of first appearance (sites in file order, nodes in catalog order).
    var acceleratorsByServer: [(server: String, count: Int)] {
        var totals: [(server: String, count: Int)] = []
        for site in plan.sites {
            for n in site.nodes {
                let count = n.count * site.acceleratorsPerNode(server: n.server, cooling: n.cooling)
                if let i = totals.firstIndex(where: { $0.server == n.server }) {
                    totals[i].count += count
                } else {
                    totals.append((n.server, count))
                }
            }
        }
        return totals
    }

    /// Accelerators installed this year over every site.
    var installedAccelerators: Int { plan.sites.reduce(0) { $0 + $1.accelerators } }

    /// The bill-of-materials line of a renewable purchase in the year's installed
    /// build (kind `onsite_solar`, `ppa_wind`, …, and its note); nil if not listed.
    func renewableLine(_ purchase: HorizonPurchase) -> Purchase? {
        plan.sites.first { $0.id == purchase.site }?.purchases.first {
            $0.item == purchase.item && ($0.kind.hasPrefix("onsite_") || $0.kind.hasPrefix("ppa_"))
        }
    }
}

extension SitePlan {
    /// Accelerators per node of `server`, from the server line of the site's bill of materials; 0 if none.
    func acceleratorsPerNode(server: String, cooling: String) -> Int {
        for p in purchases where p.kind == "server" && p.item == "\(server)/\(cooling)" {
            if case .server(let perNode, _, _, _) = p.note { return perNode }
        }
        return 0
    }
}

extension HorizonPlan {
    /// Upfront spend over every year (USD, not discounted).
    var upfrontUSD: Double { years.reduce(0) { $0 + $1.upfrontUSD } }

    /// "year 1 to year 2", "2027 to 2029": the span the labels cover.
    var span: String { "\(years.first?.label ?? "") to \(years.last?.label ?? "")" }
}
